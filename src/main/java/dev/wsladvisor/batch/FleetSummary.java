package dev.wsladvisor.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a run's summary and fleet report say, counted as the hosts stream past, in memory
 * bounded by the number of rules, builds and editions, not of hosts: outcomes, by build and by
 * edition; blockers, unmet needs, warnings and unknown facts by id with at most {@code
 * hostIdsPerGroup} host names each; the first {@link #MAX_ERROR_LINES} lines with errors.
 */
final class FleetSummary {

    static final int MAX_ERROR_LINES = 1000;
    static final int TOP = 10;

    private final int hostIdsPerGroup;
    private long lines;
    private long advised;
    private long errors;
    private long skipped;
    private final long[] outcomes = new long[Outcome.values().length];
    private final Map<String, long[]> verdicts = new TreeMap<>();
    private final OutcomeTable<Integer> byBuild = new OutcomeTable<>();
    private final OutcomeTable<String> byEdition = new OutcomeTable<>();
    private final GroupCounter blockers;
    private final GroupCounter unmetNeeds;
    private final GroupCounter warnings;
    private final GroupCounter unknownFacts;
    private boolean unknownWorkedOut;
    private final List<FleetReport.InputError> inputErrors = new ArrayList<>();
    private long factWarningLines;
    private final List<String> firstFactWarnings = new ArrayList<>();

    FleetSummary(int hostIdsPerGroup) {
        this.hostIdsPerGroup = hostIdsPerGroup;
        blockers = new GroupCounter(hostIdsPerGroup);
        unmetNeeds = new GroupCounter(hostIdsPerGroup);
        warnings = new GroupCounter(hostIdsPerGroup);
        unknownFacts = new GroupCounter(hostIdsPerGroup);
    }

    void add(HostResult r) {
        lines++;
        if (r.skipped()) {
            skipped++;
            return;
        }
        Outcome outcome = Outcome.of(r);
        outcomes[outcome.ordinal()]++;
        HostTraits traits = r.traits();
        byBuild.add(traits.build(), traits.displayVersion(), outcome);
        byEdition.add(traits.edition(), null, outcome);
        if (r.isError()) {
            errors++;
            if (inputErrors.size() < MAX_ERROR_LINES) {
                inputErrors.add(new FleetReport.InputError(r.line(), r.id(), r.error()));
            }
            return;
        }
        advised++;
        verdicts.computeIfAbsent(r.recommendation(), k -> new long[2])[r.blocked() ? 1 : 0]++;
        String host = r.name();
        List<HostFinding> bs = r.blockers();
        for (int i = 0; i < bs.size(); i++) {
            HostFinding b = bs.get(i);
            if (firstOfItsId(bs, i)) {
                blockers.add(
                        b.id(), host, new GroupCounter.Wording(b.message(), b.fix()), b.source());
            }
        }
        List<HostFinding> ws = r.warnings();
        for (int i = 0; i < ws.size(); i++) {
            HostFinding w = ws.get(i);
            if (firstOfItsId(ws, i)) {
                (w.isUnmetNeed() ? unmetNeeds : warnings)
                        .add(
                                w.id(),
                                host,
                                new GroupCounter.Wording(w.message(), w.fix()),
                                w.source());
            }
        }
        if (r.unknown() != null) {
            unknownWorkedOut = true;
            for (String path : r.unknown()) {
                unknownFacts.add(path, host, null, null);
            }
        }
        if (!r.factWarnings().isEmpty()) {
            // Unknown fields are ignored, so a misspelt answer would go unnoticed in a fleet: count
            // and show them.
            factWarningLines++;
            for (String w : r.factWarnings()) {
                if (firstFactWarnings.size() < 5) {
                    firstFactWarnings.add(w);
                }
            }
        }
    }

    /**
     * A rule may warn twice about one host (two VirtualBox installs): the host counts once for the
     * id.
     */
    private static boolean firstOfItsId(List<HostFinding> findings, int index) {
        String id = findings.get(index).id();
        for (int i = 0; i < index; i++) {
            if (findings.get(i).id().equals(id)) {
                return false;
            }
        }
        return true;
    }

    long lines() {
        return lines;
    }

    long errors() {
        return errors;
    }

    /** The summary as the JSON of {@code --summary FILE} and the data of the HTML report. */
    FleetReport report(double seconds) {
        Map<String, Map<String, Long>> v = new LinkedHashMap<>();
        verdicts.forEach(
                (rec, counts) -> {
                    Map<String, Long> m = new LinkedHashMap<>();
                    m.put("ready", counts[0]);
                    m.put("blocked", counts[1]);
                    v.put(rec, m);
                });
        List<Long> errorLines = inputErrors.stream().map(FleetReport.InputError::line).toList();
        return new FleetReport(
                lines,
                advised,
                errors,
                skipped,
                OutcomeTable.named(outcomes),
                v,
                BreakdownRows.byBuild(byBuild),
                BreakdownRows.byEdition(byEdition),
                blockers.report(),
                unmetNeeds.report(),
                warnings.report(),
                unknownWorkedOut,
                unknownFacts(),
                List.copyOf(inputErrors),
                errors - inputErrors.size(),
                hostIdsPerGroup,
                top(blockers.ranked()),
                top(merged(unmetNeeds.ranked(), warnings.ranked())),
                errorLines,
                errors > errorLines.size(),
                factWarningLines,
                List.copyOf(firstFactWarnings),
                Math.round(seconds * 1000) / 1000.0,
                seconds > 0 ? Math.round(lines / seconds) : 0);
    }

    private List<FleetReport.UnknownFact> unknownFacts() {
        return unknownFacts.ranked().stream()
                .map(
                        g ->
                                new FleetReport.UnknownFact(
                                        g.id,
                                        FindOut.about(g.id),
                                        FindOut.how(g.id),
                                        g.hosts,
                                        List.copyOf(g.hostIds),
                                        g.hosts - g.hostIds.size()))
                .toList();
    }

    private static List<GroupCounter.Group> merged(
            List<GroupCounter.Group> a, List<GroupCounter.Group> b) {
        List<GroupCounter.Group> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(
                Comparator.comparingLong((GroupCounter.Group g) -> g.hosts)
                        .reversed()
                        .thenComparing(g -> g.id));
        return all;
    }

    private static List<FleetReport.Count> top(List<GroupCounter.Group> ranked) {
        return ranked.stream().limit(TOP).map(g -> new FleetReport.Count(g.id, g.hosts)).toList();
    }

    /** The summary for a person, on standard error. */
    String text(double seconds) {
        return SummaryText.of(report(seconds), seconds);
    }
}
