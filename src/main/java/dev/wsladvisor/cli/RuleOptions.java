package dev.wsladvisor.cli;

import dev.wsladvisor.rules.RuleBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by every command that runs the rules. */
public final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load every .drl file below DIR, beside the built-in rules (repeatable). "
                    + "See docs/writing-rules.md.")
    private List<Path> dirs = new ArrayList<>();

    public List<Path> dirs() {
        return dirs;
    }

    public RuleBase load() {
        return RuleBase.load(dirs);
    }

    /**
     * For one evaluation of host facts: with {@code wslconfigGiven} false the rules that check a .wslconfig's
     * lines are left out, as they could not fire (StartupWarmup preloads the same set).
     */
    public RuleBase load(boolean wslconfigGiven) {
        return RuleBase.load(dirs, wslconfigGiven);
    }
}
