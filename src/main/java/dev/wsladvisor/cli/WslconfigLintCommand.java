package dev.wsladvisor.cli;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.lint.LintReport;
import dev.wsladvisor.wslconfig.parse.WslConfigFiles;
import dev.wsladvisor.wslconfig.lint.WslConfigLinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
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
            "  wsl-advisor wslconfig lint .wslconfig --format sarif > wslconfig.sarif"})
final class WslconfigLintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    WslconfigCommand parent;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The .wslconfig to check; - reads standard input.")
    Path file;

    @Option(names = "--facts", paramLabel = "F", description = "Facts document of the PC, to check values against it.")
    Path facts;

    @Option(names = "--wsl-conf", paramLabel = "FILE", description = "Also check this /etc/wsl.conf.")
    Path wslConf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    LintReport.Format format;

    @Override
    public Integer call() {
        if (file == null && wslConf == null) {
            throw new UserInputException("nothing to check: pass a .wslconfig FILE, --wsl-conf FILE, or both");
        }
        if (isStdin(file) && isStdin(wslConf)) {
            throw new UserInputException("only one of FILE and --wsl-conf can be '-' (standard input)");
        }
        WslconfigServices services = parent.services();
        List<Object> hostFacts = parent.hostFacts(facts, spec.commandLine().getErr());
        WslConfigLinter linter = new WslConfigLinter(services.engine(ruleOptions.dirs()), KeyCatalog.builtIn());
        PrintWriter out = spec.commandLine().getOut();
        List<LintReport.FileFindings> files = new ArrayList<>();
        if (file != null) {
            String name = isStdin(file) ? STDIN : file.toString();
            files.add(new LintReport.FileFindings(name, linter.lint(parse(file, ConfigDialect.WSLCONFIG), name, hostFacts)));
        }
        if (wslConf != null) {
            String name = isStdin(wslConf) ? STDIN : wslConf.toString();
            files.add(new LintReport.FileFindings(name, linter.lint(parse(wslConf, ConfigDialect.WSL_CONF), name, hostFacts)));
        }
        out.print(LintReport.render(format, files));
        out.flush();
        boolean errors = files.stream().flatMap(f -> f.findings().stream()).anyMatch(LintFinding::isError);
        return errors ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }

    private static final String STDIN = WslConfigFiles.STDIN;

    private static boolean isStdin(Path p) {
        return WslConfigFiles.isStdin(p);
    }

    private dev.wsladvisor.wslconfig.parse.ParseResult parse(Path p, ConfigDialect dialect) {
        return WslConfigFiles.parse(p, parent.stdin(), dialect);
    }
}
