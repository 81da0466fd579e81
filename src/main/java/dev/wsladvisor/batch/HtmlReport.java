package dev.wsladvisor.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The fleet report as one self-contained HTML page, drawn from the same {@link FleetReport} as the summary
 * JSON. Styles, the chart library and the page's script are inlined; a Content-Security-Policy allows nothing
 * else, so the page makes no request, and every number is in a table, so it reads without script and in print.
 */
public final class HtmlReport {

    /** The one file of the ECharts webjar the build ships (pom.xml keeps the rest out of the jar). */
    static final String CHART_LIBRARY = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.common.min.js";
    static final String CHART_LIBRARY_NAME = "Apache ECharts 5.3.1 (Apache License 2.0)";
    /** Bars in a ranked chart; the tables list them all. */
    static final int CHART_ROWS = 15;

    private final FleetReport r;
    private final String source;
    private final String madeBy;
    private final long hosts;

    /**
     * @param source what the hosts' records are called in the commands the page suggests (advice.jsonl), or null
     *               when they went to standard output
     * @param madeBy the line under the title: the tool's version and the time
     */
    public HtmlReport(FleetReport report, String source, String madeBy) {
        this.r = report;
        this.source = source;
        this.madeBy = madeBy;
        this.hosts = report.lines() - report.skipped();
    }

    public String render() {
        String script = resource("wsladvisor/report/report.js");
        String library = resource(CHART_LIBRARY);
        StringBuilder s = new StringBuilder(1 << 20);
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        s.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
                .append("img-src data:; script-src ").append(hash(library)).append(' ').append(hash(script)).append("\">\n");
        s.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        s.append("<title>WSL fleet report: ").append(number(hosts)).append(" hosts</title>\n");
        s.append("<style>\n").append(resource("wsladvisor/report/report.css")).append("</style>\n</head>\n<body>\n");
        header(s);
        s.append("<main>\n");
        s.append("<div class=\"filter\" hidden><input id=\"filter\" type=\"search\" placeholder=\"Filter by host id, rule id or word\"")
                .append(" aria-label=\"Filter the lists\"><span id=\"filter-status\" role=\"status\"></span></div>\n");
        outcomes(s);
        breakdown(s, "by-build", "Outcomes by Windows build", "Each build with its display version; oldest first.",
                "Build", r.byBuild(), FleetReport.BuildRow::label, FleetReport.BuildRow::hosts, FleetReport.BuildRow::outcomes);
        breakdown(s, "by-edition", "Outcomes by edition", "Editions as the hosts' facts name them; most hosts first.",
                "Edition", r.byEdition(), FleetReport.EditionRow::label, FleetReport.EditionRow::hosts, FleetReport.EditionRow::outcomes);
        groups(s, "blockers", "Blockers", "What stops the recommended version on these hosts, most hosts first, each with"
                + " its fix and the hosts that need it.", r.blockers(), "Fix", "chart-blockers", "blockers");
        groups(s, "unmet-needs", "Unmet needs", "Needs the recommended version cannot meet on these hosts, with the"
                + " workaround.", r.unmetNeeds(), "Workaround", null, "warnings");
        groups(s, "warnings", "Warnings", "What will not stop WSL but will bite, most hosts first.", r.warnings(), "Fix",
                null, "warnings");
        findOutNext(s);
        inputErrors(s);
        s.append("</main>\n<footer>Made by ").append(esc(madeBy)).append(". Charts: ").append(CHART_LIBRARY_NAME)
                .append(", inlined. Every number is also in the tables and in the summary JSON.</footer>\n");
        s.append("<script type=\"application/json\" id=\"fleet-data\">").append(chartData()).append("</script>\n");
        s.append("<script>").append(library).append("</script>\n");
        s.append("<script>").append(script).append("</script>\n</body>\n</html>\n");
        return s.toString();
    }

