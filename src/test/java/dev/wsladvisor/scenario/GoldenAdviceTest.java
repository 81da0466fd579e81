package dev.wsladvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.RuleFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole advice for every scenario, byte for byte: beside each {@code NAME.scenario.json} under
 * {@code src/test/resources/scenarios/} lie {@code NAME.advice.json} (what {@code advise --format
 * json} prints) and {@code NAME.advice.txt} (the text with {@code --explain}). A change that alters
 * any word of any advice fails here, so a refactoring or a speed-up proves it changed nothing.
 * After a deliberate change to the rules or the reports, rewrite them with {@code
 * -Dgolden.update=true} and read the diff before committing it.
 */
class GoldenAdviceTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesTheAdviceItsGoldenFilesHold() {
        List<Path> files = ScenarioFiles.find(List.of(ScenariosTest.SCENARIOS));
        assertThat(files).isNotEmpty();
        ScenarioRunner runner = new ScenarioRunner(RuleFixture.rules());
        return files.stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        ScenariosTest.SCENARIOS.relativize(file).toString(),
                                        file.toUri(),
                                        () -> {
                                            ScenarioOutcome outcome =
                                                    runner.run(ScenarioReader.read(file));
                                            String name =
                                                    file.getFileName()
                                                            .toString()
                                                            .replace(ScenarioFiles.SUFFIX, "");
                                            check(
                                                    file.resolveSibling(name + ".advice.json"),
                                                    outcome.json());
                                            check(
                                                    file.resolveSibling(name + ".advice.txt"),
                                                    outcome.text());
                                        }));
    }

    /**
     * Where the clone is: a scenario's .wslconfig is named by its full path, which the golden files
     * leave out.
     */
    private static final String HERE = Path.of("").toAbsolutePath() + java.io.File.separator;

    private static void check(Path golden, String output) throws IOException {
        String actual = output.replace(HERE, "").replace(HERE.replace("\\", "\\\\"), "");
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden)
                .as(
                        "golden file missing: run the tests once with -Dgolden.update=true and review it")
                .exists();
        assertThat(actual)
                .as(golden + " (rewrite with -Dgolden.update=true after a deliberate change)")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
