package dev.wsladvisor.wslconfig.keys;

import dev.wsladvisor.text.Suggestions;
import java.util.List;
import java.util.Optional;

/**
 * Suggests the known name a typo was meant to be, by edit distance (transpositions count as one
 * edit).
 */
public final class DidYouMean {

    private DidYouMean() {}

    /** At most a third of the typed length in edits (1 to 3), and never the typed name itself. */
    public static Optional<String> closest(String typed, List<String> candidates) {
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return Suggestions.nearest(typed, candidates)
                .filter(m -> m.distance() > 0 && m.distance() <= allowed)
                .map(Suggestions.Match::candidate);
    }
}
