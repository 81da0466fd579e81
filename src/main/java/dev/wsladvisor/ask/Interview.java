package dev.wsladvisor.ask;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The conversation: asks the question the {@link QuestionPlanner} finds most decisive, reads one
 * line per answer, and stops when no answer to any open question can change the advice. It reads
 * lines the same way from a terminal and from a pipe; when the input is not a terminal it echoes
 * each answer after the prompt, so a transcript reads like the session did. Commands at a prompt:
 * an answer, Enter or "don't know" (leave it unknown), {@code ?} (why this question), {@code back},
 * {@code stop} (advise on what is known). End of input stops the same way as {@code stop}. A line
 * {@code name=value} ({@code docker=yes}) answers the question of that name, whichever is asked, so
 * a script need not know the order of the questions. With {@code strictInput} (input that is not a
 * terminal) a line that is not an answer is an error naming the input line, the question and the
 * allowed answers: a script would otherwise lose an answer without knowing.
 */
public final class Interview {

    /** A question the person settled: {@code value} null when they left it unknown. */
    public record Settled(Question question, Object value) {}

    /** A question not asked, and why. */
    public record Skip(String path, String reason) {}

    /** How the session ended: the facts with the answers, what was asked, what was skipped. */
    public record Result(
            FactsDocument facts, List<Settled> settled, List<Skip> skipped, Ending ending) {
        /** The questions the person saw (answered or left unknown). */
        public int asked() {
            return settled.size();
        }
    }

    /** Why the questions stopped. */
    public enum Ending {
        NOTHING_LEFT_TO_ASK,
        STOPPED,
        INPUT_ENDED
    }

    /** One question settled, with the facts before it (what {@code back} returns to). */
    record Step(Question question, FactsDocument before, Object value) {}

    private static final String COMMANDS = "? why, back, stop";

    static final String NOTHING_DONE = " Nothing was saved and no advice was given.";

    private final QuestionPlanner planner;
    private final PrintWriter out;
    private final ReplyReader replies;
    private final SessionSummary summary;
    private final boolean strictInput;
    private boolean introduced;

    /** A session that asks again after a line that is not an answer, as on a terminal. */
    public Interview(QuestionPlanner planner, BufferedReader in, PrintWriter out, boolean echo) {
        this(planner, in, out, echo, false);
    }

    /**
     * @param echo print each line read after the prompt: on for piped input, where the person's
     *     typing does not show, off on a terminal
     * @param strictInput a line that is not an answer (nor a command) fails the session with a
     *     {@link UserInputException}, instead of asking again: for input that is not a terminal
     */
    public Interview(
            QuestionPlanner planner,
            BufferedReader in,
            PrintWriter out,
            boolean echo,
            boolean strictInput) {
        this.planner = planner;
        this.out = out;
        this.replies = new ReplyReader(planner, new InputLines(in, out, echo), out, strictInput);
        this.summary = new SessionSummary(planner, out);
        this.strictInput = strictInput;
    }

    public Result run(FactsDocument start) {
        FactsDocument facts = start;
        Deque<Step> history = new ArrayDeque<>();
        Question forced = null;
        Ending ending = Ending.NOTHING_LEFT_TO_ASK;
        while (true) {
            QuestionPlanner.Rank rank =
                    forced != null
                            ? rankAgain(forced, facts, history)
                            : planner.next(facts, settledPaths(history));
            forced = null;
            if (rank == null) {
                break;
            }
            Question q = rank.question();
            if (!introduced) {
                introduce(start);
                introduced = true;
            }
            prompt(history.size() + 1, q);
            Reply reply = replies.reply(rank, facts, history);
            if (reply instanceof Reply.Stop stop) {
                ending = stop.ending();
                break;
            }
            if (reply instanceof Reply.Back) {
                Step previous = history.pop();
                facts = previous.before();
                forced = previous.question();
                continue;
            }
            if (reply instanceof Reply.Other other) {
                // Answered out of turn: settled like an asked question; the planner then picks
                // again.
                history.push(new Step(other.question(), facts, other.value()));
                if (other.value() != null) {
                    facts = facts.withFact(other.question().path(), other.value());
                }
                continue;
            }
            Object value = ((Reply.Answer) reply).value();
            history.push(new Step(q, facts, value));
            if (value != null) {
                facts = facts.withFact(q.path(), value);
            }
        }
        if (strictInput && ending == Ending.NOTHING_LEFT_TO_ASK) {
            facts = replies.rest(facts, history);
        }
        List<Step> steps = new ArrayList<>(history);
        Collections.reverse(steps);
        List<Settled> settled =
                steps.stream().map(s -> new Settled(s.question(), s.value())).toList();
        List<Skip> skipped = summary.skipped(start, facts, settledPaths(history), ending);
        summary.print(settled, skipped);
        return new Result(facts, settled, skipped, ending);
    }

    /** After {@code back}: the question asked again, ranked as if it had not been answered. */
    private QuestionPlanner.Rank rankAgain(
            Question again, FactsDocument facts, Deque<Step> history) {
        return planner.rank(facts, without(settledPaths(history), again.path()), true).stream()
                .filter(r -> r.question() == again)
                .findFirst()
                .orElseThrow();
    }

    static Set<String> settledPaths(Deque<Step> history) {
        Set<String> out = new LinkedHashSet<>();
        history.forEach(s -> out.add(s.question().path()));
        return out;
    }

    private static Set<String> without(Set<String> set, String path) {
        Set<String> out = new LinkedHashSet<>(set);
        out.remove(path);
        return out;
    }

    private void introduce(FactsDocument start) {
        int total = planner.catalog().questions().size();
        long known =
                planner.catalog().questions().stream().filter(q -> start.isKnown(q.path())).count();
        out.println(
                "A few questions about how you will use Linux. Of the "
                        + total
                        + " in the catalogue"
                        + (known > 0 ? " (" + known + " answered in the facts already)" : "")
                        + ", only those whose answer can still change the advice are asked.");
        out.println(
                "At each prompt: an answer, Enter or \"don't know\" to leave it unknown, ? for why it is asked,"
                        + " back for the previous question, stop to get the advice now"
                        + (strictInput
                                ? "; name=value answers a question by its name. A line that is not an answer stops with an error."
                                : "."));
        out.flush();
    }

    private void prompt(int number, Question q) {
        out.println();
        out.println("(" + number + ") " + q.text());
        out.println("    " + q.allowed() + "   [Enter: don't know]   (" + COMMANDS + ")");
        out.print("> ");
        out.flush();
    }
}
