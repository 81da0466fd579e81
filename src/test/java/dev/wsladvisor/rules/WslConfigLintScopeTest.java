package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.JsonReport;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * advise and batch without a .wslconfig load the rules without the .wslconfig lint package: it must
 * make no difference to any advice, only to the time it takes.
 */
class WslConfigLintScopeTest {

    private static final RuleBase ALL = RuleBase.load(List.of(), true);
    private static final RuleBase WITHOUT_LINT = RuleBase.load(List.of(), false);

    @Test
    void leavesOutTheLintPackageAndNothingElse() {
        assertThat(ALL.rules()).anyMatch(r -> isLint(r));
        assertThat(WITHOUT_LINT.rules()).noneMatch(WslConfigLintScopeTest::isLint);
        assertThat(WITHOUT_LINT.rules())
                .extracting(RuleInfo::id)
                .containsExactlyElementsOf(
                        ALL.rules().stream().filter(r -> !isLint(r)).map(RuleInfo::id).toList());
    }

    @Test
    void everySampleGetsTheSameAdviceWithOrWithoutTheLintRules() throws IOException {
        WslConfigAdviceReporter none = new WslConfigAdviceReporter(null);
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                FactsDocument facts =
                        new FactsReader(false).parse(Files.readAllBytes(file), file.toString());
                String all =
                        JsonReport.pretty(
                                new AdviceAssembler(new Advisor(ALL, none.extraFacts()), none)
                                        .advise(facts));
                String scoped =
                        JsonReport.pretty(
                                new AdviceAssembler(
                                                new Advisor(WITHOUT_LINT, none.extraFacts()), none)
                                        .advise(facts));
                assertThat(scoped).as(file.toString()).isEqualTo(all);
            }
        }
    }

    /**
     * StartupWarmup tells the preload the scope the parsed command needs; a load that wants the
     * other one builds its own.
     */
    @Test
    void aPreloadOfTheOtherScopeIsNotUsed() {
        RuleBase.preload(false);
        assertThat(RuleBase.load(List.of(), true).rules()).anyMatch(WslConfigLintScopeTest::isLint);
        RuleBase.preload(true);
        assertThat(RuleBase.load(List.of(), false).rules())
                .noneMatch(WslConfigLintScopeTest::isLint);
        RuleBase.preload(false);
        assertThat(RuleBase.load(List.of(), false).rules())
                .noneMatch(WslConfigLintScopeTest::isLint);
    }

    private static boolean isLint(RuleInfo rule) {
        return rule.file().startsWith("rules/wslconfig-lint");
    }
}
