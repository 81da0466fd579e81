package dev.wsladvisor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The fleet report as one self-contained HTML page, drawn from the same {@link FleetReport} as the
 * summary JSON. Styles, the chart library and the page's script are inlined; a
 * Content-Security-Policy allows nothing else, so the page makes no request, and every number is in
 * a table, so it reads without script and in print.
 */
public final class HtmlReport {

    /**
     * The one file of the ECharts webjar the build ships (pom.xml keeps the rest out of the jar).
     */
    static final String CHART_LIBRARY =
            "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.common.min.js";

    static final String CHART_LIBRARY_NAME = "Apache ECharts 5.3.1 (Apache License 2.0)";

    private final FleetReport r;
    private final String source;
    private final String madeBy;
    private final long hosts;

    /**
     * @param source what the hosts' records are called in the commands the page suggests
     *     (advice.jsonl), or null when they went to standard output
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
        s.append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
                .append("img-src data:; script-src ")
                .append(hash(library))
                .append(' ')
                .append(hash(script))
                .append("\">\n");
        s.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        s.append("<title>WSL fleet report: ").append(Html.number(hosts)).append(" hosts</title>\n");
        s.append("<style>\n")
                .append(resource("wsladvisor/report/report.css"))
                .append("</style>\n</head>\n<body>\n");
        header(s);
        s.append("<main>\n");
        s.append(
                        "<div class=\"filter\" hidden><input id=\"filter\" type=\"search\" placeholder=\"Filter by host id, rule id or word\"")
                .append(
                        " aria-label=\"Filter the lists\"><span id=\"filter-status\" role=\"status\"></span></div>\n");
        new ReportSections(r, source, hosts, s).appendAll();
        s.append("</main>\n<footer>Made by ")
                .append(Html.esc(madeBy))
                .append(". Charts: ")
                .append(CHART_LIBRARY_NAME)
                .append(
                        ", inlined. Every number is also in the tables and in the summary JSON.</footer>\n");
        s.append("<script type=\"application/json\" id=\"fleet-data\">")
                .append(ChartData.json(r))
                .append("</script>\n");
        s.append("<script>").append(library).append("</script>\n");
        s.append("<script>").append(script).append("</script>\n</body>\n</html>\n");
        return s.toString();
    }

    private void header(StringBuilder s) {
        s.append("<header class=\"top\"><div class=\"inner\">\n<h1>WSL readiness of ")
                .append(Html.number(hosts))
                .append(hosts == 1 ? " host" : " hosts")
                .append("</h1>\n<p>")
                .append(Html.esc(madeBy))
                .append("</p>\n<nav>")
                .append(
                        "<a href=\"#outcomes\">Outcomes</a><a href=\"#by-build\">By build</a><a href=\"#by-edition\">By edition</a>")
                .append("<a href=\"#blockers\">Blockers (")
                .append(r.blockers().size())
                .append(")</a>")
                .append("<a href=\"#unmet-needs\">Unmet needs (")
                .append(r.unmetNeeds().size())
                .append(")</a>")
                .append("<a href=\"#warnings\">Warnings (")
                .append(r.warnings().size())
                .append(")</a>")
                .append("<a href=\"#find-out\">What to find out next</a>")
                .append("<a href=\"#input-errors\">Input errors (")
                .append(Html.number(r.errors()))
                .append(")</a>")
                .append("</nav>\n</div></header>\n");
    }

    private static String hash(String script) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing from the jar: " + name + " (a build problem)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