    private void header(StringBuilder s) {
        s.append("<header class=\"top\"><div class=\"inner\">\n<h1>WSL readiness of ").append(number(hosts))
                .append(hosts == 1 ? " host" : " hosts").append("</h1>\n<p>").append(esc(madeBy)).append("</p>\n<nav>")
                .append("<a href=\"#outcomes\">Outcomes</a><a href=\"#by-build\">By build</a><a href=\"#by-edition\">By edition</a>")
                .append("<a href=\"#blockers\">Blockers (").append(r.blockers().size()).append(")</a>")
                .append("<a href=\"#unmet-needs\">Unmet needs (").append(r.unmetNeeds().size()).append(")</a>")
                .append("<a href=\"#warnings\">Warnings (").append(r.warnings().size()).append(")</a>")
                .append("<a href=\"#find-out\">What to find out next</a>")
                .append("<a href=\"#input-errors\">Input errors (").append(number(r.errors())).append(")</a>")
                .append("</nav>\n</div></header>\n");
    }

    private void outcomes(StringBuilder s) {
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

    private <T> void breakdown(StringBuilder s, String id, String title, String lead, String what, List<T> rows,
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

    private void groups(StringBuilder s, String id, String title, String lead, List<FleetReport.Group> groups,
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
            hostList(s, g.hostIds(), g.moreHosts(), "select(any(." + field + "[]?; .id == \"" + g.id() + "\"))", g.id());
            s.append("</article>\n");
        }
        s.append("</section>\n");
    }

    /** {@code id}: the blocker's id or the fact's path, for a jq command that lists every host (left out when odd). */
    private void hostList(StringBuilder s, List<String> ids, long more, String jqFilter, String id) {
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

    private void findOutNext(StringBuilder s) {
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
            hostList(s, f.hostIds(), f.moreHosts(), "select(any(.unknown[]?; . == \"" + f.fact() + "\"))", f.fact());
            s.append("</td></tr>\n");
        }
        s.append("</tbody></table>\n</section>\n");
    }

    private void inputErrors(StringBuilder s) {
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

    private static void chartBox(StringBuilder s, String id) {
        s.append("<div class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-label=\"Chart of the table beside it\">")
                .append("The chart needs script; the table has the same numbers.</div>\n");
    }

    /** What the charts draw, as JSON safe inside a script element. */
    private String chartData() {
        Map<String, Object> d = new LinkedHashMap<>();
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            outcomes.add(Map.of("key", o.key(), "label", o.label(), "colour", o.colour(), "hosts", r.outcomes().get(o.key())));
        }
        d.put("outcomes", outcomes);
        d.put("byBuild", table(r.byBuild(), FleetReport.BuildRow::label, FleetReport.BuildRow::outcomes));
        d.put("byEdition", table(r.byEdition(), FleetReport.EditionRow::label, FleetReport.EditionRow::outcomes));
        d.put("blockers", r.blockers().stream().limit(CHART_ROWS).map(g -> Map.of("name", g.id(), "hosts", g.hosts())).toList());
        d.put("unknown", r.findOutNext().stream().limit(CHART_ROWS).map(f -> Map.of("name", f.fact(), "hosts", f.hosts())).toList());
        try {
            // '<' only occurs inside JSON strings, where \u003c means the same: no "</script>" can end the element early.
            return new ObjectMapper().writeValueAsString(d).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Map<String, Object> table(List<T> rows, Function<T, String> label, Function<T, Map<String, Long>> counts) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            series.add(Map.of("label", o.label(), "colour", o.colour(),
                    "data", rows.stream().map(row -> counts.apply(row).get(o.key())).toList()));
        }
        return Map.of("labels", rows.stream().map(label).toList(), "series", series);
    }

    private String percent(long n) {
        if (hosts == 0) {
            return "0%";
        }
        double p = 100.0 * n / hosts;
        return (p > 0 && p < 0.1 ? "<0.1" : String.format(Locale.ROOT, p < 10 ? "%.1f" : "%.0f", p)) + "%";
    }

    private static String numCell(long n) {
        return "<td class=\"num\" data-v=\"" + n + "\">" + number(n) + "</td>";
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String anchor(String section, String id) {
        return section + "-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** A source is a link only when it is a web address; anything else is shown as text. */
    private static String link(String url) {
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return "<a href=\"" + esc(url) + "\" rel=\"noreferrer\">" + esc(url) + "</a>";
        }
        return esc(url);
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + name + " (a build problem)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
