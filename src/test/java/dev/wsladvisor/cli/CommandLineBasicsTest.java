package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a new user meets first: no arguments, --version, option values in another case, odd file
 * names.
 */
class CommandLineBasicsTest {

    @Test
    void noArgumentsPrintTheHelpOnStandardErrorAndExit2() {
        CliRun r = CliRun.run();
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .startsWith("Usage: wsl-advisor")
                .contains("advise", "batch", "Exit codes:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void versionPrintsTheProjectVersion() {
        CliRun r = CliRun.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().trim()).matches("wsl-advisor \\d+\\.\\d+\\.\\d+\\S*");
        assertThat(CliRun.run("advise", "--version").out()).isEqualTo(r.out());
    }

    @Test
    void enumValuesAreAcceptedInAnyCase() {
        CliRun r =
                CliRun.run(
                        "advise", "--facts", "facts/docker-web-developer.json", "--format", "JSON");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{");
    }

    @Test
    void aFileNameJavaCannotUseIsBadInputNotABug() {
        CliRun facts = CliRun.run("advise", "--facts", "a\0b.json");
        assertThat(facts.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(facts.err())
                .contains("a\\x00b.json: a file name cannot hold a NUL character")
                .doesNotContain("internal error");

        CliRun option = CliRun.run("wslconfig", "lint", "a\0b");
        assertThat(option.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(option.err()).contains("cannot hold a NUL character");
    }

    @Test
    void underAnAsciiLocaleANonAsciiNameSaysHowToFixIt() {
        assertThat(ErrorHandling.unusableFileName("h\uFFFDte.json", "ANSI_X3.4-1968"))
                .contains("h\uFFFDte.json: cannot be used as a file name here", "LANG=C.UTF-8")
                .contains("(Java reads file names as ANSI_X3.4-1968)");
    }

    @Test
    void anEmptyFileNameIsNotTheCurrentFolder() {
        CliRun r = CliRun.run("advise", "--facts", "");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--facts: the file name is empty");
    }

    @Test
    void escapeSequencesInAnUnknownOptionAreShownEscaped() {
        CliRun r = CliRun.run("advise", "--\u001b[2J");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("\\x1b[2J").doesNotContain("\u001b");
    }
}
