package dev.wsladvisor.batch;

import static dev.wsladvisor.batch.Html.chartBox;
import static dev.wsladvisor.batch.Html.esc;
import static dev.wsladvisor.batch.Html.numCell;
import static dev.wsladvisor.batch.Html.number;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sections of the fleet report's page, each a table (every number readable without script)
 * beside the box its chart is drawn in: outcomes and breakdowns by build and edition here; groups
 * of blockers and warnings with their hosts, the facts to find out next and the input errors in
 * types of their own.
 */
final class ReportSections {

    private final FleetReport r;
    private final long hosts;
    private final StringBuilder s;
    private final HostList hostList;
    private final GroupSection groups;

    /**
     * @param source what the hosts' records are called in the commands the page suggests
     *     (advice.jsonl), or null when they went to standard output
     */
    ReportSections(FleetReport report, String source, long hosts, StringBuilder s) {
        this.r = report;
        this.hosts = hosts;
        this.s = s;
        this.hostList = new HostList(source, s);
        this.groups = new GroupSection(hosts, s, hostList);
    }

    /** Every section, in the page's order. */
    void appendAll() {
        outcomes();
        breakdown(
                "by-build",
                "Outcomes by Windows build",
                "Each build with its display version; oldest first.",
                "Build",
                r.byBuild(),
                FleetReport.BuildRow::label,
                FleetReport.BuildRow::hosts,
                FleetReport.BuildRow::outcomes);
        breakdown(
                "by-edition",
                "Outcomes by edition",
                "Editions as the hosts' facts name them; most hosts first.",
                "Edition",
                r.byEdition(),
                FleetReport.EditionRow::label,
                FleetReport.EditionRow::hosts,
                FleetReport.EditionRow::outcomes);
        groups.append(
                "blockers",
                "Blockers",
                "What stops the recommended version on these hosts, most hosts first, each with"
                        + " its fix and the hosts that need it.",
                r.blockers(),
                "Fix",
                "chart-blockers",
                "blockers");
        groups.append(
                "unmet-needs",
                "Unmet needs",
                "Needs the recommended version cannot meet on these hosts, with the"
                        + " workaround.",
                r.unmetNeeds(),
                "Workaround",
                null,
                "warnings");
        groups.append(
                "warnings",
                "Warnings",
                "What will not stop WSL but will bite, most hosts first.",
                r.warnings(),
                "Fix",
                null,
                "warnings");
        new FindOutSection(r, s, hostList).append();
        new InputErrorSection(r, s).append();
    }

    private void outcomes() {
        s.append(
                        "<section id=\"outcomes\">\n<h2>Outcomes</h2>\n<p class=\"lead\">Where each of the ")
                .append(number(hosts))
                .append(" hosts stands now.</p>\n<div class=\"tiles\">\n");
        for (Outcome o : Outcome.values()) {
            long n = r.outcomes().get(o.key());
            s.append("<div class=\"tile\" id=\"total-")
                    .append(o.key())
                    .append("\" style=\"background:")
                    .append(o.colour())
                    .append("\"><span class=\"n\">")
                    .append(number(n))
                    .append("</span><span class=\"what\">")
                    .append(o.label())
                    .append("</span><span class=\"pct\">")
                    .append(percent(n))
                    .append("</span></div>\n");
        }
        s.append("</div>\n<div class=\"pair\">\n");
        chartBox(s, "chart-outcomes");
        s.append(
                        "<table class=\"sortable\"><thead><tr><th>Outcome</th><th class=\"num\">Hosts</th><th class=\"num\">Share</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Outcome o : Outcome.values()) {
            long n = r.outcomes().get(o.key());
            s.append("<tr><td><span class=\"swatch\" style=\"background:")
                    .append(o.colour())
                    .append("\"></span>")
                    .append(o.label())
                    .append("</td>")
                    .append(numCell(n))
                    .append("<td class=\"num\">")
                    .append(percent(n))
                    .append("</td></tr>\n");
        }
        s.append("</tbody>\n<tfoot><tr class=\"total\"><td>All hosts</td>")
                .append(numCell(hosts))
                .append("<td class=\"num\">100%</td></tr></tfoot></table>\n</div>\n");
        s.append(
                "<p class=\"lead\">WSL1 counts its blocked hosts too. Readiness unknown: nothing is known about the"
                        + " host, or a fact about it that was not given would change its advice");
        if (!r.unknownWorkedOut()) {
            s.append(
                    " (this run did not work those out: run batch with --what-if to find them; it is slower)");
        }
        s.append(".</p>\n</section>\n");
    }

    private <T> void breakdown(
            String id,
            String title,
            String lead,
            String what,
            List<T> rows,
            Function<T, String> label,
            Function<T, Long> total,
            Function<T, Map<String, Long>> counts) {
        s.append("<section id=\"")
                .append(id)
                .append("\">\n<h2>")
                .append(title)
                .append("</h2>\n<p class=\"lead\">")
                .append(lead)
                .append("</p>\n");
        chartBox(s, "chart-" + id);
        s.append("<table class=\"sortable\"><thead><tr><th>")
                .append(what)
                .append("</th><th class=\"num\">Hosts</th>");
        for (Outcome o : Outcome.values()) {
            s.append("<th class=\"num\">").append(o.label()).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (T row : rows) {
            s.append("<tr><td>")
                    .append(esc(label.apply(row)))
                    .append("</td>")
                    .append(numCell(total.apply(row)));
            for (Outcome o : Outcome.values()) {
                s.append(numCell(counts.apply(row).get(o.key())));
            }
            s.append("</tr>\n");
        }
        s.append("</tbody></table>\n</section>\n");
    }

    private String percent(long n) {
        return Html.percent(n, hosts);
    }
}
