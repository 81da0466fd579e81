package dev.wsladvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.support.RuleFixture;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every sample host in facts/: WSL1 gets no settings, WSL2 gets a .wslconfig that lints clean
 * on that host.
 */
class SampleHostsSuggestionTest {

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("facts")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void suggestionsFitTheirHost(Path sample) {
        FactsDocument doc = new FactsReader(false).read(sample.toString(), System.in);
        WslConfigAdviceReporter reporter = new WslConfigAdviceReporter(null);
        Advice advice = new AdviceAssembler(new Advisor(RuleFixture.rules()), reporter).advise(doc);
        if (!"WSL2".equals(advice.recommendation())) {
            assertThat(advice.wslconfig().settings()).isEmpty();
            assertThat(advice.wslconfig().text()).isEmpty();
            return;
        }
        // "every distribution runs WSL1" is about the host, which the next steps convert, not about
        // the settings
        assertThat(
                        RuleFixture.lint(
                                advice.wslconfig().text(),
                                ConfigDialect.WSLCONFIG,
                                doc.ruleFacts().toArray()))
                .as(advice.wslconfig().text())
                .extracting(LintFinding::ruleId)
                .allMatch("wslconfig-all-distributions-wsl1"::equals);
        assertThat(advice.wslconfig().settings())
                .allSatisfy(
                        s -> {
                            assertThat(s.reason()).isNotBlank();
                            assertThat(s.source()).startsWith("https://");
                        });
    }
}
