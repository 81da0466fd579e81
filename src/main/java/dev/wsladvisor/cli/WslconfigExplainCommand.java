package dev.wsladvisor.cli;

import dev.wsladvisor.usecase.WslconfigExplain;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        header = "Say what WSL does with a .wslconfig or wsl.conf key.",
        description = {
            "Examples:",
            "  wsl-advisor wslconfig explain memory",
            "  wsl-advisor wslconfig explain experimental.autoMemoryReclaim",
            "  wsl-advisor wslconfig explain boot.systemd"
        })
final class WslconfigExplainCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
            paramLabel = "KEY",
            description = "A key, bare (memory) or with its section (wsl2.memory).")
    String key;

    @Override
    public Integer call() {
        WslconfigExplain.Explanation explanation = WslconfigExplain.explain(key);
        PrintWriter out = spec.commandLine().getOut();
        if (explanation.note() != null) {
            out.println(explanation.note());
        }
        out.print(explanation.text());
        out.flush();
        return ExitCode.OK;
    }
}
