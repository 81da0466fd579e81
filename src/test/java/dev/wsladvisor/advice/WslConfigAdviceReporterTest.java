package dev.wsladvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.support.RuleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** advise, end to end, with the reporter wired the way its javadoc says. */
class WslConfigAdviceReporterTest {

    private static final Path FACTS =
            Path.of("src/test/resources/wslconfig/facts/docker-16gb-win11.json");

    private static Advice advise(Path wslconfig) {
        FactsDocument doc = new FactsReader(true).read(FACTS.toString(), System.in);
        WslConfigAdviceReporter reporter = new WslConfigAdviceReporter(wslconfig);
        return new AdviceAssembler(
                        new Advisor(RuleFixture.rules(), reporter.extraFacts()), reporter)
                .advise(doc);
    }

    @Test
    void suggestedSettingsAndTheirTextFillTheAdvice() {
        Advice a = advise(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                "WSL2".equals(a.recommendation()),
                "the built-in verdict rules recommend WSL2 for a Docker user");
        assertThat(a.wslconfig().settings())
                .extracting(Advice.Setting::key)
                .containsExactly("networkingMode", "autoMemoryReclaim");
        assertThat(a.wslconfig().text())
                .startsWith("[wsl2]\n# ")
                .doesNotContain("memory=")
                .contains("networkingMode=mirrored\n")
                .contains("[experimental]\n");
        assertThat(a.wslconfig().settings())
                .allSatisfy(s -> assertThat(s.source()).startsWith("https://"));
        assertThat(a.wslconfig().findings()).isEmpty();
    }

    @Test
    void thePersonsFileIsLintedAgainstThisHost(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".wslconfig");
        Files.writeString(file, "[wsl2]\nmemory=32GB\nmemroy=4GB\n");
        Advice a = advise(file);
        assertThat(a.wslconfig().findings())
                .extracting(Advice.Finding::line, Advice.Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "error"),
                        org.assertj.core.groups.Tuple.tuple(2, "warning"));
    }
}
