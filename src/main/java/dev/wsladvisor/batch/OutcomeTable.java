package dev.wsladvisor.batch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hosts by outcome for each value of one trait (a build, an edition; null when not given). At most
 * {@link #MAX_KEYS} values are kept apart; hosts with further values are counted together in {@link
 * #others()}, so memory does not grow with a fleet whose documents name editions freely.
 */
final class OutcomeTable<K> {

    static final int MAX_KEYS = 200;

    private final Map<K, long[]> rows = new HashMap<>();
    private final Map<K, String> labels = new HashMap<>();
    private long[] others;

    /**
     * {@code label}: kept from the first host of the key that has one (the display version of a
     * build).
     */
    void add(K key, String label, Outcome outcome) {
        long[] row = rows.get(key);
        if (row == null) {
            if (rows.size() >= MAX_KEYS) {
                if (others == null) {
                    others = new long[Outcome.values().length];
                }
                others[outcome.ordinal()]++;
                return;
            }
            row = new long[Outcome.values().length];
            rows.put(key, row);
        }
        row[outcome.ordinal()]++;
        if (label != null) {
            labels.putIfAbsent(key, label);
        }
    }

    Map<K, long[]> rows() {
        return rows;
    }

    /** The hosts past the first MAX_KEYS values, or null. */
    long[] others() {
        return others;
    }

    String label(K key) {
        return labels.get(key);
    }

    static long total(long[] row) {
        long n = 0;
        for (long v : row) {
            n += v;
        }
        return n;
    }

    /** {"wsl2Ready": n, ...} in the order of {@link Outcome}, every outcome named. */
    static Map<String, Long> named(long[] row) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            out.put(o.key(), row[o.ordinal()]);
        }
        return out;
    }
}
