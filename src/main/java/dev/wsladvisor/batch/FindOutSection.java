package dev.wsladvisor.batch;

import static dev.wsladvisor.batch.Html.chartBox;
import static dev.wsladvisor.batch.Html.esc;
import static dev.wsladvisor.batch.Html.numCell;

/**
 * The fleet report's section on the facts to find out next: the unknown facts that would change the
 * advice of the most hosts, each with how to find it out and its hosts, or why the run cannot say.
 */
final class FindOutSection {

    private final FleetReport r;
    private final StringBuilder s;
    private final HostList hostList;

    FindOutSection(FleetReport report, StringBuilder s, HostList hostList) {
        this.r = report;
        this.s = s;
        this.hostList = hostList;
    }

    void append() {
        s.append(
                "<section id=\"find-out\">\n<h2>What to find out next</h2>\n<p class=\"lead\">Facts that were not given and"
                        + " would change the advice of the most hosts, and how to find each out.</p>\n");
        if (!r.unknownWorkedOut()) {
            s.append(
                            "<p class=\"note\">This run did not work out which unknown facts matter. Run <code>wsl-advisor batch --what-if")
                    .append(
                            " --report FILE.html</code> for this section; each host then takes about a hundred more evaluations.</p>\n")
                    .append("</section>\n");
            return;
        }
        if (r.findOutNext().isEmpty()) {
            s.append(
                    "<p class=\"none\">No unknown fact would change any host's advice.</p>\n</section>\n");
            return;
        }
        chartBox(s, "chart-unknown");
        s.append(
                        "<table class=\"sortable\"><thead><tr><th>Fact</th><th class=\"num\">Hosts</th><th>What it is</th>")
                .append("<th>How to find it out</th></tr></thead>\n<tbody>\n");
        for (FleetReport.UnknownFact f : r.findOutNext()) {
            s.append("<tr class=\"filterable\"><td><code>")
                    .append(esc(f.fact()))
                    .append("</code></td>")
                    .append(numCell(f.hosts()))
                    .append("<td>")
                    .append(esc(f.about() == null ? "" : f.about()))
                    .append("</td><td>")
                    .append(esc(f.howToFindOut()));
            hostList.append(
                    f.hostIds(),
                    f.moreHosts(),
                    "select(any(.unknown[]?; . == \"" + f.fact() + "\"))",
                    f.fact());
            s.append("</td></tr>\n");
        }
        s.append("</tbody></table>\n</section>\n");
    }
}
