package dev.wsladvisor.ask;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.advice.Decision;
import dev.wsladvisor.advice.Evaluation;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.RuleInfo;
import dev.wsladvisor.rules.WslVersion;
import dev.wsladvisor.text.Suggestions;
import dev.wsladvisor.text.Visible;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation: asks the question the {@link QuestionPlanner} finds most decisive, reads one line per
 * answer, and stops when no answer to any open question can change the advice. It reads lines the same way
 * from a terminal and from a pipe; when the input is not a terminal it echoes each answer after the prompt,
 * so a transcript reads like the session did. Commands at a prompt: an answer, Enter or "don't know"
 * (leave it unknown), {@code ?} (why this question), {@code back}, {@code stop} (advise on what is known).
 * End of input stops the same way as {@code stop}. A line {@code name=value} ({@code docker=yes}) answers the
 * question of that name, whichever is asked, so a script need not know the order of the questions.
 * With {@code strictInput} (input that is not a terminal) a line that is not an answer is an error naming the
 * input line, the question and the allowed answers: a script would otherwise lose an answer without knowing.
 */
public final class Interview {

    /** A question the person settled: {@code value} null when they left it unknown. */
    public record Settled(Question question, Object value) {
    }

    /** A question not asked, and why. */
    public record Skip(String path, String reason) {
    }

    /** How the session ended: the facts with the answers, what was asked, what was skipped. */
    public record Result(FactsDocument facts, List<Settled> settled, List<Skip> skipped, Ending ending) {
        /** The questions the person saw (answered or left unknown). */
        public int asked() {
            return settled.size();
        }
    }

    /** Why the questions stopped. */
    public enum Ending { NOTHING_LEFT_TO_ASK, STOPPED, INPUT_ENDED }

    private record Step(Question question, FactsDocument before, Object value) {
    }

    private static final String COMMANDS = "? why, back, stop";

    /** The longest input line read: an answer is a word or name=value; a file with no line breaks is not a session. */
    public static final int MAX_LINE_CHARS = 4096;
    /**
     * The most input lines read: 16 questions, with back and ? between them, take far fewer; {@code yes '?' | ask}
     * would otherwise never end. Left-over lines past it are not read.
     */
    public static final int MAX_LINES = 1000;
    private static final int MAX_RULES_SHOWN = 6;

    private final QuestionPlanner planner;
    private final BufferedReader in;
    private final PrintWriter out;
    private static final Pattern NAMED = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(.*)$");

    private static final String NOTHING_DONE = " Nothing was saved and no advice was given.";

    private final boolean echo;
    private final boolean strictInput;
    private int lineNumber;
    private boolean introduced;

    /** A session that asks again after a line that is not an answer, as on a terminal. */
    public Interview(QuestionPlanner planner, BufferedReader in, PrintWriter out, boolean echo) {
        this(planner, in, out, echo, false);
    }

    /**
     * @param echo        print each line read after the prompt: on for piped input, where the person's typing does
     *                    not show, off on a terminal
     * @param strictInput a line that is not an answer (nor a command) fails the session with a
     *                    {@link UserInputException}, instead of asking again: for input that is not a terminal
     */
    public Interview(QuestionPlanner planner, BufferedReader in, PrintWriter out, boolean echo, boolean strictInput) {
        this.planner = planner;
        this.in = in;
        this.out = out;
        this.echo = echo;
        this.strictInput = strictInput;
    }

    /** What the person said at one prompt, once it is something the interview can act on. */
    private sealed interface Reply {
        /** An answer; {@code value} null for "don't know". */
        record Answer(Object value) implements Reply {
        }

        record Back() implements Reply {
        }

        record Stop(Ending ending) implements Reply {
        }

        /** {@code name=value} for another question than the one asked. */
        record Other(Question question, Object value) implements Reply {
        }
    }

    public Result run(FactsDocument start) {
        FactsDocument facts = start;
        Deque<Step> history = new ArrayDeque<>();
        Question forced = null;
        Ending ending = Ending.NOTHING_LEFT_TO_ASK;
        while (true) {
            QuestionPlanner.Rank rank = forced != null ? rankAgain(forced, facts, history) : planner.next(facts, settledPaths(history));
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
            Reply reply = reply(rank, facts, history);
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
                // Answered out of turn: settled like an asked question; the planner then picks again.
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
            facts = rest(facts, history);
        }
        List<Step> steps = new ArrayList<>(history);
        Collections.reverse(steps);
        List<Settled> settled = steps.stream().map(s -> new Settled(s.question(), s.value())).toList();
        List<Skip> skipped = skipped(start, facts, settledPaths(history), ending);
        summarize(settled, skipped);
        return new Result(facts, settled, skipped, ending);
    }

