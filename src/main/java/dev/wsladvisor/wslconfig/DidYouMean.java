package dev.wsladvisor.wslconfig;

import dev.wsladvisor.text.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known name a typo was meant to be, by edit distance (transpositions count as one edit). */
public final class DidYouMean {

    private DidYouMean() {
    }

    public static Optional<String> closest(String typed, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(typed.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return best != null && bestDistance > 0 && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        return Suggestions.distance(a, b);
    }
}
