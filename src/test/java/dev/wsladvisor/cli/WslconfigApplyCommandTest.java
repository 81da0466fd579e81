package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wslconfig apply on the real rules and samples. */
class WslconfigApplyCommandTest {

    @Test
    void buildThatDoesNotReadWslconfigLeavesTheFileAloneAndSaysWhy(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve(".wslconfig");
        Files.writeString(file, "[wsl2]\nmemory=4GB\n");

        CliRun r =
                CliRun.run(
                        "wslconfig",
                        "apply",
                        "--facts",
                        "facts/old-1909-build.json",
                        "--file",
                        file.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("Windows build 18363 does not read .wslconfig")
                .contains("was left alone")
                .doesNotContain("---");
        assertThat(Files.readString(file)).isEqualTo("[wsl2]\nmemory=4GB\n");
        assertThat(dir.toFile().list()).containsExactly(".wslconfig");
    }

    @Test
    void aFileInAMissingFolderIsRefusedBeforeAnyDiffIsShown(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve(".wslconfig");

        CliRun r =
                CliRun.run(
                        "wslconfig",
                        "apply",
                        "--facts",
                        "facts/docker-web-developer.json",
                        "--file",
                        file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("does not exist");
        assertThat(r.out()).doesNotContain("---").doesNotContain("+++");

        CliRun dry =
                CliRun.run(
                        "wslconfig",
                        "apply",
                        "--facts",
                        "facts/docker-web-developer.json",
                        "--file",
                        file.toString(),
                        "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.err())
                .contains("warning: ", "does not exist", "the real run would stop here");
    }
}
