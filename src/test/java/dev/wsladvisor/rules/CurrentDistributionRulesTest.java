package dev.wsladvisor.rules;

import static dev.wsladvisor.support.RuleFixture.advise;
import static dev.wsladvisor.support.RuleFixture.fired;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.support.AdviceIds;
import org.junit.jupiter.api.Test;

/** rules/current-distribution.drl: advice gathered inside a WSL1 distribution says so. */
class CurrentDistributionRulesTest {

    private static final String ID = "current-distribution-runs-wsl1";

    private static String insideJson(String current, String answers) {
        return "{\"host\": {\"os\": {\"build\": 19045, \"architecture\": \"x64\"}, \"wsl\": {\"installed\": true, "
                + "\"currentDistribution\": "
                + current
                + "}}, \"answers\": "
                + answers
                + "}";
    }

    private static Advice inside(String current, String answers) {
        return advise(insideJson(current, answers));
    }

    @Test
    void insideAWsl1DistributionWhereWsl2IsAdvisedTheWarningNamesItAndTheConversion() {
        Advice a =
                inside(
                        "{\"name\": \"Ubuntu-20.04\", \"version\": 1, \"kernelRelease\": \"4.4.0-19041-Microsoft\"}",
                        "{\"docker\": true}");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        Advice.WarningItem w = AdviceIds.warning(a, ID);
        assertThat(w.message())
                .contains("'Ubuntu-20.04'")
                .contains("WSL1")
                .contains("wsl --set-version Ubuntu-20.04 2");
    }

    @Test
    void insideAWsl1DistributionWhereWsl1IsAdvisedTheWarningSaysItIsAlreadyTheRecommendedVersion() {
        Advice a = inside("{\"version\": 1}", "{\"serialPort\": true}");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(AdviceIds.warning(a, ID).message())
                .contains("a distribution")
                .contains("the version recommended here")
                .doesNotContain("--set-version");
    }

    @Test
    void insideAWsl2DistributionOrWithoutOneNothingIsSaid() {
        assertThat(
                        fired(
                                insideJson(
                                        "{\"name\": \"Ubuntu\", \"version\": 2}",
                                        "{\"docker\": true}")))
                .doesNotContain(ID);
        assertThat(fired(insideJson("{\"name\": \"Ubuntu\"}", "{\"docker\": true}")))
                .doesNotContain(ID);
        assertThat(
                        fired(
                                "{\"host\": {\"os\": {\"build\": 19045}}, \"answers\": {\"docker\": true}}"))
                .doesNotContain(ID);
    }
}
