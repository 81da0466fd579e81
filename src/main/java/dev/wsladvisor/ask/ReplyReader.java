package dev.wsladvisor.ask;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.text.Suggestions;
import dev.wsladvisor.text.Visible;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the person types at a prompt, read until it is something the interview can act on: an answer, a command,
 * or {@code name=value} for any question. {@code ?} is answered here; a line that is not an answer is asked again,
 * or with {@code strictInput} an error naming the input line, the question and the allowed answers.
 */
final class ReplyReader {

    /** What the person said at one prompt, once it is something the interview can act on. */
    sealed interface Reply {
        /** An answer; {@code value} null for "don't know". */
        record Answer(Object value) implements Reply {
        }

        record Back() implements Reply {
        }

        record Stop(Interview.Ending ending) implements Reply {
        }

        /** {@code name=value} for another question than the one asked. */
        record Other(Question question, Object value) implements Reply {
        }
    }

    private static final Pattern NAMED = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(.*)$");

    private final QuestionPlanner planner;
    private final InputLines lines;
    private final PrintWriter out;
    private final WhyThisQuestion why;
    private final boolean strictInput;

    ReplyReader(QuestionPlanner planner, InputLines lines, PrintWriter out, boolean strictInput) {
        this.planner = planner;
        this.lines = lines;
        this.out = out;
        this.why = new WhyThisQuestion(planner, out);
        this.strictInput = strictInput;
    }

    /** Reads lines until one is an answer or a command that leaves this prompt; {@code ?} and bad input stay here. */
    Reply reply(QuestionPlanner.Rank rank, FactsDocument facts, Deque<Interview.Step> history) {
        Question q = rank.question();
        boolean first = history.isEmpty();
        while (true) {
            String line = lines.readLine();
            if (line == null && lines.atLimit() && lines.moreInput()) {
                out.println();
                out.flush();
                throw new UserInputException("ask: more than " + InputLines.MAX_LINES + " input lines and the questions are not over;"
                        + " a session takes one line per answer. Is the input repeating itself (yes | ask)?" + Interview.NOTHING_DONE);
            }
            if (line == null) {
                out.println();
                out.println("Input ended: no more questions. The advice below uses the answers given so far.");
                return new Reply.Stop(Interview.Ending.INPUT_ENDED);
            }
            String input = line.trim();
            String command = input.toLowerCase(Locale.ROOT);
            if (InputLines.hasControlCharacters(line)) {
                // trim() would make a line of NUL bytes empty, which means "don't know": refuse it instead.
                String problem = "the line holds control characters (such as a NUL byte or an escape sequence), not an answer.";
                refuseIfStrict(q, line, problem);
                out.println("That line holds control characters, not an answer. Type " + q.allowed() + ".");
            } else if (command.equals("?") || command.equals("why") || command.equals("help")) {
                why.explain(facts, rank);
            } else if (command.equals("back") && first) {
                String problem = "This is the first question; there is nothing to go back to.";
                refuseIfStrict(q, input, problem);
                out.println(problem + " Answer it, or type stop.");
            } else if (command.equals("back")) {
                return new Reply.Back();
            } else if (command.equals("stop") || command.equals("quit") || command.equals("done")) {
                out.println("Stopped: no more questions. The advice below uses the answers given so far.");
                return new Reply.Stop(Interview.Ending.STOPPED);
            } else if (Question.isDontKnow(input)) {
                return new Reply.Answer(null);
            } else if (q.parse(input) != null) {
                return new Reply.Answer(q.parse(input).value());
            } else if (NAMED.matcher(input).matches()) {
                Reply named = named(NAMED.matcher(input), q, facts, history);
                if (named != null) {
                    return named;
                }
            } else {
                String problem = "'" + Visible.escape(input, 80) + "' is not an answer to this question." + didYouMean(input, q);
                refuseIfStrict(q, input, problem);
                out.println(problem + " Type " + q.allowed()
                        + "; Enter or \"don't know\" leaves it unknown; ? says why it matters; back returns to the previous question.");
            }
            out.print("> ");
            out.flush();
        }
    }

