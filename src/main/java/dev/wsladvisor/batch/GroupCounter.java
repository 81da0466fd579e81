package dev.wsladvisor.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Blockers, warnings or unknown facts counted by id as the hosts stream past, in memory that does
 * not grow with the fleet: per id the host count, the first {@code maxHostIds} host names, and up
 * to {@link #MAX_VARIANTS} wordings (a rule may fill in a product or a build; hosts worded
 * otherwise count only in the total). At most {@link #MAX_GROUPS} ids are kept; hosts of further
 * ids (only a corrupt or hand-made advice file has that many) are counted apart.
 */
final class GroupCounter {

    static final int MAX_GROUPS = 1000;
    static final int MAX_VARIANTS = 5;

    private final int maxHostIds;
    private final Map<String, Group> groups = new HashMap<>();
    private long uncounted;

    GroupCounter(int maxHostIds) {
        this.maxHostIds = maxHostIds;
    }

    /** One wording of an id: its message and fix. */
    record Wording(String message, String fix) {}

    static final class Group {
        final String id;
        long hosts;
        String source;
        final List<String> hostIds = new ArrayList<>();
        final Map<Wording, long[]> wordings = new LinkedHashMap<>();

        Group(String id) {
            this.id = id;
        }

        /** The wordings, most hosts first (the first seen first on a tie). */
        List<Map.Entry<Wording, long[]>> wordingsByHosts() {
            List<Map.Entry<Wording, long[]>> out = new ArrayList<>(wordings.entrySet());
            out.sort(
                    Comparator.comparingLong((Map.Entry<Wording, long[]> e) -> e.getValue()[0])
                            .reversed());
            return out;
        }
    }

    void add(String id, String host, Wording wording, String source) {
        Group g = groups.get(id);
        if (g == null) {
            if (groups.size() >= MAX_GROUPS) {
                uncounted++;
                return;
            }
            g = new Group(id);
            groups.put(id, g);
        }
        g.hosts++;
        if (g.source == null) {
            g.source = source;
        }
        if (g.hostIds.size() < maxHostIds) {
            g.hostIds.add(host);
        }
        if (wording != null) {
            long[] n = g.wordings.get(wording);
            if (n != null) {
                n[0]++;
            } else if (g.wordings.size() < MAX_VARIANTS) {
                g.wordings.put(wording, new long[] {1});
            }
        }
    }

    /** Most hosts first, then by id, so equal runs give equal reports. */
    List<Group> ranked() {
        List<Group> out = new ArrayList<>(groups.values());
        out.sort(
                Comparator.comparingLong((Group g) -> g.hosts).reversed().thenComparing(g -> g.id));
        return out;
    }

    long uncounted() {
        return uncounted;
    }

    List<FleetReport.Group> report() {
        List<FleetReport.Group> out = new ArrayList<>();
        for (Group g : ranked()) {
            List<Map.Entry<Wording, long[]>> wordings = g.wordingsByHosts();
            Wording main = wordings.isEmpty() ? new Wording(null, null) : wordings.get(0).getKey();
            List<FleetReport.Variant> others = new ArrayList<>();
            for (Map.Entry<Wording, long[]> e :
                    wordings.subList(Math.min(1, wordings.size()), wordings.size())) {
                others.add(
                        new FleetReport.Variant(
                                e.getKey().message(), e.getKey().fix(), e.getValue()[0]));
            }
            out.add(
                    new FleetReport.Group(
                            g.id,
                            main.message(),
                            main.fix(),
                            g.source,
                            g.hosts,
                            List.copyOf(g.hostIds),
                            g.hosts - g.hostIds.size(),
                            others));
        }
        return out;
    }
}
