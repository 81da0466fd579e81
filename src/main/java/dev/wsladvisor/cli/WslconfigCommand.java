package dev.wsladvisor.cli;

import dev.wsladvisor.usecase.DefaultWslconfigServices;
import dev.wsladvisor.usecase.WslconfigServices;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "wslconfig",
        mixinStandardHelpOptions = true,
        header = "Check, suggest and safely apply .wslconfig settings, exactly as WSL reads them.",
        description = {
            "Examples:",
            "  wsl-advisor wslconfig lint %%UserProfile%%\\.wslconfig",
            "  wsl-advisor wslconfig lint .wslconfig --facts host.json --wsl-conf wsl.conf",
            "  wsl-advisor wslconfig lint .wslconfig --format sarif > wslconfig.sarif",
            "  wsl-advisor wslconfig show %%UserProfile%%\\.wslconfig --facts host.json",
            "  wsl-advisor wslconfig suggest --facts facts.json",
            "  wsl-advisor wslconfig apply --facts facts.json --dry-run",
            "  wsl-advisor wslconfig explain memory"
        },
        subcommands = {
            WslconfigLintCommand.class,
            WslconfigShowCommand.class,
            WslconfigSuggestCommand.class,
            WslconfigApplyCommand.class,
            WslconfigExplainCommand.class
        })
public final class WslconfigCommand implements Runnable {

    /**
     * Null until first asked for: the real services, which read a facts document named '-' from the
     * console.
     */
    private WslconfigServices services;

    /** Null: the root command's. */
    private final Console console;

    @Spec CommandSpec spec;

    @picocli.CommandLine.ParentCommand WslAdvisorCommand root;

    public WslconfigCommand() {
        this(null, null);
    }

    /**
     * For tests, as this command then runs without the root command: its services (null: the real
     * ones) and console.
     */
    public WslconfigCommand(WslconfigServices services, Console console) {
        this.services = services;
        this.console = console;
    }

    Console console() {
        return console != null ? console : root.console();
    }

    WslconfigServices services() {
        if (services == null) {
            services = new DefaultWslconfigServices(console().in());
        }
        return services;
    }

    /**
     * The fact objects of a {@code --facts} document, or none without one; the facts reader's
     * warnings (unknown field names and the like) go to {@code err} first.
     */
    List<Object> hostFacts(String facts, PrintWriter err) {
        if (facts == null) {
            return List.of();
        }
        WslconfigServices.HostFacts host = services().hostFacts(facts);
        host.warnings().forEach(w -> err.println("warning: " + w));
        return host.facts();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
