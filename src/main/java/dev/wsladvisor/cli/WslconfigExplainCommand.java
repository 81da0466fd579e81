package dev.wsladvisor.cli;

import dev.wsladvisor.UserInputException;
import dev.wsladvisor.wslconfig.DidYouMean;
import dev.wsladvisor.wslconfig.KeyCatalog;
import dev.wsladvisor.wslconfig.KeyExplainer;
import dev.wsladvisor.wslconfig.KeySpec;
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
