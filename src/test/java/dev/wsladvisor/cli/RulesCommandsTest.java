package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules check, list, test and coverage as a rule author runs them. */
class RulesCommandsTest {

    private static final String ACME = "src/test/resources/rule-packs/acme";
    private static final String HEADER =
            "package acme;\nimport dev.wsladvisor.facts.*;\nimport static dev.wsladvisor.rules.Dsl.*;\n\n";

    private static Path pack(Path dir, String rules) throws IOException {
        Files.writeString(dir.resolve("mine.drl"), HEADER + rules);
        return dir;
    }

    @Test
    void checkRefusesWhatAdviseRefusesWithEveryProblemAtItsPlace(@TempDir Path dir)
            throws IOException {
        pack(
                dir,
                "rule \"Mine\"\n    @id(\"acme-mine\") @explanation(\"e\") @source(\"https://e\")\n"
                        + "    @favors(\"wsl3\") @weight(lots)\nwhen\n    Answers( dockr == true )\nthen\n    insert( reason(kcontext) );\nend\n");
        CliRun check = CliRun.run("rules", "check", "--rules", dir.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        String file = dir.resolve("mine.drl").toString();
        assertThat(check.err())
                .contains(
                        file
                                + ":7:13: rule \"Mine\": @favors(\"wsl3\") names no WSL version; write @favors(\"WSL1\") or @favors(\"WSL2\").\n"
                                + "        @favors(\"wsl3\") @weight(lots)\n                ^^^^^^\n",
                        file + ":7:29: rule \"Mine\": @weight(lots) is not a whole number",
                        file
                                + ":9:14: Answers has no field 'dockr'; did you mean 'docker'? The fields are: docker, errors,")
                .contains("3 errors in 1 file: advise would refuse these rules.")
                .doesNotContain("drools:", "strict-mode");
        assertThat(
                        CliRun.run(
                                        "advise",
                                        "--facts",
                                        "facts/home-laptop.json",
                                        "--rules",
                                        dir.toString())
                                .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.run("--verbose", "rules", "check", "--rules", dir.toString()).err())
                .contains("    drools: Unable to Analyse Expression dockr == true");
    }

    @Test
    void aConstraintThatCanNeverMatchTheContractsValuesIsAnError(@TempDir Path dir)
            throws IOException {
        pack(
                dir,
                "rule \"Old\"\n    @id(\"acme-old\") @explanation(\"e\") @source(\"https://e\") @favors(\"WSL1\") @weight(10)\nwhen\n"
                        + "    HostOs( build < 100 )\n    Features( virtualMachinePlatform == \"on\" )\nthen\n    insert( reason(kcontext) );\nend\n");
        CliRun check = CliRun.run("rules", "check", "--rules", dir.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err())
                .contains(
                        "the rule can never fire: HostOs.build (host.os.build) is from 7600 to 99999 in the facts"
                                + " document, so build < 100 is never true.",
                        "Features.virtualMachinePlatform (host.features.virtualMachinePlatform)"
                                + " is one of enabled, disabled, absent, enable-pending, so \"on\" can never match");
    }

    @Test
    void systemExitIsAWarningNotAnError() {
        CliRun check =
                CliRun.run(
                        "rules", "check", "--rules", "src/test/resources/user-rules/runaway-exit");
        assertThat(check.exitCode()).isZero();
        assertThat(check.err())
                .startsWith(
                        "src/test/resources/user-rules/runaway-exit/exits.drl:13:5: warning: System.exit ends"
                                + " wsl-advisor itself")
                .contains("run only rule files you trust");
        assertThat(check.out())
                .matches("ok: \\d+ rules \\(\\d+ built-in, 1 from --rules\\), 1 warning\n");
    }

    @Test
    void aPackWithScenariosPassesItsTestsAndCoverage() {
        CliRun test = CliRun.run("rules", "test", "--rules", ACME);
        assertThat(test.exitCode()).as(test.out()).isZero();
        assertThat(test.out())
                .contains(
                        "PASS  " + ACME + "/vpn-user.scenario.json\n",
                        "yours: acme-vpn-needs-wsl1",
                        "2 passed, 0 failed (2 scenarios).");
        CliRun coverage =
                CliRun.run("rules", "coverage", "--rules", ACME, "--only", ACME, "--require-all");
        assertThat(coverage.exitCode()).isZero();
        assertThat(coverage.out())
                .startsWith("Over 2 scenarios, 2 of 2 rules fired (100%).\n")
                .contains(
                        "  acme-vpn-needs-wsl1  (2 scenarios)\n      "
                                + ACME
                                + "/vpn-policy.drl\n");
    }

    @Test
    void aFailingScenarioListsEveryDifferenceExitsOneAndWritesJunit(@TempDir Path dir)
            throws IOException {
        Files.writeString(
                dir.resolve("wrong.scenario.json"),
                "{\"facts\": {\"answers\": {\"vpn\": true}},"
                        + " \"expect\": {\"recommendation\": \"WSL2\", \"notFired\": [\"acme-vpn-needs-wsl1\"]}}");
        Path junit = dir.resolve("results.xml");
        CliRun test =
                CliRun.run(
                        "rules",
                        "test",
                        "--rules",
                        ACME,
                        dir.toString(),
                        "--junit",
                        junit.toString());
        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.out())
                .contains(
                        "FAIL  "
                                + dir.resolve("wrong.scenario.json")
                                + "\n"
                                + "      - recommendation: expected WSL2, got WSL1\n"
                                + "      - notFired: expected rule acme-vpn-needs-wsl1 not to fire; it fired\n"
                                + "      fired: ",
                        "0 passed, 1 failed (1 scenario).");
        assertThat(Files.readString(junit))
                .startsWith("<?xml")
                .contains(
                        "tests=\"1\" failures=\"1\" errors=\"0\"",
                        "<failure message=\"2 differences: recommendation: expected WSL2, got WSL1\"");
    }