    /**
     * Piped input left over when no question could change the advice any more: its {@code name=value} lines are still
     * the person's answers, recorded as given (a script that said docker=yes must not get advice without it); a wrong
     * name=value is an error, as it would be at a prompt; other lines (answers to questions that were never asked)
     * are left unused with one warning, and the advice and the saved answers stay.
     */
    private FactsDocument rest(FactsDocument facts, Deque<Step> history) {
        List<Integer> unused = new ArrayList<>();
        String firstUnused = null;
        for (String line = readLine(); line != null; line = readLine()) {
            String input = line.trim();
            String command = input.toLowerCase(Locale.ROOT);
            if (input.isEmpty() || command.equals("stop") || command.equals("quit") || command.equals("done")) {
                continue;
            }
            Matcher m = NAMED.matcher(input);
            if (hasControlCharacters(line) || !m.matches()) {
                unused.add(lineNumber);
                firstUnused = firstUnused == null ? input : firstUnused;
                continue;
            }
            Question target = byName(m.group(1));
            String problem = namedProblem(m.group(1), m.group(2).trim(), target, null, facts, history);
            if (problem != null) {
                out.println();
                out.flush();
                throw new UserInputException("ask: input line " + lineNumber + " ('" + Visible.escape(input, 80) + "'): "
                        + problem + NOTHING_DONE);
            }
            Object answer = answerOf(target, m.group(2).trim());
            history.push(new Step(target, facts, answer));
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
        if (lineNumber >= MAX_LINES && moreInput()) {
            out.println("warning: the input goes on past line " + MAX_LINES + "; the rest was not read.");
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

    /** After {@code back}: the question asked again, ranked as if it had not been answered. */
    private QuestionPlanner.Rank rankAgain(Question again, FactsDocument facts, Deque<Step> history) {
        return planner.rank(facts, without(settledPaths(history), again.path()), true).stream()
                .filter(r -> r.question() == again).findFirst().orElseThrow();
    }

    /** Reads lines until one is an answer or a command that leaves this prompt; {@code ?} and bad input stay here. */
    private Reply reply(QuestionPlanner.Rank rank, FactsDocument facts, Deque<Step> history) {
        Question q = rank.question();
        boolean first = history.isEmpty();
        while (true) {
            String line = readLine();
            if (line == null && lineNumber >= MAX_LINES && moreInput()) {
                out.println();
                out.flush();
                throw new UserInputException("ask: more than " + MAX_LINES + " input lines and the questions are not over;"
                        + " a session takes one line per answer. Is the input repeating itself (yes | ask)?" + NOTHING_DONE);
            }
            if (line == null) {
                out.println();
                out.println("Input ended: no more questions. The advice below uses the answers given so far.");
                return new Reply.Stop(Ending.INPUT_ENDED);
            }
            String input = line.trim();
            String command = input.toLowerCase(Locale.ROOT);
            if (hasControlCharacters(line)) {
                // trim() would make a line of NUL bytes empty, which means "don't know": refuse it instead.
                String problem = "the line holds control characters (such as a NUL byte or an escape sequence), not an answer.";
                refuseIfStrict(q, line, problem);
                out.println("That line holds control characters, not an answer. Type " + q.allowed() + ".");
            } else if (command.equals("?") || command.equals("why") || command.equals("help")) {
                explain(facts, rank);
            } else if (command.equals("back") && first) {
                String problem = "This is the first question; there is nothing to go back to.";
                refuseIfStrict(q, input, problem);
                out.println(problem + " Answer it, or type stop.");
            } else if (command.equals("back")) {
                return new Reply.Back();
            } else if (command.equals("stop") || command.equals("quit") || command.equals("done")) {
                out.println("Stopped: no more questions. The advice below uses the answers given so far.");
                return new Reply.Stop(Ending.STOPPED);
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

    /** {@code name=value}: the answer to the question of that name, asked or not; null (after saying why) when it is not one. */
    private Reply named(Matcher m, Question asked, FactsDocument facts, Deque<Step> history) {
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
                                Deque<Step> history) {
        if (target == null) {
            List<String> names = planner.catalog().questions().stream().map(Question::name).toList();
            Optional<String> meant = Suggestions.closest(name, names);
            return "'" + Visible.escape(name, 80) + "' is not the name of a question" + meant.map(n -> ": did you mean " + n + "?")
                    .orElse("") + " (names: " + String.join(", ", names) + ").";
        } else if (target != asked && settledPaths(history).contains(target.path())) {
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
        throw new UserInputException("ask: input line " + lineNumber + " ('" + Visible.escape(input, 80) + "') answers question "
                + q.name() + " (" + q.text() + "): " + problem + " It takes " + q.allowed()
                + ", or an empty line, 'don't know', 'skip' or '-' to leave it unknown; a line name=value (" + q.name() + "="
                + q.choices().get(0).label() + ") answers a question by its name, whatever the order they are asked in;"
                + " ?, back and stop work as on a terminal. Nothing was saved and no advice was given.");
    }


    private static Set<String> settledPaths(Deque<Step> history) {
        Set<String> out = new LinkedHashSet<>();
        history.forEach(s -> out.add(s.question().path()));
        return out;
    }

    private static Set<String> without(Set<String> set, String path) {
        Set<String> out = new LinkedHashSet<>(set);
        out.remove(path);
        return out;
    }

    private String readLine() {
        if (lineNumber >= MAX_LINES) {
            return null;
        }
        String line = boundedLine();
        if (line != null) {
            lineNumber++;
        }
        if (echo && line != null) {
            out.println(Visible.escape(line));
        }
        return line;
    }

    /** Whether more input follows the last line read (only asked once {@link #MAX_LINES} lines were read). */
    private boolean moreInput() {
        try {
            return in.read() >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line, as BufferedReader.readLine ends it (LF, CR or CRLF), refused past {@link #MAX_LINE_CHARS}. */
    private String boundedLine() {
        try {
            StringBuilder line = new StringBuilder();
            while (true) {
                int c = in.read();
                if (c < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                if (c == '\n') {
                    return line.toString();
                }
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                    return line.toString();
                }
                if (line.length() == MAX_LINE_CHARS) {
                    out.println();
                    out.flush();
                    throw new UserInputException("ask: input line " + (lineNumber + 1) + " is longer than " + MAX_LINE_CHARS
                            + " characters; an answer is a word or name=value on a line of its own. Is this the file you"
                            + " meant to pipe in?" + NOTHING_DONE);
                }
                line.append((char) c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line with a control character (a NUL byte, an escape sequence) is no answer: binary data, or a terminal gone wrong. */
    private static boolean hasControlCharacters(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\t' && Character.getType(c) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }

    private void introduce(FactsDocument start) {
        int total = planner.catalog().questions().size();
        long known = planner.catalog().questions().stream().filter(q -> start.isKnown(q.path())).count();
        out.println("A few questions about how you will use Linux. Of the " + total + " in the catalogue"
                + (known > 0 ? " (" + known + " answered in the facts already)" : "")
                + ", only those whose answer can still change the advice are asked.");
        out.println("At each prompt: an answer, Enter or \"don't know\" to leave it unknown, ? for why it is asked,"
                + " back for the previous question, stop to get the advice now" + (strictInput
                        ? "; name=value answers a question by its name. A line that is not an answer stops with an error." : "."));
        out.flush();
    }

    private void prompt(int number, Question q) {
        out.println();
        out.println("(" + number + ") " + q.text());
        out.println("    " + q.allowed() + "   [Enter: don't know]   (" + COMMANDS + ")");
        out.print("> ");
        out.flush();
    }

    /** {@code ?}: the decision now, what each answer leads to, the rules that read the fact, the help. */
    private void explain(FactsDocument facts, QuestionPlanner.Rank rank) {
        Question q = rank.question();
        Decision now = planner.advisor().decide(facts);
        out.println("Why this question: on what is known so far the advice is " + describe(now) + ".");
        FactsDocument base = facts;
        if (rank.direct() == 0 && rank.partner() != null) {
            Question partner = planner.catalog().byPath(rank.partner());
            String label = partner == null ? String.valueOf(rank.partnerValue()) : partner.label(rank.partnerValue());
            out.println("On its own no answer changes it, but once " + rank.partner() + " is \"" + label
                    + "\" (asked later if it still matters) this answer would:");
            base = facts.withFact(rank.partner(), rank.partnerValue());
        }
        Decision baseDecision = planner.advisor().decide(base);
        int width = Math.max(10, q.choices().stream().mapToInt(c -> c.label().length()).max().orElse(0));
        for (QuestionPlanner.Outcome o : planner.outcomes(base, baseDecision, q)) {
            out.printf("  %-" + width + "s -> %s%s%n", q.label(o.value()), describe(o.decision()),
                    o.strength() == 0 ? " (no change)" : "");
        }
        out.printf("  %-" + width + "s -> %s%n", "don't know", describe(baseDecision));
        List<RuleInfo> waiting = rulesReading(q.path());
        if (!waiting.isEmpty()) {
            out.println("Rules that read " + q.path() + ":");
            for (RuleInfo r : waiting.subList(0, Math.min(MAX_RULES_SHOWN, waiting.size()))) {
                out.println("  " + r.id() + ": " + r.meta("explanation"));
            }
            if (waiting.size() > MAX_RULES_SHOWN) {
                out.println("  ... and " + (waiting.size() - MAX_RULES_SHOWN) + " more (wsl-advisor rules list).");
            }
        }
        if (!q.help().isBlank()) {
            out.println("About the question: " + q.help());
        }
        out.flush();
    }

    private List<RuleInfo> rulesReading(String path) {
        List<RuleInfo> out = new ArrayList<>();
        for (RuleInfo r : planner.advisor().rules().rules()) {
            for (String f : r.facts()) {
                if (f.equals(path)) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    /** "WSL2", "WSL2, blocked by firmware-virtualization-off", "WSL1, cannot run here (windows-x86-cannot-run-wsl)". */
    static String describe(Decision d) {
        if (d.blocked()) {
            return d.recommendation().name() + ", blocked by " + String.join(", ", d.blockerIds());
        }
        if (!d.blockerIds().isEmpty()) {
            return d.recommendation().name() + ", cannot run here (" + String.join(", ", d.blockerIds()) + ")";
        }
        return d.recommendation().name();
    }

    private List<Skip> skipped(FactsDocument start, FactsDocument end, Set<String> settled, Ending ending) {
        List<Skip> out = new ArrayList<>();
        // Ending because nothing is left to ask means the last ranking of these same facts found no question that
        // matters; ranking again (the costliest step, with every pair of questions) would only repeat that.
        List<QuestionPlanner.Rank> ranks = ending == Ending.NOTHING_LEFT_TO_ASK ? List.of() : planner.rank(end, settled, true);
        String moot = null;
        for (Question q : planner.catalog().questions()) {
            if (start.isKnown(q.path()) || settled.contains(q.path())) {
                continue;
            }
            QuestionPlanner.Rank rank = ranks.stream().filter(r -> r.question() == q).findFirst().orElse(null);
            if (rank != null && rank.matters()) {
                out.add(new Skip(q.path(), ending == Ending.INPUT_ENDED ? "not asked: the input ended before it"
                        : "not asked: you stopped before it"));
                continue;
            }
            if (moot == null) {
                moot = whyNothingChanges(end);
            }
            out.add(new Skip(q.path(), "no answer changes the advice " + moot));
        }
        for (String free : planner.catalog().notAskable()) {
            if (!start.isKnown(free)) {
                out.add(new Skip(free, "free text, never asked: list the messages you saw under " + free
                        + " in a facts file (--save-answers writes one to start from)"));
            }
        }
        return out;
    }

    /** "now that ..." naming what settles the advice: a version that cannot run, or a must. */
    private String whyNothingChanges(FactsDocument facts) {
        Evaluation e = planner.advisor().evaluate(facts);
        Decision d = e.decision();
        Optional<Blocker> cannotRun = e.blockers().stream()
                .filter(b -> b.isPermanent() && !b.blocks(d.recommendation())).findFirst();
        if (cannotRun.isPresent()) {
            Blocker b = cannotRun.get();
            String other = d.recommendation() == WslVersion.WSL1 ? "WSL2" : "WSL1";
            return "now that " + other + " cannot run here (rule " + b.getId()
                    + (b.getFacts().isEmpty() ? "" : ": " + String.join(", ", b.getFacts())) + ")";
        }
        Optional<Reason> hard = e.reasons().stream()
                .filter(r -> r.isHardNeed() && r.getFavors() == d.recommendation())
                .max(Comparator.comparingInt(Reason::getWeight));
        if (hard.isPresent()) {
            Reason r = hard.get();
            return "now that " + (r.getFacts().isEmpty() ? "a need" : String.join(", ", r.getFacts())) + " makes "
                    + d.recommendation().name() + " a must (rule " + r.getRule() + ")";
        }
        return "on what is known: it stays " + describe(d) + " whatever the answer";
    }

    private void summarize(List<Settled> settled, List<Skip> skipped) {
        out.println();
        long answered = settled.stream().filter(s -> s.value() != null).count();
        out.println("Asked " + settled.size() + " of " + planner.catalog().questions().size() + " questions"
                + (settled.size() > answered ? " (" + (settled.size() - answered) + " left unknown)" : "") + ".");
        if (!settled.isEmpty()) {
            List<String> given = new ArrayList<>();
            for (Settled s : settled) {
                given.add(s.question().name() + " = " + (s.value() == null ? "don't know" : s.question().label(s.value())));
            }
            out.println("Your answers: " + String.join(", ", given) + ".");
        }
        if (!skipped.isEmpty()) {
            out.println("Not asked:");
            // One line per reason: a dozen questions skipped for the same reason read better together.
            Map<String, List<String>> byReason = new LinkedHashMap<>();
            for (Skip s : skipped) {
                byReason.computeIfAbsent(s.reason(), k -> new ArrayList<>()).add(s.path());
            }
            byReason.forEach((reason, paths) -> out.println("  " + String.join(", ", paths) + ": " + reason));
        }
        out.println();
        out.flush();
    }
}
