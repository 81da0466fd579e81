package dev.wsladvisor.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A run's summary for a person, on standard error: the counts, the outcomes, the verdicts, the most
 * frequent blockers and warnings, the first lines with errors and with warnings about their facts.
 */
final class SummaryText {

    private SummaryText() {}

    static String of(FleetReport r, double seconds) {
        StringBuilder s = new StringBuilder();
        s.append(
                String.format(
                        Locale.ROOT,
                        "%d lines in %.2f s (%d hosts/s): %d advised, %d with errors, %d blank%n",
                        r.lines(),
                        seconds,
                        r.hostsPerSecond(),
                        r.advised(),
                        r.errors(),
                        r.skipped()));
        List<String> outcomeCounts = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            outcomeCounts.add(o.label() + " " + r.outcomes().get(o.key()));
        }
        s.append("  ").append(String.join(", ", outcomeCounts)).append('\n');
        r.verdicts()
                .forEach(
                        (rec, m) ->
                                s.append(
                                        String.format(
                                                Locale.ROOT,
                                                "  %s: %d ready, %d blocked%n",
                                                rec,
                                                m.get("ready"),
                                                m.get("blocked"))));
        appendTop(s, "most frequent blockers", r.topBlockers());
        appendTop(s, "most frequent warnings", r.topWarnings());
        if (r.errors() > 0) {
            s.append("  lines with errors: ");
            List<Long> shown = r.errorLines().subList(0, Math.min(20, r.errorLines().size()));
            s.append(String.join(", ", shown.stream().map(String::valueOf).toList()));
            s.append(r.errors() > shown.size() ? ", ... (" + r.errors() + " in all)" : "")
                    .append('\n');
            r.inputErrors().stream()
                    .limit(5)
                    .forEach(e -> s.append("    ").append(e.message()).append('\n'));
        }
        if (r.factWarningLines() > 0) {
            s.append("  lines with warnings about their facts: ")
                    .append(r.factWarningLines())
                    .append(" (unknown fields are ignored; --strict makes them errors)\n");
            r.firstFactWarnings().forEach(w -> s.append("    ").append(w).append('\n'));
        }
        return s.toString();
    }

    private static void appendTop(StringBuilder s, String title, List<FleetReport.Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        s.append("  ").append(title).append(":\n");
        int width =
                counts.stream()
                        .map(FleetReport.Count::id)
                        .max(Comparator.comparingInt(String::length))
                        .orElse("")
                        .length();
        for (FleetReport.Count c : counts) {
            s.append(String.format(Locale.ROOT, "    %-" + width + "s %d%n", c.id(), c.hosts()));
        }
    }
}
