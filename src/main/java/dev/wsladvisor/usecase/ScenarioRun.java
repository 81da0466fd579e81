package dev.wsladvisor.usecase;

import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleInfo;
import dev.wsladvisor.scenario.Coverage;
import dev.wsladvisor.scenario.JunitReport;
import dev.wsladvisor.scenario.ScenarioSuite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * {@code rules test} and {@code rules coverage}: scenarios run on the rules as --rules loads them
 * (with the .wslconfig checks), and what each made of them.
 */
public record ScenarioRun(RuleBase rules, List<ScenarioSuite.Entry> entries) {

    /**
     * Runs every scenario file on {@code rules}; a scenario that cannot be read is an entry without
     * a result.
     */
    public static ScenarioRun of(RuleBase rules, List<Path> files) {
        return new ScenarioRun(rules, ScenarioSuite.run(rules, files));
    }

    /** The ids of the person's own rules (from --rules), to name among those that fired. */
    public Set<String> userRuleIds() {
        return Set.copyOf(
                rules.rules().stream().filter(rules::fromUser).map(RuleInfo::id).toList());
    }

    /** The scenarios that could not be read. */
    public List<ScenarioSuite.Entry> unreadable() {
        return entries.stream().filter(e -> e.result() == null).toList();
    }

    /**
     * Which rules fired in at least one scenario, over the rules whose file path contains {@code
     * only} (null: all).
     */
    public Coverage coverage(String only) {
        return Coverage.of(
                rules.rules().stream()
                        .filter(r -> only == null || r.file().contains(only))
                        .toList(),
                entries);
    }

    /** Writes the results as JUnit XML, for CI (an existing file is kept as a backup). */
    public void writeJunit(Path junit, Clock clock) {
        new AtomicFileWriter(clock)
                .write(junit, JunitReport.xml(entries).getBytes(StandardCharsets.UTF_8));
    }
}
