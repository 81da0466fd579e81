package dev.wsladvisor.scenario;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.rules.RuleBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a set of scenario files against one knowledge base. A file that cannot be read is an entry
 * with its message, not the end of the run: the other scenarios still say what they found.
 */
public final class ScenarioSuite {

    /** One scenario file: its result, or why it could not be read; and how long it took. */
    public record Entry(Path file, ScenarioResult result, String error, long nanos) {
        public boolean passed() {
            return result != null && result.passed();
        }
    }

    private ScenarioSuite() {}

    public static List<Entry> run(RuleBase rules, List<Path> files) {
        ScenarioRunner runner = new ScenarioRunner(rules);
        List<Entry> out = new ArrayList<>();
        for (Path file : files) {
            long start = System.nanoTime();
            try {
                ScenarioResult result = runner.check(ScenarioReader.read(file));
                out.add(new Entry(file, result, null, System.nanoTime() - start));
            } catch (UserInputException e) {
                out.add(new Entry(file, null, e.getMessage(), System.nanoTime() - start));
            }
        }
        return out;
    }
}
