package dev.wsladvisor.ask;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.text.Visible;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Piped input left over when no question could change the advice any more: its {@code name=value}
 * lines are still the person's answers, recorded as given (a script that said docker=yes must not
 * get advice without it); a wrong name=value is an error, as it would be at a prompt; other lines
 * (answers to questions that were never asked) are left unused with one warning, and the advice and
 * the saved answers stay.
 */
final class LeftoverInput {

    private final NamedAnswers names;
    private final InputLines lines;
    private final PrintWriter out;

    LeftoverInput(NamedAnswers names, InputLines lines, PrintWriter out) {
        this.names = names;
        this.lines = lines;
        this.out = out;
    }

    FactsDocument read(FactsDocument facts, Deque<Interview.Step> history) {
        List<Integer> unused = new ArrayList<>();
        String firstUnused = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String input = line.trim();
            String command = input.toLowerCase(Locale.ROOT);
            if (input.isEmpty()
                    || command.equals("stop")
                    || command.equals("quit")
                    || command.equals("done")) {
                continue;
            }
            Matcher m = NamedAnswers.matcher(input);
            if (InputLines.hasControlCharacters(line) || !m.matches()) {
                unused.add(lines.lineNumber());
                firstUnused = firstUnused == null ? input : firstUnused;
                continue;
            }
            Question target = names.byName(m.group(1));
            String problem =
                    names.problem(m.group(1), m.group(2).trim(), target, null, facts, history);
            if (problem != null) {
                out.println();
                out.flush();
                throw new UserInputException(
                        "ask: input line "
                                + lines.lineNumber()
                                + " ('"
                                + Visible.escape(input, 80)
                                + "'): "
                                + problem
                                + Interview.NOTHING_DONE);
            }
            Object answer = NamedAnswers.answerOf(target, m.group(2).trim());
            history.push(new Interview.Step(target, facts, answer));
            if (answer != null) {
                facts = facts.withFact(target.path(), answer);
            }
        }
        if (!unused.isEmpty()) {
            out.println(
                    "warning: "
                            + (unused.size() == 1
                                    ? "input line "
                                            + unused.get(0)
                                            + " ('"
                                            + Visible.escape(firstUnused, 80)
                                            + "') was"
                                    : unused.size()
                                            + " input lines ("
                                            + lineList(unused)
                                            + ", the first '"
                                            + Visible.escape(firstUnused, 80)
                                            + "') were")
                            + " not used: no question was left to ask (none could"
                            + " change the advice). The advice below uses the answers before them.");
        }
        if (lines.atLimit() && lines.moreInput()) {
            out.println(
                    "warning: the input goes on past line "
                            + InputLines.MAX_LINES
                            + "; the rest was not read.");
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
        return "lines "
                + String.join(", ", shown)
                + (lines.size() > 5 ? " and " + (lines.size() - 5) + " more" : "");
    }
}
