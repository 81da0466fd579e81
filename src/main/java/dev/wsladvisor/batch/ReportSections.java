package dev.wsladvisor.batch;

import static dev.wsladvisor.batch.Html.anchor;
import static dev.wsladvisor.batch.Html.chartBox;
import static dev.wsladvisor.batch.Html.esc;
import static dev.wsladvisor.batch.Html.link;
import static dev.wsladvisor.batch.Html.numCell;
import static dev.wsladvisor.batch.Html.number;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sections of the fleet report's page, each a table (every number readable without script) beside the box
 * its chart is drawn in: outcomes, breakdowns by build and edition, groups of blockers and warnings with their
 * hosts, the facts to find out next, the input errors.
 */
final class ReportSections {

    private final FleetReport r;
    private final String source;
    private final long hosts;
    private final StringBuilder s;

    /**
     * @param source what the hosts' records are called in the commands the page suggests (advice.jsonl), or null
     *               when they went to standard output
     */
    ReportSections(FleetReport report, String source, long hosts, StringBuilder s) {
        this.r = report;
        this.source = source;
        this.hosts = hosts;
        this.s = s;
    }

    /** Every section, in the page's order. */
    void appendAll() {
        outcomes();
        breakdown("by-build", "Outcomes by Windows build", "Each build with its display version; oldest first.",
                "Build", r.byBuild(), FleetReport.BuildRow::label, FleetReport.BuildRow::hosts, FleetReport.BuildRow::outcomes);
        breakdown("by-edition", "Outcomes by edition", "Editions as the hosts' facts name them; most hosts first.",
                "Edition", r.byEdition(), FleetReport.EditionRow::label, FleetReport.EditionRow::hosts, FleetReport.EditionRow::outcomes);
        groups("blockers", "Blockers", "What stops the recommended version on these hosts, most hosts first, each with"
                + " its fix and the hosts that need it.", r.blockers(), "Fix", "chart-blockers", "blockers");
        groups("unmet-needs", "Unmet needs", "Needs the recommended version cannot meet on these hosts, with the"
                + " workaround.", r.unmetNeeds(), "Workaround", null, "warnings");
        groups("warnings", "Warnings", "What will not stop WSL but will bite, most hosts first.", r.warnings(), "Fix",
                null, "warnings");
        findOutNext();
        inputErrors();
    }

    private void outcomes() {
        s.append("<section id=\"outcomes\">\n<h2>Outcomes</h2>\n<p class=\"lead\">Where each of the ").append(number(hosts))
                .append(" hosts stands now.</p>\n<div class=\"tiles\">\n");
        for (Outcome o : Outcome.values()) {
            long n = r.outcomes().get(o.key());
            s.append("<div class=\"tile\" id=\"total-").append(o.key()).append("\" style=\"background:").append(o.colour())
                    .append("\"><span class=\"n\">").append(number(n)).append("</span><span class=\"what\">").append(o.label())
                    .append("</span><span class=\"pct\">").append(percent(n)).append("</span></div>\n");
        }
        s.append("</div>\n<div class=\"pair\">\n");
        chartBox(s, "chart-outcomes");
        s.append("<table class=\"sortable\"><thead><tr><th>Outcome</th><th class=\"num\">Hosts</th><th class=\"num\">Share</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Outcome o : Outcome.values()) {
            long n = r.outcomes().get(o.key());
            s.append("<tr><td><span class=\"swatch\" style=\"background:").append(o.colour()).append("\"></span>")
                    .append(o.label()).append("</td>").append(numCell(n)).append("<td class=\"num\">").append(percent(n))
                    .append("</td></tr>\n");
        }
        s.append("</tbody>\n<tfoot><tr class=\"total\"><td>All hosts</td>").append(numCell(hosts))
                .append("<td class=\"num\">100%</td></tr></tfoot></table>\n</div>\n");
        s.append("<p class=\"lead\">WSL1 counts its blocked hosts too. Readiness unknown: nothing is known about the"
                + " host, or a fact about it that was not given would change its advice");
        if (!r.unknownWorkedOut()) {
            s.append(" (this run did not work those out: run batch with --what-if to find them; it is slower)");
        }
        s.append(".</p>\n</section>\n");
    }

