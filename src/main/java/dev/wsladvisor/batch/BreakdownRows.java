package dev.wsladvisor.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rows of the report's tables of outcomes by build and by edition, in the order the report
 * shows them.
 */
final class BreakdownRows {

    private BreakdownRows() {}

    /** Oldest build first, then the hosts whose build is not given, then any past the limit. */
    static List<FleetReport.BuildRow> byBuild(OutcomeTable<Integer> byBuild) {
        List<FleetReport.BuildRow> out = new ArrayList<>();
        byBuild.rows().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(
                        e -> {
                            Integer build = e.getKey();
                            String version = byBuild.label(build);
                            String label =
                                    build == null
                                            ? "not given"
                                            : version == null
                                                    ? String.valueOf(build)
                                                    : build + " (" + version + ")";
                            out.add(
                                    new FleetReport.BuildRow(
                                            build,
                                            version,
                                            label,
                                            OutcomeTable.total(e.getValue()),
                                            OutcomeTable.named(e.getValue())));
                        });
        if (byBuild.others() != null) {
            out.add(
                    new FleetReport.BuildRow(
                            null,
                            null,
                            "other builds",
                            OutcomeTable.total(byBuild.others()),
                            OutcomeTable.named(byBuild.others())));
        }
        return out;
    }

    /** Most hosts first; not given and others last. */
    static List<FleetReport.EditionRow> byEdition(OutcomeTable<String> byEdition) {
        List<FleetReport.EditionRow> out = new ArrayList<>();
        byEdition.rows().entrySet().stream()
                .sorted(
                        Comparator.comparing((Map.Entry<String, long[]> e) -> e.getKey() == null)
                                .thenComparing(e -> -OutcomeTable.total(e.getValue()))
                                .thenComparing(
                                        Map.Entry::getKey,
                                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(
                        e ->
                                out.add(
                                        new FleetReport.EditionRow(
                                                e.getKey(),
                                                e.getKey() == null ? "not given" : e.getKey(),
                                                OutcomeTable.total(e.getValue()),
                                                OutcomeTable.named(e.getValue()))));
        if (byEdition.others() != null) {
            out.add(
                    new FleetReport.EditionRow(
                            null,
                            "other editions",
                            OutcomeTable.total(byEdition.others()),
                            OutcomeTable.named(byEdition.others())));
        }
        return out;
    }
}