    /**
     * Piped input left over when no question could change the advice any more: its {@code name=value} lines are still
     * the person's answers, recorded as given (a script that said docker=yes must not get advice without it); a wrong
     * name=value is an error, as it would be at a prompt; other lines (answers to questions that were never asked)
     * are left unused with one warning, and the advice and the saved answers stay.
     */
    FactsDocument rest(FactsDocument facts, Deque<Interview.Step> history) {
        List<Integer> unused = new ArrayList<>();
        String firstUnused = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String input = line.trim();
            String command = input.toLowerCase(Locale.ROOT);
            if (input.isEmpty() || command.equals("stop") || command.equals("quit") || command.equals("done")) {
                continue;
            }
            Matcher m = NAMED.matcher(input);
            if (InputLines.hasControlCharacters(line) || !m.matches()) {
                unused.add(lines.lineNumber());
                firstUnused = firstUnused == null ? input : firstUnused;
                continue;
            }
            Question target = byName(m.group(1));
            String problem = namedProblem(m.group(1), m.group(2).trim(), target, null, facts, history);
            if (problem != null) {
                out.println();
                out.flush();
                throw new UserInputException("ask: input line " + lines.lineNumber() + " ('" + Visible.escape(input, 80) + "'): "
                        + problem + Interview.NOTHING_DONE);
            }
            Object answer = answerOf(target, m.group(2).trim());
            history.push(new Interview.Step(target, facts, answer));
            if (answer != null) {
                facts = facts.withFact(target.path(), answer);
            }
        }
        if (!unused.isEmpty()) {
            out.println("warning: " + (unused.size() == 1 ? "input line " + unused.get(0) + " ('" + Visible.escape(firstUnused, 80)
                    + "') was" : unused.size() + " input lines (" + lineList(unused) + ", the first '"
                    + Visible.escape(firstUnused, 80) + "') were") + " not used: no question was left to ask (none could"
                    + " change the advice). The advice below uses the answers before them.");
        }
        if (lines.atLimit() && lines.moreInput()) {
            out.println("warning: the input goes on past line " + InputLines.MAX_LINES + "; the rest was not read.");
        }
        return facts;
    }

    /** "7, 8, 9" or "7-40": line numbers as a warning names them. */
    private static String lineList(List<Integer> lines) {
        boolean consecutive = lines.get(lines.size() - 1) - lines.get(0) == lines.size() - 1;
        if (consecutive && lines.size() > 3) {
            return "lines " + lines.get(0) + "-" + lines.get(lines.size() - 1);
        }
        List<String> shown = lines.stream().limit(5).map(String::valueOf).toList();
        return "lines " + String.join(", ", shown) + (lines.size() > 5 ? " and " + (lines.size() - 5) + " more" : "");
    }

    /** {@code name=value}: the answer to the question of that name, asked or not; null (after saying why) when it is not one. */
    private Reply named(Matcher m, Question asked, FactsDocument facts, Deque<Interview.Step> history) {
        m.matches();
        String value = m.group(2).trim();
        Question target = byName(m.group(1));
        String problem = namedProblem(m.group(1), value, target, asked, facts, history);
        if (problem != null) {
            // The answers to list are those of the question named, when there is one.
            refuseIfStrict(target != null ? target : asked, m.group(0), problem);
            out.println(problem);
            return null;
        }
        Object answer = answerOf(target, value);
        return target == asked ? new Reply.Answer(answer) : new Reply.Other(target, answer);
    }

    private Question byName(String name) {
        return planner.catalog().questions().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** Why {@code name=value} answers nothing ({@code asked}: the question at the prompt, or null), or null when it does. */
    private String namedProblem(String name, String value, Question target, Question asked, FactsDocument facts,
                                Deque<Interview.Step> history) {
        if (target == null) {
            List<String> names = planner.catalog().questions().stream().map(Question::name).toList();
            Optional<String> meant = Suggestions.closest(name, names);
            return "'" + Visible.escape(name, 80) + "' is not the name of a question" + meant.map(n -> ": did you mean " + n + "?")
                    .orElse("") + " (names: " + String.join(", ", names) + ").";
        } else if (target != asked && Interview.settledPaths(history).contains(target.path())) {
            return "'" + Visible.escape(name) + "' was answered already in this session; type back to change the last answer.";
        } else if (target != asked && facts.isKnown(target.path())) {
            return "'" + Visible.escape(name) + "' is already known from the facts (" + target.path() + "); each question is answered once.";
        } else if (!Question.isDontKnow(value) && target.parse(value) == null) {
            return "'" + Visible.escape(value, 80) + "' is not an answer to " + target.name() + " (" + target.allowed() + ")."
                    + didYouMean(value, target);
        }
        return null;
    }

    /** " Did you mean yes?" when the input is a likely typo of one of the question's answers; else nothing. */
    private static String didYouMean(String input, Question q) {
        List<String> labels = q.choices().stream().map(Question.Choice::label).toList();
        return Suggestions.closest(input, labels).map(l -> " Did you mean " + l + "?").orElse("");
    }

    private static Object answerOf(Question target, String value) {
        return Question.isDontKnow(value) ? null : target.parse(value).value();
    }

    /**
     * Input that is not a terminal: a script that gave a wrong line must not get advice built on answers it did not
     * mean, with exit 0. The error names the line, the question and what it takes.
     */
    private void refuseIfStrict(Question q, String input, String problem) {
        if (!strictInput) {
            return;
        }
        out.println();
        out.flush();
        throw new UserInputException("ask: input line " + lines.lineNumber() + " ('" + Visible.escape(input, 80) + "') answers question "
                + q.name() + " (" + q.text() + "): " + problem + " It takes " + q.allowed()
                + ", or an empty line, 'don't know', 'skip' or '-' to leave it unknown; a line name=value (" + q.name() + "="
                + q.choices().get(0).label() + ") answers a question by its name, whatever the order they are asked in;"
                + " ?, back and stop work as on a terminal. Nothing was saved and no advice was given.");
    }
}
