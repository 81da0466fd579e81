package dev.wsladvisor.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest known name to a misspelt one, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code word} (case-insensitively), if it is close enough to be a likely typo:
     * at most a third of the word's length in edits, and at least one edit allowed.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int allowed = Math.max(2, word.toLowerCase(Locale.ROOT).length() / 3);
        return nearest(word, candidates).filter(m -> m.distance() <= allowed).map(Match::candidate);
    }

    /** A candidate and its edit distance from the word looked for. */
    public record Match(String candidate, int distance) {
    }

    /**
     * The first candidate at the smallest edit distance from {@code word}, case-insensitively; empty when there
     * are no candidates. Callers decide how far is still a likely typo.
     */
    public static Optional<Match> nearest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        Match best = null;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (best == null || d < best.distance()) {
                best = new Match(c, d);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, so swapped letters count as one edit. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
