package dev.wsladvisor.ask;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.text.Visible;
import java.io.PrintWriter;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * What the person types at a prompt, read until it is something the interview can act on: an
 * answer, a command, or {@code name=value} for any question. {@code ?} is answered here; a line
 * that is not an answer is asked again, or with {@code strictInput} an error naming the input line,
 * the question and the allowed answers.
 */
final class ReplyReader {

    private final NamedAnswers names;
    private final InputLines lines;
    private final PrintWriter out;
    private final WhyThisQuestion why;
    private final boolean strictInput;

    ReplyReader(QuestionPlanner planner, InputLines lines, PrintWriter out, boolean strictInput) {
        this.names = new NamedAnswers(planner);
        this.lines = lines;
        this.out = out;
        this.why = new WhyThisQuestion(planner, out);
        this.strictInput = strictInput;
    }

    /**
     * Reads lines until one is an answer or a command that leaves this prompt; {@code ?} and bad
     * input stay here.
     */
    Reply reply(QuestionPlanner.Rank rank, FactsDocument facts, Deque<Interview.Step> history) {
        Question q = rank.question();
        boolean first = history.isEmpty();
        while (true) {
            String line = lines.readLine();
            if (line == null && lines.atLimit() && lines.moreInput()) {
                out.println();
                out.flush();
                throw new UserInputException(
                        "ask: more than "
                                + InputLines.MAX_LINES
                                + " input lines and the questions are not over;"
                                + " a session takes one line per answer. Is the input repeating itself (yes | ask)?"
                                + Interview.NOTHING_DONE);
            }
            if (line == null) {
                out.println();
                out.println(
                        "Input ended: no more questions. The advice below uses the answers given so far.");
                return new Reply.Stop(Interview.Ending.INPUT_ENDED);
            }
            String input = line.trim();
            String command = input.toLowerCase(Locale.ROOT);
            if (InputLines.hasControlCharacters(line)) {
                // trim() would make a line of NUL bytes empty, which means "don't know": refuse it
                // instead.
                String problem =
                        "the line holds control characters (such as a NUL byte or an escape sequence), not an answer.";
                refuseIfStrict(q, line, problem);
                out.println(
                        "That line holds control characters, not an answer. Type "
                                + q.allowed()
                                + ".");
            } else if (command.equals("?") || command.equals("why") || command.equals("help")) {
                why.explain(facts, rank);
            } else if (command.equals("back") && first) {
                String problem = "This is the first question; there is nothing to go back to.";
                refuseIfStrict(q, input, problem);
                out.println(problem + " Answer it, or type stop.");
            } else if (command.equals("back")) {
                return new Reply.Back();
            } else if (command.equals("stop") || command.equals("quit") || command.equals("done")) {
                out.println(
                        "Stopped: no more questions. The advice below uses the answers given so far.");
                return new Reply.Stop(Interview.Ending.STOPPED);
            } else if (Question.isDontKnow(input)) {
                return new Reply.Answer(null);
            } else if (q.parse(input) != null) {
                return new Reply.Answer(q.parse(input).value());
            } else if (NamedAnswers.matcher(input).matches()) {
                Reply named = named(NamedAnswers.matcher(input), q, facts, history);
                if (named != null) {
                    return named;
                }
            } else {
                String problem =
                        "'"
                                + Visible.escape(input, 80)
                                + "' is not an answer to this question."
                                + NamedAnswers.didYouMean(input, q);
                refuseIfStrict(q, input, problem);
                out.println(
                        problem
                                + " Type "
                                + q.allowed()
                                + "; Enter or \"don't know\" leaves it unknown; ? says why it matters; back returns to the previous question.");
            }
            out.print("> ");
            out.flush();
        }
    }

    /**
     * The piped input left over when no question is left to ask, read as {@link LeftoverInput}
     * says.
     */
    FactsDocument rest(FactsDocument facts, Deque<Interview.Step> history) {
        return new LeftoverInput(names, lines, out).read(facts, history);
    }

    /**
     * {@code name=value}: the answer to the question of that name, asked or not; null (after saying
     * why) when it is not one.
     */
    private Reply named(
            Matcher m, Question asked, FactsDocument facts, Deque<Interview.Step> history) {
        m.matches();
        String value = m.group(2).trim();
        Question target = names.byName(m.group(1));
        String problem = names.problem(m.group(1), value, target, asked, facts, history);
        if (problem != null) {
            // The answers to list are those of the question named, when there is one.
            refuseIfStrict(target != null ? target : asked, m.group(0), problem);
            out.println(problem);
            return null;
        }
        Object answer = NamedAnswers.answerOf(target, value);
        return target == asked ? new Reply.Answer(answer) : new Reply.Other(target, answer);
    }

    /**
     * Input that is not a terminal: a script that gave a wrong line must not get advice built on
     * answers it did not mean, with exit 0. The error names the line, the question and what it
     * takes.
     */
    private void refuseIfStrict(Question q, String input, String problem) {
        if (!strictInput) {
            return;
        }
        out.println();
        out.flush();
        throw new UserInputException(
                "ask: input line "
                        + lines.lineNumber()
                        + " ('"
                        + Visible.escape(input, 80)
                        + "') answers question "
                        + q.name()
                        + " ("
                        + q.text()
                        + "): "
                        + problem
                        + " It takes "
                        + q.allowed()
                        + ", or an empty line, 'don't know', 'skip' or '-' to leave it unknown; a line name=value ("
                        + q.name()
                        + "="
                        + q.choices().get(0).label()
                        + ") answers a question by its name, whatever the order they are asked in;"
                        + " ?, back and stop work as on a terminal. Nothing was saved and no advice was given.");
    }
}