    private <T> void breakdown(String id, String title, String lead, String what, List<T> rows,
                               Function<T, String> label, Function<T, Long> total, Function<T, Map<String, Long>> counts) {
        s.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n<p class=\"lead\">")
                .append(lead).append("</p>\n");
        chartBox(s, "chart-" + id);
        s.append("<table class=\"sortable\"><thead><tr><th>").append(what).append("</th><th class=\"num\">Hosts</th>");
        for (Outcome o : Outcome.values()) {
            s.append("<th class=\"num\">").append(o.label()).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (T row : rows) {
            s.append("<tr><td>").append(esc(label.apply(row))).append("</td>").append(numCell(total.apply(row)));
            for (Outcome o : Outcome.values()) {
                s.append(numCell(counts.apply(row).get(o.key())));
            }
            s.append("</tr>\n");
        }
        s.append("</tbody></table>\n</section>\n");
    }

    private void groups(String id, String title, String lead, List<FleetReport.Group> groups,
                        String fixWord, String chartId, String field) {
        s.append("<section id=\"").append(id).append("\" class=\"").append(id).append("\">\n<h2>").append(title)
                .append("</h2>\n<p class=\"lead\">").append(lead).append("</p>\n");
        if (groups.isEmpty()) {
            s.append("<p class=\"none\">None on any host.</p>\n</section>\n");
            return;
        }
        if (chartId != null) {
            s.append("<div class=\"pair\">\n");
            chartBox(s, chartId);
            s.append("<table class=\"sortable\"><thead><tr><th>Blocker</th><th class=\"num\">Hosts</th><th class=\"num\">Share</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (FleetReport.Group g : groups) {
                s.append("<tr><td><a href=\"#").append(anchor(id, g.id())).append("\">").append(esc(g.id())).append("</a></td>")
                        .append(numCell(g.hosts())).append("<td class=\"num\">").append(percent(g.hosts())).append("</td></tr>\n");
            }
            s.append("</tbody></table>\n</div>\n");
        }
        for (FleetReport.Group g : groups) {
            s.append("<article class=\"group filterable\" id=\"").append(anchor(id, g.id())).append("\">\n<h3><code>")
                    .append(esc(g.id())).append("</code><span class=\"count\">").append(number(g.hosts()))
                    .append(g.hosts() == 1 ? " host" : " hosts").append(" <small>(").append(percent(g.hosts()))
                    .append(")</small></span></h3>\n");
            if (g.message() != null) {
                s.append("<p class=\"message\">").append(esc(g.message())).append("</p>\n");
            }
            if (g.fix() != null) {
                s.append("<p class=\"fix\"><strong>").append(fixWord).append(":</strong> ").append(esc(g.fix())).append("</p>\n");
            }
            if (g.source() != null) {
                s.append("<p class=\"source\">Source: ").append(link(g.source())).append("</p>\n");
            }
            if (!g.otherMessages().isEmpty()) {
                s.append("<ul class=\"wordings\">");
                for (FleetReport.Variant v : g.otherMessages()) {
                    s.append("<li>On ").append(number(v.hosts())).append(v.hosts() == 1 ? " host" : " hosts").append(": ")
                            .append(esc(v.message()));
                    if (v.fix() != null && !v.fix().equals(g.fix())) {
                        s.append(" <em>").append(fixWord).append(":</em> ").append(esc(v.fix()));
                    }
                    s.append("</li>");
                }
                s.append("</ul>\n");
            }
            hostList(g.hostIds(), g.moreHosts(), "select(any(." + field + "[]?; .id == \"" + g.id() + "\"))", g.id());
            s.append("</article>\n");
        }
        s.append("</section>\n");
    }