    @Test
    void anUnreadableScenarioIsBadInputAndTheOthersStillRun(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("broken.scenario.json"),
                "{\"facts\": {\"host\": {\"os\": {\"build\": \"x\"}}}}");
        Files.copy(Path.of(ACME, "vpn-user.scenario.json"), dir.resolve("good.scenario.json"));
        CliRun test = CliRun.run("rules", "test", "--rules", ACME, dir.toString());
        assertThat(test.exitCode()).isEqualTo(2);
        assertThat(test.out())
                .contains(
                        "ERROR "
                                + dir.resolve("broken.scenario.json")
                                + "\n      "
                                + dir.resolve("broken.scenario.json")
                                + ":1:",
                        "PASS  " + dir.resolve("good.scenario.json"),
                        "1 passed, 0 failed, 1 could not be read (2 scenarios).");
    }

    @Test
    void testWithoutScenariosSaysWhereToPutThem(@TempDir Path dir) {
        CliRun none = CliRun.run("rules", "test");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("wsl-advisor: no scenarios named:");
        CliRun empty = CliRun.run("rules", "test", dir.toString());
        assertThat(empty.err()).startsWith("wsl-advisor: no *.scenario.json files in " + dir);
    }

    @Test
    void coverageAsJsonNamesEveryRuleByIdAndFile() throws IOException {
        CliRun coverage = CliRun.run("rules", "coverage", "--rules", ACME, "--format", "json");
        JsonNode json = new ObjectMapper().readTree(coverage.out());
        assertThat(json.get("scenarios").asInt()).isEqualTo(2);
        assertThat(json.get("rules").asInt()).isEqualTo(json.get("coverage").size());
        assertThat(json.get("neverFired").toString())
                .contains("{\"id\":\"gpu-compute-needs-wsl2\",\"file\":\"rules/workload.drl\"}");
        assertThat(json.get("coverage").toString())
                .contains(
                        "{\"id\":\"acme-vpn-needs-wsl1\",\"file\":\""
                                + ACME
                                + "/vpn-policy.drl\",\"scenarios\":[\""
                                + ACME
                                + "/vpn-docker-user.scenario.json\",\""
                                + ACME
                                + "/vpn-user.scenario.json\"]}");
    }

    @Test
    void listShowsWhatEachRuleDoesFitsEightyColumnsAndFilters() throws IOException {
        CliRun all = CliRun.run("rules", "list", "--rules", ACME);
        // Only a web address, which cannot break, may be longer.
        assertThat(all.out().lines())
                .allSatisfy(
                        l ->
                                assertThat(l.length() <= 80 || l.matches("    https://\\S+"))
                                        .as(l)
                                        .isTrue());
        CliRun docker = CliRun.run("rules", "list", "--fact", "answers.docker");
        assertThat(docker.out())
                .contains(
                        "docker-needs-wsl2\n    favors WSL2, need; facts: answers.docker\n    file: rules/workload.drl\n")
                .doesNotContain("serial-port-needs-wsl1");
        assertThat(CliRun.run("rules", "list", "--rules", ACME, "--file", "acme").out())
                .contains(
                        "acme-vpn-mirrored-networking\n    warning when the advice is WSL2; facts: answers.vpn\n    file: "
                                + ACME
                                + "/vpn-policy.drl\n")
                .endsWith("2 rules in files containing 'acme'.\n");
        JsonNode json =
                new ObjectMapper()
                        .readTree(
                                CliRun.run(
                                                "rules",
                                                "list",
                                                "--id",
                                                "cpu-without-slat",
                                                "--format",
                                                "json")
                                        .out());
        assertThat(json.get(0).get("kind").asText()).isEqualTo("blocker");
        assertThat(json.get(0).get("permanent").asBoolean()).isTrue();
        CliRun typo = CliRun.run("rules", "list", "--fact", "answers.dokcer");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean answers.docker?");
    }
}
