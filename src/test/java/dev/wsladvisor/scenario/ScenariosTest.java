package dev.wsladvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.RuleFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code src/test/resources/scenarios/**}{@code /*.scenario.json}, found anew on each run,
 * checked against the real rules/ folder as {@code wsl-advisor rules test} checks it: one test per
 * scenario, whose failure lists every difference and the rules that fired.
 */
class ScenariosTest {

    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    /**
     * The wsl.conf checks run on a distribution's /etc/wsl.conf ('wslconfig lint'), which advise,
     * and so a scenario, never reads.
     */
    static final Set<String> ONLY_FOR_WSL_CONF =
            Set.of("wslconf-parsing-stops", "wslconf-utf8-bom", "wslconf-wslconfig-section");

    @Test
    void everyBuiltInRuleFiresInAtLeastOneScenario() {
        List<ScenarioSuite.Entry> entries =
                ScenarioSuite.run(RuleFixture.rules(), ScenarioFiles.find(List.of(SCENARIOS)));
        assertThat(entries).allSatisfy(e -> assertThat(e.error()).isNull());
        Coverage coverage = Coverage.of(RuleFixture.rules().rules(), entries);
        assertThat(coverage.neverFired())
                .extracting(r -> r.rule().id())
                .as("built-in rules no scenario under " + SCENARIOS + " makes fire")
                .containsExactlyInAnyOrderElementsOf(ONLY_FOR_WSL_CONF);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesTheAdviceItExpects() {
        List<Path> files = ScenarioFiles.find(List.of(SCENARIOS));
        assertThat(files).as("scenarios under " + SCENARIOS).isNotEmpty();
        ScenarioRunner runner = new ScenarioRunner(RuleFixture.rules());
        return files.stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        SCENARIOS.relativize(file).toString(),
                                        file.toUri(),
                                        () -> {
                                            Scenario scenario = ScenarioReader.read(file);
                                            assertThat(scenario.warnings())
                                                    .as(file + ": warnings")
                                                    .isEmpty();
                                            ScenarioResult result = runner.check(scenario);
                                            assertThat(result.passed())
                                                    .as(result.describe())
                                                    .isTrue();
                                        }));
    }
}
