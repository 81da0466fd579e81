package dev.wsladvisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "wslconfig", mixinStandardHelpOptions = true,
        header = "Check, suggest and safely apply .wslconfig settings, exactly as WSL reads them.",
        description = {
            "Examples:",
            "  wsl-advisor wslconfig lint %%UserProfile%%\\.wslconfig",
            "  wsl-advisor wslconfig lint .wslconfig --facts host.json --wsl-conf wsl.conf",
            "  wsl-advisor wslconfig lint .wslconfig --format sarif > wslconfig.sarif",
            "  wsl-advisor wslconfig show %%UserProfile%%\\.wslconfig --facts host.json",
            "  wsl-advisor wslconfig suggest --facts facts.json",
            "  wsl-advisor wslconfig apply --facts facts.json --dry-run",
            "  wsl-advisor wslconfig explain memory"},
        subcommands = {WslconfigLintCommand.class, WslconfigShowCommand.class, WslconfigSuggestCommand.class,
            WslconfigApplyCommand.class, WslconfigExplainCommand.class})
public final class WslconfigCommand implements Runnable {

    private final WslconfigServices services;

    @Spec
    CommandSpec spec;

    /** The root command, for standard input; null when a test runs this command on its own. */
    @picocli.CommandLine.ParentCommand
    WslAdvisorCommand root;

    public WslconfigCommand() {
        this(new DefaultWslconfigServices());
    }

    public WslconfigCommand(WslconfigServices services) {
        this.services = services;
    }

    WslconfigServices services() {
        return services;
    }

    /**
     * The fact objects of a {@code --facts} document, or none without one; the facts reader's warnings (unknown
     * field names and the like) go to {@code err} first.
     */
    java.util.List<Object> hostFacts(java.nio.file.Path facts, java.io.PrintWriter err) {
        if (facts == null) {
            return java.util.List.of();
        }
        WslconfigServices.HostFacts host = services.hostFacts(facts);
        host.warnings().forEach(w -> err.println("warning: " + w));
        return host.facts();
    }

    java.io.InputStream stdin() {
        return root != null ? root.console().in() : System.in;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
