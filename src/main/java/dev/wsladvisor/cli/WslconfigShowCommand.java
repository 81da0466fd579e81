package dev.wsladvisor.cli;

import dev.wsladvisor.usecase.WslconfigShow;
import dev.wsladvisor.wslconfig.parse.WslConfigFiles;
import dev.wsladvisor.wslconfig.show.EffectiveConfig;
import dev.wsladvisor.wslconfig.show.EffectiveConfigReport;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
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
        name = "show",
        mixinStandardHelpOptions = true,
        header =
                "Show what WSL will actually use from a .wslconfig or wsl.conf, and where it came from.",
        description = {
            "Every key WSL reads from the file, with the value after WSL's own parsing",
            "(sizes in bytes, booleans, escapes, the first of repeated keys, the",
            "[experimental] spelling when that comes first) and its line; the lines WSL",
            "ignores and why; and the defaults of the keys the file does not set (those",
            "WSL works out per PC, such as memory and swap, computed with --facts).",
            "The file is read as wsl.conf when it is named wsl.conf, else as .wslconfig,",
            "unless --dialect says otherwise. Files are read within " + WslConfigFiles.LIMITS + ".",
            "Exit code 0, or 2 when a file cannot be read.",
            "",
            "Examples:",
            "  wsl-advisor wslconfig show %%UserProfile%%\\.wslconfig",
            "  wsl-advisor wslconfig show .wslconfig --facts host.json",
            "  wsl-advisor wslconfig show /etc/wsl.conf --format json",
            "  wsl-advisor wslconfig show --dialect wsl.conf my-wsl.conf.txt"
        })
final class WslconfigShowCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @ParentCommand WslconfigCommand parent;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "The files to show; - reads standard input.")
    List<Path> files;

    @Option(
            names = "--dialect",
            paramLabel = "DIALECT",
            description =
                    "Read every FILE as: wslconfig or wsl.conf (default: by the file's name).")
    String dialect;

    @Mixin FactsOption facts = new FactsOption();

    @Mixin FormatOption format = new FormatOption();

    @Override
    public Integer call() {
        ConfigDialect forced = WslconfigShow.forcedDialect(dialect, files);
        List<Object> hostFacts = parent.hostFacts(facts.facts(), spec.commandLine().getErr());
        List<EffectiveConfig> shown =
                WslconfigShow.show(files, forced, hostFacts, parent.console().in());
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                EffectiveConfigReport.render(
                        EffectiveConfigReport.Format.valueOf(format.format().name()), shown));
        out.flush();
        return ExitCode.OK;
    }
}
