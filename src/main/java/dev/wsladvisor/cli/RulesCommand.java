package dev.wsladvisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** rules list / check / test / coverage: the knowledge base as a rule author sees it. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {
            "Write, check, test and measure rules: the knowledge base as a rule author sees it.",
            "Your rules go in a folder of .drl files, loaded beside the built-in ones with --rules DIR;",
            "scenarios (*.scenario.json) beside them say what the advice must be. See docs/writing-rules.md.",
            "",
            "Examples:",
            "  wsl-advisor rules list --fact answers.docker",
            "  wsl-advisor rules check --rules ./my-rules",
            "  wsl-advisor rules test --rules ./my-rules",
            "  wsl-advisor rules coverage --rules ./my-rules",
            ""
        },
        subcommands = {
            RulesListCommand.class,
            RulesCheckCommand.class,
            RulesTestCommand.class,
            RulesCoverageCommand.class
        })
public final class RulesCommand implements Runnable {

    @Spec private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
