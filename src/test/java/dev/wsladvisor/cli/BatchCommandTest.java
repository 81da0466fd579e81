package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAPTOP = line("facts/home-laptop.json");
    private static final String NO_SLAT = line("facts/no-slat-cpu.json");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A sample facts document on one line. */
    private static String line(String file) {
        try {
            return JSON.readTree(Files.readString(Path.of(file))).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withoutId(String line) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(line);
        node.remove("id");
        return node.toString();
    }

    private int run(String stdin, String... args) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return Main.run(args, in, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<JsonNode> records() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : this.out.toString().split("\n")) {
            out.add(JSON.readTree(l));
        }
        return out;
    }

    @Test
    void writesOneRecordPerInputLineInInputOrderWithErrorsInPlace() throws IOException {
        String input =
                String.join(
                                "\n",
                                LAPTOP,
                                "{\"schemaVersion\":1,\"id\":\"pc-2\",\"host\":{\"os\":{\"build\":\"19045\"}}}",
                                NO_SLAT,
                                "{oops",
                                withoutId(LAPTOP))
                        + "\n";

        int code = run(input, "batch");

        List<JsonNode> records = records();
        assertThat(records).hasSize(5);
        assertThat(records).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4, 5);
        assertThat(records.get(0).get("id").asText()).isEqualTo("student-home-laptop");
        assertThat(records.get(0).get("recommendation").asText()).isEqualTo("WSL2");
        assertThat(records.get(1).get("id").asText()).isEqualTo("pc-2");
        assertThat(records.get(1).get("error").asText())
                .startsWith("line 2, column ")
                .contains("host.os.build");
        assertThat(records.get(2).get("recommendation").asText()).isEqualTo("WSL1");
        assertThat(records.get(3).get("id").isNull()).isTrue();
        assertThat(records.get(3).get("error").asText()).startsWith("line 4, column ");
        assertThat(records.get(4).has("id")).as("no id: the line number identifies it").isFalse();
        assertThat(records.get(4).get("recommendation").asText()).isEqualTo("WSL2");
        assertThat(code).as("a line had an error").isEqualTo(1);
    }

    @Test
    void aFleetWithoutErrorsExitsZeroAndBlankLinesKeepTheirPlace() throws IOException {
        int code = run(LAPTOP + "\n\n   \n" + NO_SLAT + "\n", "batch");

        List<JsonNode> records = records();
        assertThat(records).hasSize(4);
        assertThat(records.get(1).get("skipped").asText()).isEqualTo("blank line");
        assertThat(records.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(code).isZero();
    }

    @Test
    void eachRecordIsTheAdviceDocumentWithItsLineAndWhatIfOnlyWhenAskedFor() throws IOException {
        run(LAPTOP + "\n", "batch");
        JsonNode fast = records().get(0);
        assertThat(fast.has("whatIf")).isFalse();
        assertThat(fast.has("unknown")).isFalse();

        out.getBuffer().setLength(0);
        run(LAPTOP + "\n", "batch", "--what-if");
        ObjectNode full = (ObjectNode) records().get(0);

        out.getBuffer().setLength(0);
        Main.run(
                new String[] {"advise", "--facts", "facts/home-laptop.json", "--format", "json"},
                InputStream.nullInputStream(),
                Map.of(),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        JsonNode advise = JSON.readTree(out.toString());
        full.remove("line");
        JsonNode host = full.remove("host");
        assertThat(full).isEqualTo(advise);
        assertThat(host.toString())
                .as(
                        "what the fleet report groups by, after the advice; 17 values under host in the sample")
                .isEqualTo(
                        "{\"facts\":17,\"edition\":\"Microsoft Windows 11 Home\",\"build\":22631,\"displayVersion\":\"23H2\"}");
    }

    @Test
    void csvHasAHeaderThenOneRowPerLine() {
        run(
                LAPTOP
                        + "\n{\"schemaVersion\":1,\"host\":{\"os\":{\"build\":\"19045\"}}}\n"
                        + NO_SLAT
                        + "\n",
                "batch",
                "--format",
                "csv");

        assertThat(out.toString())
                .as("RFC 4180 records end with CRLF")
                .endsWith("\r\n")
                .doesNotContain("\r\r");
        String[] rows = out.toString().split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0])
                .isEqualTo(
                        "line,id,recommendation,blocked,confidence,blockers,blockerMessages,warnings,warningMessages,error");
        assertThat(rows[1]).startsWith("1,student-home-laptop,WSL2,false,");
        assertThat(rows[2])
                .startsWith("2,,,,,,,,,\"line 2, column ")
                .contains("the string \"\"19045\"\"")
                .endsWith("\"");
        assertThat(rows[3]).startsWith("3,").contains(",WSL1,");
    }

    @Test
    void csvRowsCarryTheBlockerAndWarningTextsBesideTheirIds() throws IOException {
        run(line("facts/old-1909-build.json") + "\n", "batch", "--format", "csv");
        String row = out.toString().split("\r\n")[1];

        out.getBuffer().setLength(0);
        run(line("facts/old-1909-build.json") + "\n", "batch");
        JsonNode advice = records().get(0);
        String firstBlocker = advice.at("/blockers/0/id").asText();
        assertThat(row)
                .contains(firstBlocker + ";")
                .contains(advice.at("/blockers/0/message").asText() + " | ")
                .contains(advice.at("/warnings/0/message").asText());
    }

    @Test
    void aPrettyPrintedDocumentIsSaidOnceToBeOneDocumentNotAFleet(@TempDir Path dir)
            throws IOException {
        Path pretty =
                Files.writeString(
                        dir.resolve("host.json"),
                        JSON.writerWithDefaultPrettyPrinter()
                                .writeValueAsString(JSON.readTree(LAPTOP)));
        int code =
                run(
                        "",
                        "batch",
                        "--in",
                        pretty.toString(),
                        "--out",
                        dir.resolve("advice.jsonl").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains(
                        pretty + ":1: this looks like one JSON document spread over several lines",
                        "advise --facts " + pretty,
                        "jq -c . " + pretty)
                .doesNotContain("line 2");
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(dir.resolve("advice.jsonl")).doesNotExist();

        err.getBuffer().setLength(0);
        assertThat(run("\n[\n  " + LAPTOP + "\n]\n", "batch")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains("<stdin>:2: this looks like one JSON document", "jq -c '.[]' <stdin>");
    }

    @Test
    void oneLineFleetsAndFleetsThatStartWithABrokenLineAreStillReadLineByLine() throws IOException {
        assertThat(run(LAPTOP, "batch")).isEqualTo(ExitCode.OK);
        out.getBuffer().setLength(0);
        assertThat(run("{\"schemaVersion\":1,\n" + LAPTOP + "\n", "batch"))
                .isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(records()).hasSize(2);
        assertThat(records().get(1).has("recommendation")).isTrue();
    }

    @Test
    void theSummaryCountsVerdictsBlockersAndErrorLinesOnStandardErrorAndInAFile(@TempDir Path dir)
            throws IOException {
        Path summary = dir.resolve("summary.json");
        run(
                LAPTOP + "\n" + NO_SLAT + "\nnot json\n" + LAPTOP + "\n",
                "batch",
                "--summary",
                summary.toString());

        JsonNode s = JSON.readTree(summary.toFile());
        assertThat(s.get("lines").asInt()).isEqualTo(4);
        assertThat(s.get("advised").asInt()).isEqualTo(3);
        assertThat(s.get("errors").asInt()).isEqualTo(1);
        assertThat(s.get("errorLines").toString()).isEqualTo("[3]");
        assertThat(s.at("/verdicts/WSL2/ready").asInt()).isEqualTo(2);
        assertThat(s.at("/verdicts/WSL1/ready").asInt() + s.at("/verdicts/WSL1/blocked").asInt())
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("4 lines", "3 advised", "1 with errors", "lines with errors: 3");
    }

    @Test
    void recordsWrittenOverTheFleetBeingReadAreRefusedAndTheFleetIsKept(@TempDir Path dir)
            throws IOException {
        // Larger than the reader's 64 KiB buffer: truncating the file would have cut the fleet
        // short, then lost it.
        Path fleet = dir.resolve("fleet.jsonl");
        Files.writeString(fleet, (LAPTOP + "\n").repeat(200));
        byte[] before = Files.readAllBytes(fleet);

        assertThat(run("", "batch", "--in", fleet.toString(), "--out", fleet.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains("--out " + fleet + " is the fleet being read (--in)", "another file");
        assertThat(
                        run(
                                "",
                                "batch",
                                "--in",
                                fleet.toString(),
                                "--summary",
                                dir.resolve(".").resolve("fleet.jsonl").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains("is the fleet being read (--in): the summary would replace it");
        assertThat(Files.readAllBytes(fleet)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(fleet);
        }
    }

    @Test
    void anExistingOutputFileIsKeptAsABackupAndReplacedWhole(@TempDir Path dir) throws IOException {
        Path fleet = dir.resolve("fleet.jsonl");
        Files.writeString(fleet, LAPTOP + "\n" + NO_SLAT + "\n");
        Path advice = dir.resolve("advice.jsonl");
        Files.writeString(advice, "yesterday's records\n");
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, "{}\n");

        assertThat(
                        run(
                                "",
                                "batch",
                                "--in",
                                fleet.toString(),
                                "--out",
                                advice.toString(),
                                "--summary",
                                summary.toString()))
                .isZero();

        assertThat(Files.readAllLines(advice)).hasSize(2).allMatch(l -> l.startsWith("{\"line\":"));
        assertThat(JSON.readTree(summary.toFile()).get("lines").asInt()).isEqualTo(2);
        try (var files = Files.list(dir)) {
            List<Path> backups =
                    files.filter(p -> p.getFileName().toString().contains(".bak-"))
                            .sorted()
                            .toList();
            assertThat(backups).hasSize(2);
            assertThat(Files.readString(backups.get(0))).isEqualTo("yesterday's records\n");
            assertThat(Files.readString(backups.get(1))).isEqualTo("{}\n");
            assertThat(err.toString())
                    .contains(
                            "the previous " + advice + " is kept as " + backups.get(0),
                            "the previous " + summary + " is kept as " + backups.get(1));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFleetRefusedWholeLeavesAnExistingOutputFileAsItWas(@TempDir Path dir) throws IOException {
        Path advice = dir.resolve("advice.jsonl");
        Files.writeString(advice, "yesterday's records\n");
        Path utf16 = dir.resolve("fleet.jsonl");
        Files.write(utf16, ("\uFEFF" + LAPTOP + "\n").getBytes(StandardCharsets.UTF_16LE));

        assertThat(run("", "batch", "--in", utf16.toString(), "--out", advice.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.readString(advice)).isEqualTo("yesterday's records\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("advice.jsonl", "fleet.jsonl");
        }
    }

    @Test
    void oneFileForRecordsAndSummaryIsRefusedBeforeTheRun(@TempDir Path dir) throws IOException {
        Path fleet = Files.writeString(dir.resolve("fleet.jsonl"), LAPTOP + "\n");
        String both = dir.resolve("out.json").toString();
        assertThat(run("", "batch", "--in", fleet.toString(), "--out", both, "--summary", both))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--out and --summary name the same file");
        assertThat(
                        run(
                                "",
                                "batch",
                                "--in",
                                fleet.toString(),
                                "--out",
                                dir.resolve("o.jsonl").toString(),
                                "--summary",
                                dir.resolve("missing").resolve("s.json").toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--summary", "does not exist");
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing written").containsExactly(fleet);
        }
    }

    @Test
    void devNullCanTakeBothTheRecordsAndTheSummary(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
        Path fleet = Files.writeString(dir.resolve("fleet.jsonl"), LAPTOP + "\n");
        assertThat(
                        run(
                                "",
                                "batch",
                                "--in",
                                fleet.toString(),
                                "--out",
                                "/dev/null",
                                "--summary",
                                "/dev/null"))
                .as(err.toString())
                .isZero();
    }

    @Test
    void aNamedPipeIsReadLikeAFile(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fleet.pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0);
        Thread writer =
                new Thread(
                        () -> {
                            try {
                                Files.writeString(fifo, LAPTOP + "\n" + NO_SLAT + "\n");
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
        writer.start();
        assertThat(run("", "batch", "--in", fifo.toString())).as(err.toString()).isZero();
        writer.join(10_000);
        assertThat(records()).hasSize(2);
    }

    @Test
    void aByteOrderMarkOnABlankFirstLineIsStillABlankLine() throws IOException {
        assertThat(run("\uFEFF\n" + LAPTOP + "\n", "batch")).isZero();
        assertThat(records().get(0).get("skipped").asText()).isEqualTo("blank line");
    }

    @Test
    void aUtf16FleetWithoutAByteOrderMarkIsRefusedWhole(@TempDir Path dir) throws IOException {
        Path fleet = dir.resolve("fleet.jsonl");
        Files.write(fleet, (LAPTOP + "\n").getBytes(StandardCharsets.UTF_16LE));
        assertThat(run("", "batch", "--in", fleet.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains("UTF-16 encoded, without a byte order mark", "-Encoding utf8");
    }

    @Test
    void errorRecordsCarryTheIdAsTheDocumentSaysIt() throws IOException {
        String longId = "pc-" + "x".repeat(1000);
        run(
                "{\"id\":\"caf\\u00e9\",\"host\":1}\n{\"id\":\"a\\/b\" \"host\"}\n{\"id\":\""
                        + longId
                        + "\",\"host\":[}\n"
                        + "{\"host\":[},\"id\":\"after-the-fault\"}\n",
                "batch");
        List<JsonNode> r = records();
        assertThat(r.get(0).get("id").asText()).isEqualTo("café");
        assertThat(r.get(1).get("id").asText()).isEqualTo("a/b");
        assertThat(r.get(2).get("id").asText()).isEqualTo(longId);
        assertThat(r.get(3).get("id").isNull()).isTrue();
    }

    @Test
    void lineMessagesSpeakOfLinesNotOfFiles() throws IOException {
        run("{\"id\":\"a\"} {\"id\":\"b\"}\n{\"id\":\"c\"}\u0000\n", "batch");
        List<JsonNode> r = records();
        assertThat(r.get(0).get("error").asText())
                .contains("line 1, column 12", "put each on a line of its own")
                .doesNotContain("'batch'");
        assertThat(r.get(1).get("error").asText())
                .contains("line 2, column 11", "NUL")
                .doesNotContain("--facts");
    }

    @Test
    void unknownFieldsAreNamedInTheSummaryRatherThanLost(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.json");
        run(
                "{\"id\":\"w\",\"hots\":{\"os\":{}},\"answers\":{\"dockr\":true}}\n"
                        + LAPTOP
                        + "\n",
                "batch",
                "--summary",
                summary.toString());
        assertThat(err.toString())
                .contains(
                        "lines with warnings about their facts: 1",
                        "--strict makes them errors",
                        "line 1, column 18: unknown field hots.os: did you mean host.os?",
                        "did you mean answers.docker?");
        JsonNode s = JSON.readTree(summary.toFile());
        assertThat(s.get("factWarningLines").asInt()).isEqualTo(1);
        assertThat(s.get("firstFactWarnings")).hasSize(2);
    }

    @Test
    void printsNoProgressWhenStandardErrorIsNotATerminal() {
        run(LAPTOP + "\n", "batch");
        assertThat(err.toString()).doesNotContain("\r").doesNotContain("\u001b[");
    }

    @Test
    void manyLinesOnSeveralThreadsStayInInputOrder(@TempDir Path dir) throws IOException {
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            input.append(i % 97 == 0 ? "{broken" : LAPTOP.replace("student-home-laptop", "pc-" + i))
                    .append('\n');
        }
        Path in = dir.resolve("fleet.jsonl");
        Path outFile = dir.resolve("advice.jsonl");
        Files.writeString(in, input);

        int code =
                run(
                        "",
                        "batch",
                        "--in",
                        in.toString(),
                        "--out",
                        outFile.toString(),
                        "--threads",
                        "3");

        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines).hasSize(1000);
        for (int i = 1; i <= 1000; i++) {
            JsonNode r = JSON.readTree(lines.get(i - 1));
            assertThat(r.get("line").asInt()).isEqualTo(i);
            if (i % 97 != 0) {
                assertThat(r.get("id").asText()).isEqualTo("pc-" + i);
            } else {
                assertThat(r.has("error")).isTrue();
            }
        }
        assertThat(out.toString()).isEmpty();
        assertThat(code).isEqualTo(1);
    }

    @Test
    void aHugeLineIsAnErrorRecordAndTheRunGoesOn() throws IOException {
        String huge = "{\"id\":\"" + "x".repeat(1_100_000) + "\"}";
        int code = run(huge + "\n" + LAPTOP + "\n", "batch");

        List<JsonNode> records = records();
        assertThat(records.get(0).get("error").asText())
                .startsWith("line 1: ")
                .contains("1024 KiB");
        assertThat(records.get(1).get("recommendation").asText()).isEqualTo("WSL2");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void userRulesFromRulesFolderApplyToEveryHost(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("ours.drl"),
                """
                package our.rules;
                import dev.wsladvisor.facts.*;
                import static dev.wsladvisor.rules.Dsl.*;

                rule "Our laptops prefer WSL2"
                    @id("our-fleet-prefers-wsl2")
                    @explanation("Our fleet standard is WSL2.")
                    @source("https://example.com/fleet-standard")
                    @favors("WSL2") @weight(5)
                when
                    HostOs()
                then
                    insert( reason(kcontext) );
                end
                """);

        run(LAPTOP + "\n" + LAPTOP + "\n", "batch", "--rules", dir.toString());

        assertThat(records())
                .allSatisfy(
                        r ->
                                assertThat(r.get("reasons").toString())
                                        .contains("our-fleet-prefers-wsl2"));
    }

    @Test
    void withoutInputOnATerminalItSaysHowToGiveTheFleet() {
        int code =
                Main.run(
                        new String[] {"batch"},
                        new Console(InputStream.nullInputStream(), true, Map.of()),
                        new PrintWriter(out, true),
                        new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--in FILE", "facts/fleet.jsonl");
    }

    @Test
    void aUtf16FleetIsRefusedWholeRatherThanLineByLine(@TempDir Path dir) throws IOException {
        Path fleet = dir.resolve("fleet.jsonl");
        Files.write(
                fleet,
                ("\uFEFF" + LAPTOP + "\r\n" + NO_SLAT + "\r\n")
                        .getBytes(StandardCharsets.UTF_16LE));

        int code = run("", "batch", "--in", fleet.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("UTF-16", "save it as UTF-8");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingInputFileIsBadInput() {
        int code = run("", "batch", "--in", "no/such/fleet.jsonl");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no/such/fleet.jsonl: no such file");
    }

    @Test
    void theSampleFleetHasItsBadLinesReportedAndEveryOtherHostAdvised() throws IOException {
        int code = run("", "batch", "--in", "facts/fleet.jsonl");

        List<JsonNode> records = records();
        assertThat(records)
                .hasSize((int) Files.lines(Path.of("facts/fleet.jsonl")).count())
                .hasSizeGreaterThanOrEqualTo(30);
        assertThat(records).filteredOn(r -> r.has("error")).hasSize(2);
        assertThat(records)
                .filteredOn(r -> r.has("recommendation"))
                .extracting(r -> r.get("recommendation").asText())
                .contains("WSL1", "WSL2");
        assertThat(code).isEqualTo(1);
    }
}
