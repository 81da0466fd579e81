package dev.wsladvisor.cli;

import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** rules list / rules check: the knowledge base as a rule author sees it. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = {"Show or check the knowledge base.", "",
            "Examples:",
            "  wsl-advisor rules list",
            "  wsl-advisor rules check --rules ./my-rules", ""},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class})
public final class RulesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints every rule: id, file, explanation and source. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every rule (built-in and from --rules) with its id, file, explanation and source.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private RuleOptions ruleOptions;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (RuleInfo rule : ruleOptions.load().rules()) {
                out.printf("%-40s %s%n    %s%n    %s%n", rule.id(), rule.file(), rule.meta("explanation"), rule.meta("source"));
            }
            return ExitCode.OK;
        }
    }

    /** Compiles the rules and checks their metadata without advising. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile the built-in rules and every --rules folder, check each rule's metadata, and report file:line errors.")
    static final class CheckRules implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private RuleOptions ruleOptions;

        @Override
        public Integer call() {
            RuleBase rules = ruleOptions.load();
            long own = rules.rules().stream().filter(r -> !r.file().startsWith("rules/")).count();
            spec.commandLine().getOut().printf("ok: %d rules (%d built-in, %d from --rules)%n",
                    rules.rules().size(), rules.rules().size() - own, own);
            return ExitCode.OK;
        }
    }
}
