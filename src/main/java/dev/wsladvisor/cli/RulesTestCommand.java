package dev.wsladvisor.cli;

import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.scenario.ScenarioSuite;
import dev.wsladvisor.text.Wrap;
import dev.wsladvisor.usecase.ScenarioRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * rules test: run scenarios and say which passed, and for each failure everything that differed.
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Run scenarios: each *.scenario.json holds a host's facts and what the advice must be",
            "({\"facts\": {...}, \"expect\": {\"recommendation\": \"WSL2\", \"blocked\": false, \"fired\": [ids],",
            "\"notFired\": [ids], \"blockers\": [...], \"warnings\": [...], \"contains\": [text]}}, every expect field",
            "optional). Prints PASS or FAIL per scenario, every difference of a failure and the rules that fired.",
            "",
            "Exit code 0 when all pass, 1 when one fails, 2 when one cannot be read or the rules do not load.",
            "",
            "Examples:",
            "  wsl-advisor rules test --rules ./my-rules",
            "  wsl-advisor rules test --rules ./my-rules my-rules/vpn.scenario.json --show-fired",
            "  wsl-advisor rules test --rules ./my-rules --junit build/rules-test.xml",
            ""
        })
final class RulesTestCommand implements Callable<Integer>, RunsRules {

    @Spec private CommandSpec spec;

    @Mixin private RuleOptions ruleOptions;

    @Mixin private ScenarioOptions scenarios;

    @Option(
            names = "--junit",
            paramLabel = "FILE",
            description =
                    "Also write the results as JUnit XML, for CI (an existing file is kept as FILE.bak-...).")
    private Path junit;

    @Option(
            names = "--show-fired",
            description = "List the rules that fired for passing scenarios too.")
    private boolean showFired;

    /** Scenarios may bring .wslconfig lines, so every rule is loaded. */
    @Override
    public boolean wslconfigLint() {
        return true;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (junit != null) {
            AtomicFileWriter.checkCanWrite(junit);
        }
        ScenarioRun ran = scenarios.run(ruleOptions);
        List<ScenarioSuite.Entry> entries = ran.entries();
        Set<String> mine = ran.userRuleIds();
        int failed = 0;
        int unreadable = 0;
        for (ScenarioSuite.Entry e : entries) {
            if (e.result() == null) {
                unreadable++;
                out.println("ERROR " + e.file());
                out.println(Wrap.lines(e.error(), "      ", 80));
                continue;
            }
            e.result()
                    .scenario()
                    .warnings()
                    .forEach(w -> out.println(Wrap.lines("warning: " + w, "      ", 80)));
            List<String> fired = List.copyOf(e.result().outcome().fired());
            List<String> yours = fired.stream().filter(mine::contains).toList();
            if (e.passed()) {
                out.println("PASS  " + e.file());
                out.println(
                        Wrap.lines(
                                RulesCheckCommand.count(fired.size(), "rule")
                                        + " fired"
                                        + (yours.isEmpty()
                                                ? ""
                                                : ", yours: " + String.join(", ", yours)),
                                "      ",
                                80));
                if (showFired) {
                    out.println(Wrap.lines("fired: " + String.join(", ", fired), "      ", 80));
                }
                continue;
            }
            failed++;
            out.println("FAIL  " + e.file());
            for (String d : e.result().differences()) {
                out.println(Wrap.lines("- " + d, "      ", 80));
            }
            out.println(
                    Wrap.lines(
                            "fired: " + (fired.isEmpty() ? "none" : String.join(", ", fired)),
                            "      ",
                            80));
        }
        int passed = entries.size() - failed - unreadable;
        out.println(
                passed
                        + " passed, "
                        + failed
                        + " failed"
                        + (unreadable == 0 ? "" : ", " + unreadable + " could not be read")
                        + " ("
                        + RulesCheckCommand.count(entries.size(), "scenario")
                        + ").");
        out.flush();
        if (junit != null) {
            ran.writeJunit(junit, Clock.systemDefaultZone());
        }
        return unreadable > 0
                ? ExitCode.BAD_INPUT
                : failed > 0 ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }
}
