package dev.wsladvisor.cli;

import dev.wsladvisor.usecase.WslconfigServices;
import dev.wsladvisor.wslconfig.apply.WslConfigText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "suggest",
        mixinStandardHelpOptions = true,
        header = "Print a complete .wslconfig sized for this PC and what you do on it.",
        description = {
            "Only settings that differ from WSL's defaults are printed, each under the",
            "reason for it.",
            "When WSL1 suits the PC better, says so: .wslconfig applies to WSL 2 only.",
            "",
            "Examples:",
            "  wsl-advisor wslconfig suggest --facts facts.json",
            "  wsl-advisor wslconfig suggest --facts facts.json > .wslconfig.new"
        })
final class WslconfigSuggestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @ParentCommand WslconfigCommand parent;

    @Mixin RuleOptions ruleOptions = new RuleOptions();

    @Mixin FactsOption facts = new FactsOption();

    @Override
    public Integer call() {
        WslconfigServices.Suggestions s =
                parent.services().suggest(facts.required(), ruleOptions.dirs());
        s.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (!"WSL2".equals(s.recommendation())) {
            spec.commandLine()
                    .getOut()
                    .println(
                            "# "
                                    + s.recommendation()
                                    + " is recommended for this PC;"
                                    + " .wslconfig applies only to WSL 2, so there is nothing to set.");
        } else if (s.buildTooOldForWslconfig()) {
            spec.commandLine()
                    .getOut()
                    .println(
                            "# Windows build "
                                    + s.build()
                                    + " does not read .wslconfig (it needs build 19041"
                                    + " or later); update Windows first, then run 'wsl-advisor wslconfig suggest' again.");
        } else if (s.settings().isEmpty()) {
            spec.commandLine()
                    .getOut()
                    .println("# WSL's defaults already suit this PC; nothing to set.");
        } else {
            spec.commandLine().getOut().print(WslConfigText.render(s.settings()));
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
