package dev.wsladvisor.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest known name to a misspelt one, by edit distance. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate closest to {@code word} (case-insensitively), if it is close enough to be a
     * likely typo: at most a third of the word's length in edits, and at least one edit allowed.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int allowed = Math.max(2, word.toLowerCase(Locale.ROOT).length() / 3);
        // The distance is at least the difference in length: a name far longer than any candidate
        // (a megabyte of field name in hostile input) is no typo, and measuring it would take time
        // and memory in proportion.
        List<String> near = new ArrayList<>();
        for (String c : candidates) {
            if (Math.abs(c.length() - word.length()) <= allowed && c.length() <= MAX_WORD) {
                near.add(c);
            }
        }
        if (near.isEmpty() || word.length() > MAX_WORD) {
            return Optional.empty();
        }
        return nearest(word, near).filter(m -> m.distance() <= allowed).map(Match::candidate);
    }

    /**
     * Words longer than this are never typos of a known name (the longest known names are under 100
     * characters).
     */
    private static final int MAX_WORD = 200;

    /** A candidate and its edit distance from the word looked for. */
    public record Match(String candidate, int distance) {}

    /**
     * The first candidate at the smallest edit distance from {@code word}, case-insensitively;
     * empty when there are no candidates. Callers decide how far is still a likely typo.
     */
    public static Optional<Match> nearest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        Match best = null;
        for (String c : candidates) {
            if (best != null && Math.abs(c.length() - w.length()) >= best.distance()) {
                continue; // the distance is at least the difference in length: this one cannot be
                // nearer
            }
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (best == null || d < best.distance()) {
                best = new Match(c, d);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Damerau-Levenshtein (optimal string alignment) distance, so swapped letters count as one
     * edit. Three rows of the table, not all of it: memory in proportion to the shorter word.
     */
    public static int distance(String a, String b) {
        if (a.length() < b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int[] twoBack = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    row[j] = Math.min(row[j], twoBack[j - 2] + 1);
                }
            }
            int[] t = twoBack;
            twoBack = prev;
            prev = row;
            row = t;
        }
        return prev[b.length()];
    }
}
