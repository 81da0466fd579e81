package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** wslconfig suggest on the real rules and samples. */
class WslconfigSuggestCommandTest {

    @Test
    void buildThatDoesNotReadWslconfigSaysSoInsteadOfClaimingTheDefaultsSuit() {
        CliRun r = CliRun.run("wslconfig", "suggest", "--facts", "facts/old-1909-build.json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("Windows build 18363 does not read .wslconfig")
                .doesNotContain("defaults already suit");
    }

    @Test
    void dockerHostGetsACompleteFile() {
        CliRun r = CliRun.run("wslconfig", "suggest", "--facts", "facts/docker-web-developer.json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("autoMemoryReclaim=gradual").doesNotContain("memory=");
    }

    @Test
    void suggestAndApplyWithoutFactsAreBadUsage() {
        for (String[] line :
                new String[][] {
                    {"wslconfig", "suggest"}, {"wslconfig", "apply", "--file", "x.wslconfig"}
                }) {
            String command = line[1];
            CliRun r = CliRun.run(line);
            assertThat(r.exitCode()).as(command).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err())
                    .as(command)
                    .contains("Missing required option: '--facts=FILE'")
                    .contains("Try 'wsl-advisor wslconfig " + command + " --help'");
        }
    }
}
