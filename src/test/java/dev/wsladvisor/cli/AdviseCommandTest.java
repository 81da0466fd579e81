package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdviseCommandTest {

    private static final String DOCKER = "facts/docker-web-developer.json";

    @Test
    void textAdviceStartsWithVerdictAndSummaryAndShowsSources() {
        CliRun r = CliRun.run("advise", "--facts", DOCKER);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .startsWith("Recommendation: WSL2  (ready, confidence 100%)\nUse WSL2.\n");
        assertThat(r.out())
                .contains(
                        "Why",
                        "Docker and other Linux containers",
                        "source: https://learn.microsoft.com/");
        assertThat(r.out()).doesNotContain("\u001b[");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void explainAddsRuleIdsAndMatchedFacts() {
        CliRun r = CliRun.run("advise", "--facts", DOCKER, "--explain");
        assertThat(r.out()).contains("rule: docker-needs-wsl2", "facts: answers.docker = true");
    }

    @Test
    void colourOnATerminalAndNotWithNoColor() {
        assertThat(CliRun.runWith("", Map.of(), true, "advise", "--facts", DOCKER).out())
                .contains("\u001b[");
        assertThat(
                        CliRun.runWith(
                                        "",
                                        Map.of("NO_COLOR", "1"),
                                        true,
                                        "advise",
                                        "--facts",
                                        DOCKER)
                                .out())
                .doesNotContain("\u001b[");
    }

    @Test
    void jsonFollowsTheAdviceContract() throws Exception {
        CliRun r =
                CliRun.run(
                        "advise",
                        "--facts",
                        "facts/hyper-v-vm-without-nesting.json",
                        "--format",
                        "json");
        JsonNode advice = new ObjectMapper().readTree(r.out());
        assertThat(advice.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(advice.get("recommendation").asText()).isEqualTo("WSL2");
        assertThat(advice.get("blocked").asBoolean()).isTrue();
        assertThat(advice.get("confidence").isNumber()).isTrue();
        for (String field :
                new String[] {
                    "summary",
                    "blockers",
                    "reasons",
                    "warnings",
                    "wslconfig",
                    "whatIf",
                    "nextSteps",
                    "unknown"
                }) {
            assertThat(advice.has(field)).as(field).isTrue();
        }
        JsonNode blocker = advice.get("blockers").get(0);
        assertThat(blocker.fieldNames()).toIterable().contains("id", "message", "fix", "source");
        JsonNode reason = advice.get("reasons").get(0);
        assertThat(reason.fieldNames())
                .toIterable()
                .contains("rule", "favors", "weight", "explanation", "facts", "source");
        assertThat(advice.get("wslconfig").fieldNames())
                .toIterable()
                .contains("settings", "text", "findings");
        assertThat(advice.get("whatIf").get(0).fieldNames())
                .toIterable()
                .containsExactly("change", "recommendation", "blocked");
    }

    @Test
    void factsFromStandardInput() throws Exception {
        CliRun r =
                CliRun.runWith(
                        Files.readString(Path.of("facts/physical-com-port.json")),
                        Map.of(),
                        false,
                        "advise",
                        "--facts",
                        "-",
                        "--format",
                        "json");
        assertThat(new ObjectMapper().readTree(r.out()).get("recommendation").asText())
                .isEqualTo("WSL1");
    }

    @Test
    void failOnBlockedExitsOne() {
        assertThat(
                        CliRun.run(
                                        "advise",
                                        "--facts",
                                        "facts/hyper-v-vm-without-nesting.json",
                                        "--fail-on-blocked")
                                .exitCode())
                .isEqualTo(1);
        assertThat(CliRun.run("advise", "--facts", DOCKER, "--fail-on-blocked").exitCode())
                .isZero();
    }

    @Test
    void malformedFactsExitTwoWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"answers\": {\"docker\": tru}}");
        CliRun r = CliRun.run("advise", "--facts", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("wsl-advisor: " + bad + ":1:")
                .contains("malformed JSON")
                .doesNotContain("at dev.", "Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownFieldWarnsOnStandardErrorAndStrictRefuses(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("typo.json");
        Files.writeString(f, "{\"answers\": {\"dokcer\": true}}");
        CliRun lenient = CliRun.run("advise", "--facts", f.toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.err()).contains("warning: ").contains("did you mean answers.docker?");
        CliRun strict = CliRun.run("advise", "--facts", f.toString(), "--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
    }

    @Test
    void missingFactsOptionExplainsWhatToGive() {
        CliRun r = CliRun.run("advise");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--facts FILE").contains("facts/");
    }

    @Test
    void badOptionValueListsTheChoices() {
        CliRun r = CliRun.run("advise", "--facts", DOCKER, "--format", "yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("text, json").contains("--help");
    }

    @Test
    void brokenUserRuleIsReportedAsFileAndLineWithExitTwo() {
        CliRun r =
                CliRun.run(
                        "advise",
                        "--facts",
                        DOCKER,
                        "--rules",
                        "src/test/resources/user-rules/broken");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("wsl-advisor: src/test/resources/user-rules/broken/typo.drl:1")
                .doesNotContain("\tat ");
    }

    @Test
    void userRulesWeighIn() {
        CliRun r =
                CliRun.run(
                        "advise",
                        "--facts",
                        "facts/physical-com-port.json",
                        "--rules",
                        "src/test/resources/user-rules/good",
                        "--explain");
        assertThat(r.out()).contains("rule: acme-build-tools-need-wsl2");
    }

    @Test
    void wslconfigIsAcceptedAndWsl1SaysItDoesNotApply(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve(".wslconfig");
        Files.writeString(cfg, "[wsl2]\nmemory=8GB\n");
        CliRun r =
                CliRun.run(
                        "advise",
                        "--facts",
                        "facts/physical-com-port.json",
                        "--wslconfig",
                        cfg.toString(),
                        "--format",
                        "json");
        assertThat(r.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).at("/wslconfig/note").asText())
                .contains("WSL1 ignores it");
    }

    @Test
    void helpTeachesWithExamples() {
        CliRun r = CliRun.run("advise", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains(
                        "Examples:",
                        "wsl-advisor advise --facts facts/",
                        "--explain",
                        "text, json");
        // What the shared options' one wording leaves to the command: no facts at a terminal asks,
        // and where the JSON is described.
        assertThat(r.out().replaceAll("\\s+", " "))
                .contains(
                        "With no facts at all, on a terminal, advise asks the questions that matter",
                        "follows docs/advice-format.md");
        CliRun root = CliRun.run("--help");
        assertThat(root.out())
                .contains(
                        "advise",
                        "rules",
                        "probe",
                        "wslconfig",
                        "Exit codes:",
                        "%UserProfile%\\.wslconfig");
        assertThat(root.err()).isEmpty();
    }

    @Test
    void everyCommandAnswersVersionAsTheToolDoes() {
        String version = CliRun.run("--version").out();
        assertThat(version).startsWith("wsl-advisor ");
        for (String[] command :
                new String[][] {
                    {"advise"},
                    {"ask"},
                    {"batch"},
                    {"probe"},
                    {"rules"},
                    {"rules", "list"},
                    {"wslconfig"},
                    {"wslconfig", "lint"},
                    {"wslconfig", "apply"}
                }) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--version";
            CliRun r = CliRun.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).isEqualTo(version);
        }
    }

    /** Only the named subcommand is built at start-up; everything else still sees all of them. */
    @Test
    void aMistypedCommandIsStillMatchedAgainstEveryCommand() {
        CliRun typo = CliRun.run("wslconfg", "lint");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean", "wslconfig");
        CliRun verbose = CliRun.run("--verbose", "rules", "list");
        assertThat(verbose.exitCode()).isZero();
        assertThat(verbose.out()).contains("docker-needs-wsl2");
    }

    @Test
    void rulesListShowsIdsAndSources() {
        CliRun r = CliRun.run("rules", "list");
        assertThat(r.out()).contains("docker-needs-wsl2", "rules/workload.drl", "https://");
        assertThat(
                        CliRun.run(
                                        "rules",
                                        "check",
                                        "--rules",
                                        "src/test/resources/user-rules/good")
                                .out())
                .contains("1 from --rules");
    }

    @Test
    void probeReplayFeedsTheHostFactsAndAnswersFileAddsTheRest(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("answers.json");
        Files.writeString(answers, "{\"answers\": {\"serialPort\": true}}");
        Path replay =
                Files.list(Path.of("src/test/resources/probe"))
                        .filter(Files::isDirectory)
                        .sorted()
                        .findFirst()
                        .orElseThrow();
        CliRun r =
                CliRun.run(
                        "advise",
                        "--probe-replay",
                        replay.toString(),
                        "--facts",
                        answers.toString(),
                        "--format",
                        "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode advice = new ObjectMapper().readTree(r.out());
        assertThat(advice.get("recommendation").asText()).isEqualTo("WSL1");
    }

    @Test
    void probeOnThisLinuxMachineSaysItIsNotWindowsAndStillAdvises() {
        CliRun r = CliRun.run("advise", "--probe", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).containsIgnoringCase("not");
        assertThat(r.out()).contains("\"recommendation\"");
    }

    @Test
    void wslconfigFindingsAndSuggestionsFillTheContractPart(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve(".wslconfig");
        Files.writeString(cfg, "[wsl2]\nmemroy=8GB\n");
        CliRun r =
                CliRun.run(
                        "advise",
                        "--facts",
                        DOCKER,
                        "--wslconfig",
                        cfg.toString(),
                        "--format",
                        "json");
        // The contract's 1: "done, and found problems at error severity (a lint ...)"; WSL ignores
        // a misspelt key.
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        JsonNode wslconfig = new ObjectMapper().readTree(r.out()).get("wslconfig");
        assertThat(wslconfig.get("findings").get(0).get("severity").asText()).isEqualTo("error");
        assertThat(wslconfig.get("findings").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(wslconfig.get("findings").get(0).get("key").asText()).isEqualTo("memroy");
        assertThat(wslconfig.get("findings").get(0).get("fix").asText()).contains("memory");
        assertThat(wslconfig.get("settings")).isNotEmpty();
        // WSL's default memory stays for Docker (no sourced figure), so the text starts with
        // [experimental]
        assertThat(wslconfig.get("text").asText())
                .startsWith("[experimental]")
                .contains("autoMemoryReclaim=gradual");
    }

    @Test
    void aWslconfigWithoutErrorsLeavesTheExitCodeAtZero(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve(".wslconfig");
        Files.writeString(cfg, "[wsl2]\nmemory=8GB\n");
        CliRun r =
                CliRun.run(
                        "advise",
                        "--facts",
                        DOCKER,
                        "--wslconfig",
                        cfg.toString(),
                        "--format",
                        "json");
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
    }

    @Test
    void aUserRuleThatFailsIsTheAuthorsErrorNotAnInternalOne() {
        // A host that does not give its memory: the careless rule reads it anyway.
        CliRun r =
                CliRun.runWith(
                        "{\"host\": {\"hardware\": {\"logicalProcessors\": 8}}}",
                        Map.of(),
                        false,
                        "advise",
                        "--facts",
                        "-",
                        "--rules",
                        "src/test/resources/user-rules/throws");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .startsWith(
                        "wsl-advisor: src/test/resources/user-rules/throws/careless.drl: rule \"Big machines get a note\" failed:")
                .contains("NullPointerException", "one of yours (--rules)")
                .doesNotContain("internal error", "\tat ");
    }

    @Test
    void wslconfigSyntaxAndFileFindingsCarryTheirSectionKeyFileAndNoFakeLine(@TempDir Path dir)
            throws Exception {
        Path cfg = dir.resolve(".wslconfig");
        Files.write(
                cfg,
                "\uFEFF[wsl2]\nswap_file=x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CliRun r =
                CliRun.run(
                        "advise",
                        "--facts",
                        DOCKER,
                        "--wslconfig",
                        cfg.toString(),
                        "--format",
                        "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        JsonNode findings = new ObjectMapper().readTree(r.out()).at("/wslconfig/findings");
        JsonNode syntax = null;
        JsonNode bom = null;
        for (JsonNode f : findings) {
            if ("wslconfig-syntax-error".equals(f.path("rule").asText())) {
                syntax = f;
            }
            if ("wslconfig-utf8-bom".equals(f.path("rule").asText())) {
                bom = f;
            }
        }
        assertThat(syntax).as(findings.toString()).isNotNull();
        assertThat(syntax.get("section").asText()).isEqualTo("wsl2");
        assertThat(syntax.get("key").asText()).isEqualTo("swap_file");
        assertThat(syntax.get("line").asInt()).isEqualTo(2);
        assertThat(syntax.get("column").asInt()).isEqualTo(5);
        assertThat(syntax.get("file").asText()).isEqualTo(cfg.toString());
        assertThat(bom).as(findings.toString()).isNotNull();
        assertThat(bom.get("line").isNull()).isTrue();

        CliRun text = CliRun.run("advise", "--facts", DOCKER, "--wslconfig", cfg.toString());
        assertThat(text.out()).contains(cfg + ":2:5: error: ");
    }

    @Test
    void whereWsl2CanNeverRunNoWslconfigIsSuggested() throws Exception {
        CliRun r =
                CliRun.runWith(
                        "{\"host\": {\"os\": {\"build\": 19045, \"architecture\": \"x86\"}}, \"answers\": {\"docker\": true}}",
                        Map.of(),
                        false,
                        "advise",
                        "--facts",
                        "-",
                        "--format",
                        "json");
        JsonNode wslconfig = new ObjectMapper().readTree(r.out()).get("wslconfig");
        assertThat(wslconfig.get("settings")).isEmpty();
        assertThat(wslconfig.get("text").asText()).isEmpty();
        assertThat(wslconfig.get("note").asText()).contains("cannot run on this PC");
    }
}
