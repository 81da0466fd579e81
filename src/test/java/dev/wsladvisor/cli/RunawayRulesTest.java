package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule of the person's that never finishes, recurses without end, or a rule file that is no text:
 * one line naming the rule and file, exit code 2, in advise, batch and ask; never a hang, a trace
 * or exit code 70. A rule that spins in its own code is in {@link SpinningRulesTest}, which runs in
 * a JVM of its own.
 */
class RunawayRulesTest {

    private static final String RULES = "src/test/resources/user-rules/";
    private static final String DOCKER = "facts/docker-web-developer.json";

    static void assertStopped(CliRun r, String fileAndRule) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err())
                .startsWith(
                        "wsl-advisor: "
                                + RULES
                                + fileAndRule
                                + " did not finish within 300 ms (--rule-time-limit)")
                .doesNotContain("\tat ", "internal error");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    @Timeout(30)
    void aRuleThatReFiresItselfIsStoppedAndNamed() {
        assertStopped(
                CliRun.run(
                        "advise",
                        "--facts",
                        DOCKER,
                        "--rules",
                        RULES + "runaway-refires",
                        "--rule-time-limit",
                        "300ms"),
                "runaway-refires/refires.drl: rule \"Count forever\"");
    }

    @Test
    @Timeout(30)
    void aRuleThatSleepsIsStoppedAndNamed() {
        assertStopped(
                CliRun.run(
                        "advise",
                        "--facts",
                        DOCKER,
                        "--rules",
                        RULES + "runaway-sleeps",
                        "--rule-time-limit",
                        "300ms"),
                "runaway-sleeps/sleeps.drl: rule \"Wait for the network\"");
    }

    @Test
    @Timeout(60)
    void batchStopsTheWholeRunWithTheSameMessage(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("advice.jsonl");
        Files.writeString(out, "kept\n");
        CliRun r =
                CliRun.run(
                        "batch",
                        "--in",
                        "facts/fleet.jsonl",
                        "--out",
                        out.toString(),
                        "--rules",
                        RULES + "runaway-sleeps",
                        "--rule-time-limit",
                        "300ms");
        assertStopped(r, "runaway-sleeps/sleeps.drl: rule \"Wait for the network\"");
        assertThat(Files.readString(out)).isEqualTo("kept\n");
    }

    @Test
    @Timeout(60)
    void askStopsWithTheSameMessage() {
        CliRun r =
                CliRun.runWith(
                        "",
                        Map.of(),
                        false,
                        "ask",
                        "--facts",
                        DOCKER,
                        "--rules",
                        RULES + "runaway-refires",
                        "--rule-time-limit",
                        "300ms");
        assertStopped(r, "runaway-refires/refires.drl: rule \"Count forever\"");
    }

    @Test
    @Timeout(60)
    void endlessRecursionIsTheAuthorsErrorNamingRuleAndFile() {
        CliRun r = CliRun.run("advise", "--facts", DOCKER, "--rules", RULES + "runaway-recursion");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo(
                        "wsl-advisor: "
                                + RULES
                                + "runaway-recursion/recursion.drl: rule \"Recurse\" recursed without"
                                + " end (StackOverflowError): a function or method that calls itself needs a case that stops. The rule is one of"
                                + " yours (--rules); see docs/writing-rules.md.\n");
    }

    @Test
    void aConditionThatThrowsIsTheAuthorsErrorNamingRuleAndFile() {
        CliRun r =
                CliRun.runWith(
                        "{\"host\": {\"os\": {\"build\": 22631}}}",
                        Map.of(),
                        false,
                        "advise",
                        "--facts",
                        "-",
                        "--rules",
                        RULES + "throws-in-condition");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo(
                        "wsl-advisor: "
                                + RULES
                                + "throws-in-condition/careless-condition.drl: rule \"Long edition names\""
                                + " failed while matching its conditions: 'edition.length() > 3' threw NullPointerException. The rule is one of"
                                + " yours (--rules): an unknown fact is null, so match only facts that are known (edition != null, or the null-safe"
                                + " helpers); see docs/writing-rules.md.\n");
    }

    @Test
    void theTimeLimitMustBeATime() {
        CliRun r = CliRun.run("advise", "--facts", DOCKER, "--rule-time-limit", "soon");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains(
                        "'soon' is not a time limit from 1ms to 1 hour: write for example 500ms, 5s or 1m.");
        assertThat(CliRun.run("advise", "--facts", DOCKER, "--rule-time-limit", "0s").exitCode())
                .isEqualTo(2);
    }

    @Test
    void binaryUtf16AndNonUtf8RuleFilesAreNamedWithExitTwo(@TempDir Path dir) throws IOException {
        Path binary = Files.createDirectories(dir.resolve("binary"));
        Files.write(binary.resolve("rules.drl"), new byte[] {'p', 'k', 0, 3, 4, 0, 0});
        Path utf16 = Files.createDirectories(dir.resolve("utf16"));
        Files.write(
                utf16.resolve("rules.drl"),
                "\uFEFFpackage a;\n".getBytes(StandardCharsets.UTF_16LE));
        Path latin1 = Files.createDirectories(dir.resolve("latin1"));
        Files.write(
                latin1.resolve("rules.drl"),
                "package a;\n// caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun b = CliRun.run("rules", "check", "--rules", binary.toString());
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err())
                .startsWith(
                        "wsl-advisor: "
                                + binary.resolve("rules.drl")
                                + ": binary data (a NUL byte at offset 2), not a rule file");
        CliRun u = CliRun.run("advise", "--facts", DOCKER, "--rules", utf16.toString());
        assertThat(u.exitCode()).isEqualTo(2);
        assertThat(u.err())
                .startsWith(
                        "wsl-advisor: "
                                + utf16.resolve("rules.drl")
                                + ": the file is UTF-16 encoded");
        CliRun l = CliRun.run("advise", "--facts", DOCKER, "--rules", latin1.toString());
        assertThat(l.exitCode()).isEqualTo(2);
        assertThat(l.err())
                .startsWith(
                        "wsl-advisor: "
                                + latin1.resolve("rules.drl")
                                + ":2:7: not valid UTF-8 text (byte 0xe9)");
        for (CliRun r : new CliRun[] {b, u, l}) {
            assertThat(r.err()).doesNotContain("\tat ", "internal error");
        }
    }
}
