package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path run;
    private static Path records;
    private static Path batchSummary;
    private static Path batchReport;

    /** One batch run of the sample fleet, shared: its records, summary and report. */
    @BeforeAll
    static void batchTheSampleFleet() {
        records = run.resolve("advice.jsonl");
        batchSummary = run.resolve("batch-summary.json");
        batchReport = run.resolve("batch.html");
        CliRun batch =
                CliRun.run(
                        "batch",
                        "--in",
                        "facts/fleet.jsonl",
                        "--out",
                        records.toString(),
                        "--summary",
                        batchSummary.toString(),
                        "--report",
                        batchReport.toString(),
                        "--host-ids",
                        "3");
        assertThat(batch.exitCode()).as(batch.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(batch.err()).contains("fleet report: " + batchReport);
    }

    @Test
    void theReportOfEarlierRecordsSaysWhatBatchSaidInTheSameRun(@TempDir Path dir)
            throws IOException {
        Path summary = dir.resolve("summary.json");
        Path page = dir.resolve("fleet.html");
        CliRun report =
                CliRun.run(
                        "report",
                        "--in",
                        records.toString(),
                        "--out",
                        page.toString(),
                        "--summary",
                        summary.toString(),
                        "--host-ids",
                        "3");

        assertThat(report.exitCode())
                .as("the records hold input errors")
                .isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(report.err()).contains("32 lines", "WSL2 ready 12", "fleet report: " + page);
        assertThat(FleetSummaryGoldenTest.withoutTimes(JSON.readTree(summary.toFile())))
                .isEqualTo(
                        FleetSummaryGoldenTest.withoutTimes(JSON.readTree(batchSummary.toFile())));
        assertThat(withoutTimeLine(Files.readString(page)))
                .isEqualTo(withoutTimeLine(Files.readString(batchReport)));
    }

    @Test
    void everyCountAndHostIdOfTheSummaryIsOnThePage() throws IOException {
        JsonNode s = JSON.readTree(batchSummary.toFile());
        String page = Files.readString(batchReport);

        for (var outcome : iterable(s.get("outcomes").fields())) {
            assertThat(page)
                    .contains("id=\"total-" + outcome.getKey() + "\" style=\"background:#")
                    .containsPattern(
                            "id=\"total-"
                                    + outcome.getKey()
                                    + "\"[^>]*><span class=\"n\">"
                                    + outcome.getValue().asLong()
                                    + "<");
        }
        for (String kind : List.of("blockers", "unmetNeeds", "warnings")) {
            for (JsonNode g : s.get(kind)) {
                assertThat(page)
                        .contains(
                                "<code>"
                                        + g.get("id").asText()
                                        + "</code><span class=\"count\">"
                                        + g.get("hosts").asLong()
                                        + " host");
                assertThat(page).contains(html(g.get("message").asText()));
                if (g.has("fix")) {
                    assertThat(page).contains(html(g.get("fix").asText()));
                }
                for (JsonNode host : g.get("hostIds")) {
                    assertThat(page).contains("<span>" + host.asText() + "</span>");
                }
                if (g.get("moreHosts").asLong() > 0) {
                    assertThat(page)
                            .contains(
                                    "and "
                                            + g.get("moreHosts").asLong()
                                            + " more; every one: <code>jq -r &#39;select(any(."
                                            + (kind.equals("blockers") ? "blockers" : "warnings")
                                            + "[]?; .id == &quot;"
                                            + g.get("id").asText()
                                            + "&quot;))");
                }
            }
        }
        for (JsonNode row : s.get("byBuild")) {
            assertThat(page)
                    .contains(
                            "<tr><td>"
                                    + row.get("label").asText()
                                    + "</td><td class=\"num\" data-v=\""
                                    + row.get("hosts").asLong()
                                    + "\">");
        }
        for (JsonNode e : s.get("inputErrors")) {
            assertThat(page)
                    .contains(
                            "data-v=\"" + e.get("line").asLong() + "\"",
                            html(e.get("message").asText()));
        }
    }

    @Test
    void theCommandThatListsEveryHostOfAGroupRunsOnTheRecords(@TempDir Path dir)
            throws IOException, InterruptedException {
        String page = Files.readString(batchReport);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("every one: <code>(jq -r [^<]*)</code>")
                        .matcher(page);
        assertThat(m.find()).as("a group with more hosts than --host-ids 3").isTrue();
        String command =
                m.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        assertThat(command).endsWith(" " + records);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("sh", "-c", "command -v jq").start().waitFor() == 0,
                "jq is not installed: the listed command is not run");
        Process jq = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String hosts =
                new String(
                        jq.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jq.waitFor()).as(hosts).isZero();
        java.util.regex.Matcher named =
                java.util.regex.Pattern.compile("\\.id == \"([^\"]*)\"").matcher(command);
        assertThat(named.find()).as(command).isTrue();
        String id = named.group(1);
        JsonNode group = null;
        for (String kind : List.of("blockers", "unmetNeeds", "warnings")) {
            for (JsonNode g : JSON.readTree(batchSummary.toFile()).get(kind)) {
                if (g.get("id").asText().equals(id)) {
                    group = g;
                }
            }
        }
        assertThat(group).as(id).isNotNull();
        assertThat(hosts.lines().count()).isEqualTo(group.get("hosts").asLong());
        assertThat(hosts.lines().limit(3).toList())
                .containsExactlyElementsOf(
                        iterable(group.get("hostIds").elements()).stream()
                                .map(JsonNode::asText)
                                .toList());
    }

    @Test
    void csvRecordsGetNoJqCommandThatCouldNotReadThem(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("fleet.html");
        CliRun.run(
                "batch",
                "--in",
                "facts/fleet.jsonl",
                "--format",
                "csv",
                "--out",
                dir.resolve("advice.csv").toString(),
                "--report",
                page.toString(),
                "--host-ids",
                "1");
        assertThat(Files.readString(page))
                .contains("every one, from batch's JSON Lines records: <code>jq -r")
                .doesNotContain("advice.csv</code>");
    }

    @Test
    void thePageAllowsNoRequestAndEscapesWhatTheFleetSays(@TempDir Path dir) throws IOException {
        Path fleet =
                Files.writeString(
                        dir.resolve("fleet.jsonl"),
                        "{\"schemaVersion\":1,\"id\":\"<img src=x onerror=alert(1)>\",\"host\":{\"os\":{\"build\":\"1\"}}}\n");
        Path page = dir.resolve("fleet.html");
        CliRun.run(
                "batch",
                "--in",
                fleet.toString(),
                "--out",
                "/dev/null",
                "--report",
                page.toString());
        // The inlined scripts are code, not markup: what the page shows and loads is the rest.
        String html =
                Files.readString(page).replaceAll("(?s)<script>.*?</script>", "<script></script>");

        assertThat(html)
                .contains(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x")
                .doesNotContainPattern("<(link|iframe|object|embed|img)\\b")
                .doesNotContainPattern("<script[^>]*\\bsrc=");
    }

    @Test
    void recordsOfAdviseWithoutTheHostFieldStillMakeAReport(@TempDir Path dir) throws IOException {
        CliRun advise =
                CliRun.run("advise", "--facts", "facts/home-laptop.json", "--format", "json");
        Path one =
                Files.writeString(
                        dir.resolve("one.jsonl"), JSON.readTree(advise.out()).toString() + "\n");
        CliRun report =
                CliRun.run(
                        "report",
                        "--in",
                        one.toString(),
                        "--out",
                        dir.resolve("r.html").toString(),
                        "--summary",
                        dir.resolve("s.json").toString());

        assertThat(report.exitCode()).as(report.err()).isEqualTo(ExitCode.OK);
        JsonNode s = JSON.readTree(dir.resolve("s.json").toFile());
        assertThat(s.at("/outcomes/wsl2Ready").asLong()).isEqualTo(1);
        assertThat(s.at("/byBuild/0/label").asText()).isEqualTo("not given");
        assertThat(s.get("unknownWorkedOut").asBoolean())
                .as("advise works out the unknown facts")
                .isTrue();
    }

    @Test
    void csvJsonThatIsNoRecordAndMissingFilesAreRefusedWithWhereAndWhatToDo(@TempDir Path dir)
            throws IOException {
        Path csv = dir.resolve("advice.csv");
        CliRun.run(
                "batch", "--in", "facts/fleet.jsonl", "--format", "csv", "--out", csv.toString());
        Path out = dir.resolve("r.html");
        CliRun fromCsv = CliRun.run("report", "--in", csv.toString(), "--out", out.toString());
        assertThat(fromCsv.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(fromCsv.err())
                .contains(csv + ":1: this is batch's CSV", "--out advice.jsonl")
                .doesNotContain("Exception");

        Path facts =
                Files.writeString(
                        dir.resolve("facts.jsonl"),
                        Files.readAllLines(Path.of("facts/fleet.jsonl")).get(0) + "\n");
        CliRun fromFacts = CliRun.run("report", "--in", facts.toString(), "--out", out.toString());
        assertThat(fromFacts.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(fromFacts.err())
                .contains(facts + ":1: no recommendation and blocked: not an advice record");

        Path broken =
                Files.writeString(
                        dir.resolve("broken.jsonl"),
                        Files.readAllLines(records).get(0) + "\n{\"line\":2,\n");
        CliRun fromBroken =
                CliRun.run("report", "--in", broken.toString(), "--out", out.toString());
        assertThat(fromBroken.err()).contains(broken + ":2: not JSON");

        CliRun missing =
                CliRun.run(
                        "report",
                        "--in",
                        dir.resolve("none.jsonl").toString(),
                        "--out",
                        out.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err())
                .contains(
                        "none.jsonl: no such file",
                        "wsl-advisor batch --in facts/fleet.jsonl --out advice.jsonl");
        assertThat(out).as("nothing written on bad input").doesNotExist();

        Path utf16 =
                Files.write(
                        dir.resolve("utf16.jsonl"),
                        Files.readAllLines(records)
                                .get(0)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_16));
        CliRun fromUtf16 = CliRun.run("report", "--in", utf16.toString(), "--out", out.toString());
        assertThat(fromUtf16.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(fromUtf16.err())
                .contains(utf16 + ": the file is UTF-16 encoded", "run report again");

        CliRun over = CliRun.run("report", "--in", records.toString(), "--out", records.toString());
        assertThat(over.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(over.err()).contains("is the records being read");

        CliRun noOut = CliRun.run("report", "--in", records.toString());
        assertThat(noOut.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noOut.err()).contains("--out");
    }

    @Test
    void anExistingReportIsKeptAsABackup(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("fleet.html"), "last week's report");
        CliRun report = CliRun.run("report", "--in", records.toString(), "--out", page.toString());

        assertThat(report.err()).contains("the previous " + page + " is kept as ");
        try (var files = Files.list(dir)) {
            List<Path> backups =
                    files.filter(p -> p.getFileName().toString().startsWith("fleet.html.bak-"))
                            .toList();
            assertThat(backups).hasSize(1);
            assertThat(Files.readString(backups.get(0))).isEqualTo("last week's report");
        }
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void withoutRecordsOnATerminalItSaysHowToMakeThem() {
        CliRun r = CliRun.runWith("", Map.of(), true, "report", "--out", "x.html");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .contains(
                        "--in advice.jsonl",
                        "wsl-advisor batch --in fleet.jsonl --out advice.jsonl");
    }

    /** The line under the title says when the page was made. */
    private static String withoutTimeLine(String page) {
        return page.replaceAll(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+, records in [^<]*", "<time>");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
