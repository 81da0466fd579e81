package dev.wsladvisor.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One question of the questionnaire: the fact it fills (an {@code answers.*} path of the contract),
 * the question text and help as {@link dev.wsladvisor.facts.FactsSchema} gives them, and the
 * answers it takes.
 */
public record Question(String path, String text, String help, List<Choice> choices) {

    /** Words that leave the fact unknown, besides an empty line. */
    static final List<String> DONT_KNOW =
            List.of("don't know", "dont know", "don’t know", "dk", "skip", "unknown", "-");

    /**
     * One allowed answer: what the person types (the label or an alias) and the JSON value it
     * stores.
     */
    public record Choice(String label, Object value, List<String> aliases) {
        boolean matches(String input) {
            return label.equalsIgnoreCase(input)
                    || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(input));
        }
    }

    public Question {
        choices = List.copyOf(choices);
    }

    /** The field name without {@code answers.}: {@code docker}. */
    public String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The values worth trying when asking whether an answer could change the advice. */
    public List<Object> values() {
        List<Object> out = new ArrayList<>();
        choices.forEach(c -> out.add(c.value()));
        return out;
    }

    /** "yes / no" or "1 linux / 2 windows / 3 both". */
    public String allowed() {
        List<String> parts = new ArrayList<>();
        boolean numbered = choices.size() > 2;
        for (int i = 0; i < choices.size(); i++) {
            parts.add(numbered ? (i + 1) + " " + choices.get(i).label() : choices.get(i).label());
        }
        return String.join(" / ", parts);
    }

    /** The label shown for a stored value ("yes" for true). */
    public String label(Object value) {
        for (Choice c : choices) {
            if (c.value().equals(value)) {
                return c.label();
            }
        }
        return String.valueOf(value);
    }

    /** The choice typed, or null when the input is not one of the allowed answers. */
    public Choice parse(String input) {
        String s = input.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (c.matches(s) || (choices.size() > 2 && s.equals(String.valueOf(i + 1)))) {
                return c;
            }
        }
        return null;
    }

    static boolean isDontKnow(String input) {
        String s = input.trim().toLowerCase(Locale.ROOT);
        return s.isEmpty() || DONT_KNOW.contains(s);
    }
}
