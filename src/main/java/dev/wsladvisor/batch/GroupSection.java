package dev.wsladvisor.batch;

import static dev.wsladvisor.batch.Html.anchor;
import static dev.wsladvisor.batch.Html.chartBox;
import static dev.wsladvisor.batch.Html.esc;
import static dev.wsladvisor.batch.Html.link;
import static dev.wsladvisor.batch.Html.numCell;
import static dev.wsladvisor.batch.Html.number;

import java.util.List;

/**
 * One section of the fleet report that groups findings by id (blockers, unmet needs, warnings): an
 * optional table beside its chart, then each group with its message, fix, source, other wordings
 * and hosts.
 */
final class GroupSection {

    private final long hosts;
    private final StringBuilder s;
    private final HostList hostList;

    GroupSection(long hosts, StringBuilder s, HostList hostList) {
        this.hosts = hosts;
        this.s = s;
        this.hostList = hostList;
    }

    /**
     * @param chartId the box of the section's chart and table, or null for a section without them
     * @param field the records' field the groups come from, for the jq command that lists their
     *     hosts
     */
    void append(
            String id,
            String title,
            String lead,
            List<FleetReport.Group> groups,
            String fixWord,
            String chartId,
            String field) {
        s.append("<section id=\"")
                .append(id)
                .append("\" class=\"")
                .append(id)
                .append("\">\n<h2>")
                .append(title)
                .append("</h2>\n<p class=\"lead\">")
                .append(lead)
                .append("</p>\n");
        if (groups.isEmpty()) {
            s.append("<p class=\"none\">None on any host.</p>\n</section>\n");
            return;
        }
        if (chartId != null) {
            s.append("<div class=\"pair\">\n");
            chartBox(s, chartId);
            s.append(
                            "<table class=\"sortable\"><thead><tr><th>Blocker</th><th class=\"num\">Hosts</th><th class=\"num\">Share</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (FleetReport.Group g : groups) {
                s.append("<tr><td><a href=\"#")
                        .append(anchor(id, g.id()))
                        .append("\">")
                        .append(esc(g.id()))
                        .append("</a></td>")
                        .append(numCell(g.hosts()))
                        .append("<td class=\"num\">")
                        .append(percent(g.hosts()))
                        .append("</td></tr>\n");
            }
            s.append("</tbody></table>\n</div>\n");
        }
        for (FleetReport.Group g : groups) {
            group(id, g, fixWord, field);
        }
        s.append("</section>\n");
    }

    private void group(String id, FleetReport.Group g, String fixWord, String field) {
        s.append("<article class=\"group filterable\" id=\"")
                .append(anchor(id, g.id()))
                .append("\">\n<h3><code>")
                .append(esc(g.id()))
                .append("</code><span class=\"count\">")
                .append(number(g.hosts()))
                .append(g.hosts() == 1 ? " host" : " hosts")
                .append(" <small>(")
                .append(percent(g.hosts()))
                .append(")</small></span></h3>\n");
        if (g.message() != null) {
            s.append("<p class=\"message\">").append(esc(g.message())).append("</p>\n");
        }
        if (g.fix() != null) {
            s.append("<p class=\"fix\"><strong>")
                    .append(fixWord)
                    .append(":</strong> ")
                    .append(esc(g.fix()))
                    .append("</p>\n");
        }
        if (g.source() != null) {
            s.append("<p class=\"source\">Source: ").append(link(g.source())).append("</p>\n");
        }
        if (!g.otherMessages().isEmpty()) {
            s.append("<ul class=\"wordings\">");
            for (FleetReport.Variant v : g.otherMessages()) {
                s.append("<li>On ")
                        .append(number(v.hosts()))
                        .append(v.hosts() == 1 ? " host" : " hosts")
                        .append(": ")
                        .append(esc(v.message()));
                if (v.fix() != null && !v.fix().equals(g.fix())) {
                    s.append(" <em>").append(fixWord).append(":</em> ").append(esc(v.fix()));
                }
                s.append("</li>");
            }
            s.append("</ul>\n");
        }
        hostList.append(
                g.hostIds(),
                g.moreHosts(),
                "select(any(." + field + "[]?; .id == \"" + g.id() + "\"))",
                g.id());
        s.append("</article>\n");
    }

    private String percent(long n) {
        return Html.percent(n, hosts);
    }
}
