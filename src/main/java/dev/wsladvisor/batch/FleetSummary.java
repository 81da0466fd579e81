package dev.wsladvisor.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a whole run, in memory bounded by the number of rules, not of hosts: verdicts and blocked
 * state, blockers and warnings by id, and the first {@link #MAX_ERROR_LINES} lines with errors.
 */
final class FleetSummary {

    static final int MAX_ERROR_LINES = 1000;
    static final int TOP = 10;

    private long lines;
    private long advised;
    private long errors;
    private long skipped;
    private final Map<String, long[]> verdicts = new TreeMap<>();
    private final Map<String, Long> blockers = new HashMap<>();
    private final Map<String, Long> warnings = new HashMap<>();
    private final List<Long> errorLines = new ArrayList<>();
    private final List<String> firstErrors = new ArrayList<>();
    private long factWarningLines;
    private final List<String> firstFactWarnings = new ArrayList<>();

    void add(HostResult r) {
        lines++;
        if (r.skipped()) {
            skipped++;
        } else if (r.isError()) {
            errors++;
            if (errorLines.size() < MAX_ERROR_LINES) {
                errorLines.add(r.line());
            }
            if (firstErrors.size() < 5) {
                firstErrors.add(r.error());
            }
        } else {
            advised++;
            verdicts.computeIfAbsent(r.recommendation(), k -> new long[2])[r.blocked() ? 1 : 0]++;
            r.blockerIds().forEach(id -> blockers.merge(id, 1L, Long::sum));
            r.warningIds().forEach(id -> warnings.merge(id, 1L, Long::sum));
            if (!r.factWarnings().isEmpty()) {
                // Unknown fields are ignored, so a misspelt answer would go unnoticed in a fleet: count and show them.
                factWarningLines++;
                for (String w : r.factWarnings()) {
                    if (firstFactWarnings.size() < 5) {
                        firstFactWarnings.add(w);
                    }
                }
            }
        }
    }

    long lines() {
        return lines;
    }

    long errors() {
        return errors;
    }

    /** The summary as the JSON of {@code --summary FILE}. */
    @JsonPropertyOrder({"lines", "advised", "errors", "skipped", "verdicts", "topBlockers", "topWarnings", "errorLines",
            "errorLinesTruncated", "factWarningLines", "firstFactWarnings", "seconds", "hostsPerSecond"})
    record Report(long lines, long advised, long errors, long skipped, Map<String, Map<String, Long>> verdicts,
                  List<Count> topBlockers, List<Count> topWarnings, List<Long> errorLines, boolean errorLinesTruncated,
                  long factWarningLines, List<String> firstFactWarnings, double seconds, long hostsPerSecond) {
    }

    /** An id and on how many hosts it appeared. */
    @JsonPropertyOrder({"id", "hosts"})
    record Count(String id, long hosts) {
    }

    Report report(double seconds) {
        Map<String, Map<String, Long>> v = new LinkedHashMap<>();
        verdicts.forEach((rec, counts) -> {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("ready", counts[0]);
            m.put("blocked", counts[1]);
            v.put(rec, m);
        });
        return new Report(lines, advised, errors, skipped, v, top(blockers), top(warnings), List.copyOf(errorLines),
                errors > errorLines.size(), factWarningLines, List.copyOf(firstFactWarnings), Math.round(seconds * 1000) / 1000.0,
                seconds > 0 ? Math.round(lines / seconds) : 0);
    }

    private static List<Count> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    /** The summary for a person, on standard error. */
    String text(double seconds) {
        Report r = report(seconds);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d lines in %.2f s (%d hosts/s): %d advised, %d with errors, %d blank%n",
                r.lines(), seconds, r.hostsPerSecond(), r.advised(), r.errors(), r.skipped()));
        r.verdicts().forEach((rec, m) -> s.append(String.format(Locale.ROOT, "  %s: %d ready, %d blocked%n",
                rec, m.get("ready"), m.get("blocked"))));
        appendTop(s, "most frequent blockers", r.topBlockers());
        appendTop(s, "most frequent warnings", r.topWarnings());
        if (r.errors() > 0) {
            s.append("  lines with errors: ");
            List<Long> shown = r.errorLines().subList(0, Math.min(20, r.errorLines().size()));
            s.append(String.join(", ", shown.stream().map(String::valueOf).toList()));
            s.append(r.errors() > shown.size() ? ", ... (" + r.errors() + " in all)" : "").append('\n');
            firstErrors.forEach(e -> s.append("    ").append(e).append('\n'));
        }
        if (r.factWarningLines() > 0) {
            s.append("  lines with warnings about their facts: ").append(r.factWarningLines())
                    .append(" (unknown fields are ignored; --strict makes them errors)\n");
            r.firstFactWarnings().forEach(w -> s.append("    ").append(w).append('\n'));
        }
        return s.toString();
    }

    private static void appendTop(StringBuilder s, String title, List<Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        s.append("  ").append(title).append(":\n");
        int width = counts.stream().map(Count::id).max(Comparator.comparingInt(String::length)).orElse("").length();
        for (Count c : counts) {
            s.append(String.format(Locale.ROOT, "    %-" + width + "s %d%n", c.id(), c.hosts()));
        }
    }
}
