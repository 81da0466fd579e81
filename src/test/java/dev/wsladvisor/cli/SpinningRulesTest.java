package dev.wsladvisor.cli;

import static dev.wsladvisor.cli.RunawayRulesTest.assertStopped;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule of the person's that spins in a busy loop in its own code, in its consequence or its
 * condition: ended by the time budget with the same one-line message on every Java. Java 20 and
 * later cannot stop a thread, so there the spinning rule is left running on a daemon worker thread
 * and burns a core until the JVM ends: the build runs this class in a JVM of its own (pom.xml) so
 * the rest of the suite does not pay for it. The timeouts run the test on a thread of its own, so
 * that a rule that is not stopped fails the test instead of hanging the build.
 */
class SpinningRulesTest {

    private static final String RULES = "src/test/resources/user-rules/";
    private static final String DOCKER = "facts/docker-web-developer.json";

    @Test
    @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
    void aRuleThatSpinsInItsConsequenceIsStoppedAndNamed() {
        long start = System.nanoTime();
        assertStopped(
                CliRun.run(
                        "advise",
                        "--facts",
                        DOCKER,
                        "--rules",
                        RULES + "runaway-spins",
                        "--rule-time-limit",
                        "300ms"),
                "runaway-spins/spins.drl: rule \"Spin\"");
        // The budget, a grace period for the halted rule (500 ms at least) and the rule compile;
        // not the test's timeout.
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(15_000);
    }

    @Test
    @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
    void aRuleWhoseConditionSpinsIsStoppedAndItsFileNamed() {
        CliRun r =
                CliRun.run(
                        "advise",
                        "--facts",
                        DOCKER,
                        "--rules",
                        RULES + "runaway-spins-condition",
                        "--rule-time-limit",
                        "300ms");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo(
                        "wsl-advisor: "
                                + RULES
                                + "runaway-spins-condition/spins-in-condition.drl: a rule, while"
                                + " matching its conditions, did not finish within 300 ms (--rule-time-limit) and was stopped: it loops, re-fires"
                                + " itself or waits. A rule that changes the facts it matches fires again (add no-loop, or match only what the"
                                + " change makes false); see docs/writing-rules.md.\n");
    }

    @Test
    @Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
    void batchOnSeveralThreadsStopsTheWholeRunWithTheSameMessageAndKeepsTheOutput(@TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("advice.jsonl");
        Files.writeString(out, "kept\n");
        CliRun r =
                CliRun.run(
                        "batch",
                        "--in",
                        "facts/fleet.jsonl",
                        "--out",
                        out.toString(),
                        "--threads",
                        "2",
                        "--rules",
                        RULES + "runaway-spins",
                        "--rule-time-limit",
                        "300ms");
        assertStopped(r, "runaway-spins/spins.drl: rule \"Spin\"");
        assertThat(Files.readString(out)).isEqualTo("kept\n");
    }

    @Test
    @Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
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
                        RULES + "runaway-spins",
                        "--rule-time-limit",
                        "300ms");
        assertStopped(r, "runaway-spins/spins.drl: rule \"Spin\"");
    }

    @Test
    @Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
    void aRuleGivenUpLeavesTheNextRunsOfThePersonsRulesWorking() {
        assertStopped(
                CliRun.run(
                        "advise",
                        "--facts",
                        DOCKER,
                        "--rules",
                        RULES + "runaway-spins",
                        "--rule-time-limit",
                        "300ms"),
                "runaway-spins/spins.drl: rule \"Spin\"");
        CliRun good =
                CliRun.run(
                        "advise", "--facts", DOCKER, "--rules", RULES + "good", "--format", "json");
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.out()).contains("acme-build-tools-need-wsl2");
    }
}
