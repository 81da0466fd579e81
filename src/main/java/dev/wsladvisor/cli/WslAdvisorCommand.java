package dev.wsladvisor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands and teaches by example. */
@Command(
        name = "wsl-advisor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Should this Windows PC run WSL1 or WSL2, what stands in the way, and how should WSL2 be configured?",
            "Every answer comes with its reasons, the facts they used and a public source.",
            "",
            "Examples:",
            "  wsl-advisor advise --facts facts/docker-web-developer.json",
            "  wsl-advisor ask --facts host.json --save-answers me.json",
            "  wsl-advisor advise --facts host.json --format json",
            "  wsl-advisor advise --facts host.json --explain --rules my-rules/",
            "  wsl-advisor batch --in fleet.jsonl --out advice.jsonl --report fleet.html",
            "  wsl-advisor report --in advice.jsonl --out fleet.html",
            "  wsl-advisor wslconfig lint %%UserProfile%%\\.wslconfig --facts host.json",
            "  wsl-advisor probe --out host.json",
            "  wsl-advisor advise --paste ticket.txt",
            "  wsl-advisor rules list",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:done, and found problems at error severity (e.g. a blocked host with --fail-on-blocked)",
            "2:bad usage or bad input: the message says what and where",
            "70:internal error: a bug in wsl-advisor"
        })
public final class WslAdvisorCommand implements Callable<Integer> {

    private final Console console;

    @Spec private CommandSpec spec;

    @Option(
            names = "--verbose",
            description = "Show stack traces for internal errors.",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    private boolean verbose;

    public WslAdvisorCommand(Console console) {
        this.console = console;
    }

    Console console() {
        return console;
    }

    boolean verbose() {
        return verbose;
    }

    /**
     * No subcommand named: the help, on standard error as for any other usage error, and exit 2.
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }
}
