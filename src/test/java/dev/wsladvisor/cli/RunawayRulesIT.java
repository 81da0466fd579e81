package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule of the person's that allocates without end, run in the built jar under a small heap
 * (in-process it would starve the other tests): one line naming rule and file, exit code 2, no
 * trace.
 */
class RunawayRulesIT {

    @Test
    void aRuleThatRunsOutOfMemoryIsTheAuthorsErrorNamingRuleAndFile(@TempDir Path dir)
            throws Exception {
        Path err = dir.resolve("err.txt");
        Process p =
                new ProcessBuilder(
                                List.of(
                                        Path.of(System.getProperty("java.home"), "bin", "java")
                                                .toString(),
                                        "-Xmx128m",
                                        "-jar",
                                        Path.of("target/wsl-advisor.jar")
                                                .toAbsolutePath()
                                                .toString(),
                                        "advise",
                                        "--facts",
                                        "facts/home-laptop.json",
                                        "--rules",
                                        "src/test/resources/user-rules/runaway-memory"))
                        .redirectOutput(dir.resolve("out.txt").toFile())
                        .redirectError(err.toFile())
                        .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(message).isEqualTo(2);
        assertThat(message)
                .isEqualTo(
                        "wsl-advisor: src/test/resources/user-rules/runaway-memory/memory.drl: rule \"Hoard\" ran out of"
                                + " memory (OutOfMemoryError): it keeps adding to a list or inserting facts. The rule is one of yours (--rules);"
                                + " see docs/writing-rules.md.\n");
    }
}
