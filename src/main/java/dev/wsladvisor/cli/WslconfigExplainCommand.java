package dev.wsladvisor.cli;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.wslconfig.keys.DidYouMean;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeyExplainer;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Say what WSL does with a .wslconfig or wsl.conf key.",
        description = {"Examples:", "  wsl-advisor wslconfig explain memory",
            "  wsl-advisor wslconfig explain experimental.autoMemoryReclaim",
            "  wsl-advisor wslconfig explain boot.systemd"})
final class WslconfigExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KEY", description = "A key, bare (memory) or with its section (wsl2.memory).")
    String key;

    @Override
    public Integer call() {
        KeyCatalog catalog = KeyCatalog.builtIn();
        List<KeySpec> found = catalog.lookup(key);
        if (found.isEmpty() && key.contains(".")) {
            // wsl2.systemd: no such key, but the bare name is one WSL reads somewhere else.
            String bare = key.substring(key.indexOf('.') + 1);
            List<KeySpec> elsewhere = catalog.lookup(bare);
            if (!elsewhere.isEmpty()) {
                spec.commandLine().getOut().println("'" + key + "' is not a key WSL reads; '" + bare + "' is read as "
                        + String.join(" and ", elsewhere.stream().map(k -> (k.inWslConfig() ? ".wslconfig [" : "/etc/wsl.conf [")
                                + k.section() + "] " + k.name()).toList()) + ":");
                spec.commandLine().getOut().print(KeyExplainer.explainAll(elsewhere));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
        if (found.isEmpty()) {
            String bare = key.contains(".") ? key.substring(key.indexOf('.') + 1) : key;
            String hint = DidYouMean.closest(bare, catalog.keys().stream().map(KeySpec::name).distinct().toList())
                    .map(s -> "did you mean " + s + "? ").orElse("");
            throw new UserInputException("unknown key '" + key + "': " + hint
                    + "see docs/wslconfig.md for every key WSL reads");
        }
        spec.commandLine().getOut().print(KeyExplainer.explainAll(found));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
