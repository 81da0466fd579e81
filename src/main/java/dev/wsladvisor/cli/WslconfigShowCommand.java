package dev.wsladvisor.cli;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.Hardware;
import dev.wsladvisor.facts.HostOs;
import dev.wsladvisor.text.Visible;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import dev.wsladvisor.wslconfig.show.EffectiveConfig;
import dev.wsladvisor.wslconfig.show.EffectiveConfigReport;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.parse.WslConfigFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        header = "Show what WSL will actually use from a .wslconfig or wsl.conf, and where it came from.",
        description = {
            "Every key WSL reads from the file, with the value after WSL's own parsing",
            "(sizes in bytes, booleans, escapes, the first of repeated keys, the",
            "[experimental] spelling when that comes first) and its line; the lines WSL",
            "ignores and why; and the defaults of the keys the file does not set (those",
            "WSL works out per PC, such as memory and swap, computed with --facts).",
            "The file is read as wsl.conf when it is named wsl.conf, else as .wslconfig,",
            "unless --dialect says otherwise. Files are read within "
                    + WslConfigFiles.LIMITS + ".",
            "Exit code 0, or 2 when a file cannot be read.",
            "",
            "Examples:",
            "  wsl-advisor wslconfig show %%UserProfile%%\\.wslconfig",
            "  wsl-advisor wslconfig show .wslconfig --facts host.json",
            "  wsl-advisor wslconfig show /etc/wsl.conf --format json",
            "  wsl-advisor wslconfig show --dialect wsl.conf my-wsl.conf.txt"})
final class WslconfigShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    WslconfigCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to show; - reads standard input.")
    List<Path> files;

    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "Read every FILE as: wslconfig or wsl.conf (default: by the file's name).")
    String dialect;

    @Option(names = "--facts", paramLabel = "F",
            description = "Facts document of the PC, to compute the defaults WSL works out per PC.")
    Path facts;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    EffectiveConfigReport.Format format;

    @Override
    public Integer call() {
        ConfigDialect forced = dialect == null ? null : dialect(dialect);
        if (files.stream().filter(WslConfigFiles::isStdin).count() > 1) {
            throw new UserInputException("standard input (-) can be read only once; pass it as one FILE");
        }
        EffectiveConfig.Host host = host(parent.hostFacts(facts, spec.commandLine().getErr()));
        List<EffectiveConfig> shown = new ArrayList<>();
        for (Path p : files) {
            boolean stdin = WslConfigFiles.isStdin(p);
            ConfigDialect d = forced != null ? forced
                    : !stdin && p.getFileName() != null && p.getFileName().toString().equals("wsl.conf")
                            ? ConfigDialect.WSL_CONF : ConfigDialect.WSLCONFIG;
            String name = stdin ? WslConfigFiles.STDIN : p.toString();
            shown.add(EffectiveConfig.of(name, WslConfigFiles.parse(p, parent.stdin(), d), KeyCatalog.builtIn(), host));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(EffectiveConfigReport.render(format, shown));
        out.flush();
        return ExitCode.OK;
    }

    static ConfigDialect dialect(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "wslconfig", ".wslconfig" -> ConfigDialect.WSLCONFIG;
            case "wsl.conf", "wslconf" -> ConfigDialect.WSL_CONF;
            default -> throw new UserInputException("--dialect " + Visible.escape(name)
                    + ": not a dialect; use --dialect wslconfig (the Windows .wslconfig) or --dialect wsl.conf"
                    + " (a distribution's /etc/wsl.conf)");
        };
    }

    static EffectiveConfig.Host host(List<Object> facts) {
        Integer memoryMb = null;
        Integer processors = null;
        Integer build = null;
        String architecture = null;
        for (Object f : facts) {
            if (f instanceof Hardware h) {
                memoryMb = h.getMemoryMb();
                processors = h.getLogicalProcessors();
            } else if (f instanceof HostOs os) {
                build = os.getBuild();
                architecture = os.getArchitecture();
            }
        }
        return new EffectiveConfig.Host(memoryMb, processors, build, architecture);
    }
}
