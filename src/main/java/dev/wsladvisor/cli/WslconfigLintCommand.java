package dev.wsladvisor.cli;

import dev.wsladvisor.usecase.WslconfigLint;
import dev.wsladvisor.wslconfig.lint.LintReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        header = "Find what WSL will ignore or misread in a .wslconfig (and /etc/wsl.conf).",
        description = {
            "Reads the file the way WSL's own parser does and reports each problem with its",
            "line and a fix.",
            "Exit code 1 when any finding is an error, 0 otherwise, 2 for bad input.",
            "Files are read within " + dev.wsladvisor.wslconfig.parse.WslConfigFiles.LIMITS + ".",
            "",
            "Examples:",
            "  wsl-advisor wslconfig lint %%UserProfile%%\\.wslconfig",
            "  wsl-advisor wslconfig lint .wslconfig --facts facts.json",
            "      (also checks memory, processors and settings against the PC)",
            "  wsl-advisor wslconfig lint --wsl-conf /etc/wsl.conf",
            "  wsl-advisor wslconfig lint .wslconfig --format sarif > wslconfig.sarif"
        })
final class WslconfigLintCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @ParentCommand WslconfigCommand parent;

    @Mixin RuleOptions ruleOptions = new RuleOptions();

    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            description = "The .wslconfig to check; - reads standard input.")
    Path file;

    @Mixin FactsOption facts = new FactsOption();

    @Option(
            names = "--wsl-conf",
            paramLabel = "FILE",
            description = "Also check this /etc/wsl.conf.")
    Path wslConf;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    LintReport.Format format;

    @Override
    public Integer call() {
        WslconfigLint.refuseUnusable(file, wslConf);
        List<Object> hostFacts = parent.hostFacts(facts.facts(), spec.commandLine().getErr());
        List<LintReport.FileFindings> files =
                WslconfigLint.lint(
                        parent.services(),
                        ruleOptions.dirs(),
                        file,
                        wslConf,
                        hostFacts,
                        parent.console().in());
        PrintWriter out = spec.commandLine().getOut();
        out.print(LintReport.render(format, files));
        out.flush();
        return WslconfigLint.hasErrors(files) ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }
}
