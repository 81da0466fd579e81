package dev.wsladvisor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dotted version such as {@code 6.0.24}, {@code 7.0.14r161095}, {@code 15} or {@code 6.1.x}. A
 * partial version is compared only as far as it goes: "6" is neither older nor newer than "6.1",
 * and the rules say so instead of guessing.
 */
public final class Version {

    private final String text;
    private final List<Integer> parts;

    private Version(String text, List<Integer> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Parses the leading numeric parts; empty when the text starts with no number at all. */
    public static Optional<Version> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        List<Integer> parts = new ArrayList<>();
        for (String piece : trimmed.split("\\.")) {
            int end = 0;
            while (end < piece.length() && Character.isDigit(piece.charAt(end)) && end < 9) {
                end++;
            }
            if (end == 0) {
                break;
            }
            parts.add(Integer.parseInt(piece.substring(0, end)));
            if (end < piece.length()) {
                break;
            }
        }
        return parts.isEmpty()
                ? Optional.empty()
                : Optional.of(new Version(trimmed, List.copyOf(parts)));
    }

    /**
     * -1 if definitely older than {@code threshold}, 1 if definitely newer, 0 if equal, null when
     * the version is too partial to tell.
     */
    public Integer compareTo(String threshold) {
        List<Integer> other =
                parse(threshold)
                        .orElseThrow(
                                () -> new IllegalArgumentException("bad threshold " + threshold))
                        .parts;
        for (int i = 0; i < other.size(); i++) {
            if (i >= parts.size()) {
                // "6.1" against "6.1.0": every 6.1.x is at least 6.1.0; against "6.1.5" we cannot
                // tell.
                boolean restZero = other.subList(i, other.size()).stream().allMatch(p -> p == 0);
                return restZero ? 0 : null;
            }
            int c = Integer.compare(parts.get(i), other.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    public boolean olderThan(String threshold) {
        Integer c = compareTo(threshold);
        return c != null && c < 0;
    }

    public boolean atLeast(String threshold) {
        Integer c = compareTo(threshold);
        return c != null && c >= 0;
    }

    public boolean undecidedAgainst(String threshold) {
        return compareTo(threshold) == null;
    }

    @Override
    public String toString() {
        return text;
    }
}
