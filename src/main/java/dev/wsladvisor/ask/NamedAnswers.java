package dev.wsladvisor.ask;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.text.Suggestions;
import dev.wsladvisor.text.Visible;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of the form {@code name=value}, which answer any question by its name whatever the order
 * the questions are asked in: which question a name means, and why a line answers nothing.
 */
final class NamedAnswers {

    private static final Pattern NAMED = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(.*)$");

    private final QuestionPlanner planner;

    NamedAnswers(QuestionPlanner planner) {
        this.planner = planner;
    }

    /**
     * A matcher of the input that matches when it is {@code name=value}: group 1 the name, group 2
     * the value.
     */
    static Matcher matcher(String input) {
        return NAMED.matcher(input);
    }

    Question byName(String name) {
        return planner.catalog().questions().stream()
                .filter(c -> c.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }

    /**
     * Why {@code name=value} answers nothing ({@code asked}: the question at the prompt, or null),
     * or null when it does.
     */
    String problem(
            String name,
            String value,
            Question target,
            Question asked,
            FactsDocument facts,
            Deque<Interview.Step> history) {
        if (target == null) {
            List<String> names =
                    planner.catalog().questions().stream().map(Question::name).toList();
            Optional<String> meant = Suggestions.closest(name, names);
            return "'"
                    + Visible.escape(name, 80)
                    + "' is not the name of a question"
                    + meant.map(n -> ": did you mean " + n + "?").orElse("")
                    + " (names: "
                    + String.join(", ", names)
                    + ").";
        } else if (target != asked && Interview.settledPaths(history).contains(target.path())) {
            return "'"
                    + Visible.escape(name)
                    + "' was answered already in this session; type back to change the last answer.";
        } else if (target != asked && facts.isKnown(target.path())) {
            return "'"
                    + Visible.escape(name)
                    + "' is already known from the facts ("
                    + target.path()
                    + "); each question is answered once.";
        } else if (!Question.isDontKnow(value) && target.parse(value) == null) {
            return "'"
                    + Visible.escape(value, 80)
                    + "' is not an answer to "
                    + target.name()
                    + " ("
                    + target.allowed()
                    + ")."
                    + didYouMean(value, target);
        }
        return null;
    }

    /**
     * " Did you mean yes?" when the input is a likely typo of one of the question's answers; else
     * nothing.
     */
    static String didYouMean(String input, Question q) {
        List<String> labels = q.choices().stream().map(Question.Choice::label).toList();
        return Suggestions.closest(input, labels).map(l -> " Did you mean " + l + "?").orElse("");
    }

    static Object answerOf(Question target, String value) {
        return Question.isDontKnow(value) ? null : target.parse(value).value();
    }
}