    /** {@code id}: the blocker's id or the fact's path, for a jq command that lists every host (left out when odd). */
    private void hostList(List<String> ids, long more, String jqFilter, String id) {
        boolean shellSafe = id.matches("[A-Za-z0-9._:-]+");
        long all = ids.size() + more;
        s.append("<details><summary>").append(more > 0 ? "Which hosts: the first " + number(ids.size()) + " of " + number(all)
                : all == 1 ? "Which host" : "Which hosts: all " + number(all)).append("</summary>\n<div class=\"hosts\">");
        for (String host : ids) {
            s.append("<span>").append(esc(host)).append("</span>");
        }
        s.append("</div>\n");
        if (more > 0) {
            s.append("<p class=\"more\">and ").append(number(more)).append(" more");
            if (shellSafe) {
                // The whole list is in the records: the page says how to get it rather than growing with the fleet.
                String command = "jq -r '" + jqFilter + " | .id // \"line \\(.line)\"' " + (source == null ? "advice.jsonl" : shellWord(source));
                s.append(source == null ? "; every one, from batch's JSON Lines records: <code>" : "; every one: <code>")
                        .append(esc(command)).append("</code>");
            }
            s.append(".</p>\n");
        }
        s.append("</details>\n");
    }

    /** A file name as one shell word: quoted when it holds anything but safe characters. */
    static String shellWord(String name) {
        return name.matches("[A-Za-z0-9_./:=+-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }

    private void findOutNext() {
        s.append("<section id=\"find-out\">\n<h2>What to find out next</h2>\n<p class=\"lead\">Facts that were not given and"
                + " would change the advice of the most hosts, and how to find each out.</p>\n");
        if (!r.unknownWorkedOut()) {
            s.append("<p class=\"note\">This run did not work out which unknown facts matter. Run <code>wsl-advisor batch --what-if")
                    .append(" --report FILE.html</code> for this section; each host then takes about a hundred more evaluations.</p>\n")
                    .append("</section>\n");
            return;
        }
        if (r.findOutNext().isEmpty()) {
            s.append("<p class=\"none\">No unknown fact would change any host's advice.</p>\n</section>\n");
            return;
        }
        chartBox(s, "chart-unknown");
        s.append("<table class=\"sortable\"><thead><tr><th>Fact</th><th class=\"num\">Hosts</th><th>What it is</th>")
                .append("<th>How to find it out</th></tr></thead>\n<tbody>\n");
        for (FleetReport.UnknownFact f : r.findOutNext()) {
            s.append("<tr class=\"filterable\"><td><code>").append(esc(f.fact())).append("</code></td>").append(numCell(f.hosts()))
                    .append("<td>").append(esc(f.about() == null ? "" : f.about())).append("</td><td>").append(esc(f.howToFindOut()));
            hostList(f.hostIds(), f.moreHosts(), "select(any(.unknown[]?; . == \"" + f.fact() + "\"))", f.fact());
            s.append("</td></tr>\n");
        }
        s.append("</tbody></table>\n</section>\n");
    }

    private void inputErrors() {
        s.append("<section id=\"input-errors\">\n<h2>Input errors</h2>\n<p class=\"lead\">Lines that could not be advised:"
                + " fix them in the fleet file and run again.</p>\n");
        if (r.inputErrors().isEmpty()) {
            s.append("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }
        s.append("<table class=\"sortable\"><thead><tr><th class=\"num\">Line</th><th>Id</th><th>Message</th></tr></thead>\n<tbody>\n");
        for (FleetReport.InputError e : r.inputErrors()) {
            s.append("<tr class=\"filterable\">").append(numCell(e.line())).append("<td>").append(esc(e.id() == null ? "" : e.id()))
                    .append("</td><td>").append(esc(e.message())).append("</td></tr>\n");
        }
        s.append("</tbody></table>\n");
        if (r.inputErrorsOmitted() > 0) {
            s.append("<p class=\"more\">and ").append(number(r.inputErrorsOmitted())).append(" more lines with errors.</p>\n");
        }
        s.append("</section>\n");
    }

    private String percent(long n) {
        return Html.percent(n, hosts);
    }
}
