package dev.wsladvisor.usecase;

import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.ask.AnswersFile;
import dev.wsladvisor.ask.Interview;
import dev.wsladvisor.ask.QuestionCatalog;
import dev.wsladvisor.ask.QuestionPlanner;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.rules.RuleBase;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Asking the questions that can still change the advice (docs/questionnaire.md), as ask and advise
 * do.
 */
public final class Questionnaire {

    private Questionnaire() {}

    /**
     * Interviews a person starting from {@code start}: answers are read from {@code in} in {@code
     * charset}, the questions go to {@code talk}. {@code atTerminal}: a person types; otherwise the
     * answers are piped, echoed, and a line that is not an answer is an error.
     */
    public static Interview.Result run(
            RuleBase rules,
            FactsDocument start,
            InputStream in,
            Charset charset,
            boolean atTerminal,
            PrintWriter talk) {
        QuestionPlanner planner =
                new QuestionPlanner(new Advisor(rules), QuestionCatalog.answers());
        BufferedReader answers = new BufferedReader(new InputStreamReader(in, charset));
        return new Interview(planner, answers, talk, !atTerminal, !atTerminal).run(start);
    }

    /** Fails before the first question, not after the last, when the answers could not be saved. */
    public static void checkCanSave(Path file) {
        if (file != null) {
            try {
                AtomicFileWriter.checkCanWrite(file);
            } catch (UserInputException e) {
                throw new UserInputException("--save-answers " + e.getMessage(), e);
            }
        }
    }

    /**
     * Writes the facts and the answers for 'advise --facts FILE'; the previous file's backup, or
     * null.
     */
    public static Path save(Path file, FactsDocument facts) {
        return AnswersFile.save(file, facts);
    }
}
