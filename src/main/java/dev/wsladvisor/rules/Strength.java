package dev.wsladvisor.rules;

import java.util.Locale;

/**
 * How much a reason counts, as a rule declares it with {@code @strength}. The verdict policy
 * ({@code advice.VerdictPolicy}) combines them in one place; a rule never outweighs another by a
 * number.
 */
public enum Strength {
    /**
     * Only this version can do what the person asked for (Docker needs WSL2; a physical COM port
     * needs WSL1).
     */
    NEED(100),
    /**
     * One of Microsoft's listed exceptions to WSL2 as the default (files that must stay on the
     * Windows drives with heavy I/O, strict memory limits): it decides when no need does.
     */
    EXCEPTION(60),
    /**
     * A friction or a liking with a documented workaround: explained and weighed in the confidence,
     * never decisive.
     */
    PREFERENCE(20),
    /** Explains only (Home runs WSL2). */
    NOTE(0);

    private final int weight;

    Strength(int weight) {
        this.weight = weight;
    }

    /** The number shown as the reason's {@code weight} in the advice document. */
    public int weight() {
        return weight;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A rule written before strengths existed gives {@code @weight(n)}: 100 or more was a hard
     * need, 0 only explained, anything else a preference.
     */
    public static Strength ofWeight(int weight) {
        return weight >= NEED.weight ? NEED : weight <= 0 ? NOTE : PREFERENCE;
    }

    /** {@code null} when the text names no strength. */
    public static Strength parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Strength s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        return null;
    }
}
