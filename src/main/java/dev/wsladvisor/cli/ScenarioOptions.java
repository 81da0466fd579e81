package dev.wsladvisor.cli;

import dev.wsladvisor.usecase.ScenarioFinder;
import dev.wsladvisor.usecase.ScenarioRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * The scenarios of {@code rules test} and {@code rules coverage}: the paths given, or those beside
 * the rules.
 */
final class ScenarioOptions {

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description =
                    "A *.scenario.json file, or a folder searched for them (default: the --rules folders).")
    private List<Path> paths = new ArrayList<>();

    /**
     * Finds the scenarios, loads the rules (with the .wslconfig checks) and runs every scenario.
     */
    ScenarioRun run(RuleOptions ruleOptions) {
        List<Path> files = files(ruleOptions);
        return ScenarioRun.of(ruleOptions.load(true), files);
    }

    List<Path> files(RuleOptions rules) {
        return ScenarioFinder.find(paths, rules.dirs());
    }
}
