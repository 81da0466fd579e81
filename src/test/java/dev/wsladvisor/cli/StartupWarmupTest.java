package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.cli.StartupWarmup.Rules;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base begun at start-up is told what to build by the parsed command, the one that
 * will load it.
 */
class StartupWarmupTest {

    private static Rules rulesNeeded(String... args) {
        Console console = new Console(new ByteArrayInputStream(new byte[0]), false, Map.of());
        return StartupWarmup.rulesNeeded(Main.commandLine(console, args).parseArgs(args));
    }

    @Test
    void adviseWithoutAWslconfigNeedsTheRulesWithoutTheWslconfigLintRules() {
        assertThat(rulesNeeded("advise", "--facts", "host.json"))
                .isEqualTo(Rules.WITHOUT_WSLCONFIG_LINT);
        assertThat(rulesNeeded("ask", "--facts", "host.json"))
                .isEqualTo(Rules.WITHOUT_WSLCONFIG_LINT);
        assertThat(rulesNeeded("advise", "--facts", "host.json", "--rules", "my-rules"))
                .isEqualTo(Rules.WITHOUT_WSLCONFIG_LINT);
    }

    @Test
    void aWslconfigGivenToAdviseOrAskNeedsTheWslconfigLintRulesToo() {
        assertThat(rulesNeeded("advise", "--facts", "host.json", "--wslconfig", ".wslconfig"))
                .isEqualTo(Rules.WITH_WSLCONFIG_LINT);
        assertThat(rulesNeeded("advise", "--wslconfig=.wslconfig", "--facts", "host.json"))
                .isEqualTo(Rules.WITH_WSLCONFIG_LINT);
        assertThat(rulesNeeded("ask", "--facts", "host.json", "--wslconfig", ".wslconfig"))
                .isEqualTo(Rules.WITH_WSLCONFIG_LINT);
    }

    @Test
    void batchNeedsTheRulesWithoutTheWslconfigLintRules() {
        assertThat(rulesNeeded("batch", "--in", "fleet.jsonl"))
                .isEqualTo(Rules.WITHOUT_WSLCONFIG_LINT);
    }

    @Test
    void theRulesCommandsNeedEveryRule() {
        assertThat(rulesNeeded("rules", "list")).isEqualTo(Rules.WITH_WSLCONFIG_LINT);
        assertThat(rulesNeeded("rules", "check", "--rules", "my-rules"))
                .isEqualTo(Rules.WITH_WSLCONFIG_LINT);
    }

    @Test
    void helpVersionAndCommandsThatRunNoRulesNeedNone() {
        assertThat(rulesNeeded("advise", "--help")).isEqualTo(Rules.NONE);
        assertThat(rulesNeeded("advise", "--facts", "host.json", "--version"))
                .isEqualTo(Rules.NONE);
        assertThat(rulesNeeded("--version")).isEqualTo(Rules.NONE);
        assertThat(rulesNeeded()).isEqualTo(Rules.NONE);
        assertThat(rulesNeeded("rules")).isEqualTo(Rules.NONE);
        assertThat(rulesNeeded("rules", "list", "-h")).isEqualTo(Rules.NONE);
    }

    @Test
    void theSubcommandNamesMainLooksUpAreTheNamesTheirAnnotationsGive() {
        assertThat(Main.Subcommands.NAMES)
                .containsExactlyElementsOf(
                        Main.Subcommands.CLASSES.stream()
                                .map(c -> c.getAnnotation(picocli.CommandLine.Command.class).name())
                                .toList());
    }

    @Test
    void theRulesAreBegunBeforeTheParseOnlyForASubcommandThatMayRunThem() {
        assertThat(Main.Subcommands.CLASSES)
                .filteredOn(StartupWarmup::mayRunRules)
                .containsExactly(
                        AdviseCommand.class,
                        AskCommand.class,
                        BatchCommand.class,
                        RulesCommand.class);
    }

    @Test
    void thePreloadIsBegunForTheCommandNamedAndWithTheLintRulesWhenAWslconfigIsMentioned() {
        assertThat(Main.namedSubcommand(new String[] {"advise", "--facts", "a.json"}))
                .isEqualTo(AdviseCommand.class);
        assertThat(Main.namedSubcommand(new String[] {"--help"})).isNull();
        assertThat(Main.mentionsWslconfig(new String[] {"advise", "--wslconfig", ".wslconfig"}))
                .isTrue();
        assertThat(Main.mentionsWslconfig(new String[] {"ask", "--wslconfig=.wslconfig"})).isTrue();
        assertThat(Main.mentionsWslconfig(new String[] {"advise", "--facts", "wslconfig.json"}))
                .isFalse();
    }

    @Test
    void theGuessThePreloadIsBegunOnIsWhatTheParsedCommandThenAsksFor() {
        String[][] commandLines = {
            {"advise", "--facts", "host.json"},
            {"advise", "--facts", "host.json", "--wslconfig", ".wslconfig"},
            {"ask", "--wslconfig=.wslconfig"},
            {"ask"},
            {"batch", "--in", "fleet.jsonl"},
            {"rules", "list"},
            {"rules", "check", "--rules", "my-rules"},
            {"rules", "test", "scenarios"},
            {"rules", "coverage", "scenarios"}
        };
        for (String[] args : commandLines) {
            boolean guess =
                    StartupWarmup.guessesWslconfigLint(
                            Main.namedSubcommand(args), Main.mentionsWslconfig(args));
            assertThat(guess)
                    .as(String.join(" ", args))
                    .isEqualTo(rulesNeeded(args) == Rules.WITH_WSLCONFIG_LINT);
        }
    }
}
