package dev.wsladvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code src/test/resources/scenarios/**}{@code /*.scenario.json}, found anew on each run, checked against the
 * real rules/ folder as {@code wsl-advisor rules test} checks it: one test per scenario, whose failure lists every
 * difference and the rules that fired.
 */
class ScenariosTest {

    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesTheAdviceItExpects() {
        List<Path> files = ScenarioFiles.find(List.of(SCENARIOS));
        assertThat(files).as("scenarios under " + SCENARIOS).isNotEmpty();
        ScenarioRunner runner = new ScenarioRunner(Rules.builtIn());
        return files.stream().map(file -> DynamicTest.dynamicTest(SCENARIOS.relativize(file).toString(), file.toUri(), () -> {
            Scenario scenario = ScenarioReader.read(file);
            assertThat(scenario.warnings()).as(file + ": warnings").isEmpty();
            ScenarioResult result = runner.check(scenario);
            assertThat(result.passed()).as(result.describe()).isTrue();
        }));
    }
}
