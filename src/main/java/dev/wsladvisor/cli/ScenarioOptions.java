package dev.wsladvisor.cli;

import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.scenario.ScenarioSuite;
import dev.wsladvisor.usecase.ScenarioFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The scenarios of {@code rules test} and {@code rules coverage}: the paths given, or those beside the rules. */
final class ScenarioOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "A *.scenario.json file, or a folder searched for them (default: the --rules folders).")
    private List<Path> paths = new ArrayList<>();

    /** The rules as --rules loads them (with the .wslconfig checks), and what each scenario made of them. */
    record Ran(RuleBase rules, List<ScenarioSuite.Entry> entries) {
    }

    /** Finds the scenarios, loads the rules and runs every scenario. */
    Ran run(RuleOptions ruleOptions) {
        List<Path> files = files(ruleOptions);
        RuleBase rules = ruleOptions.load(true);
        return new Ran(rules, ScenarioSuite.run(rules, files));
    }

    List<Path> files(RuleOptions rules) {
        return ScenarioFinder.find(paths, rules.dirs());
    }
}
