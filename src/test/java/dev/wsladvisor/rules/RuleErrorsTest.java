package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleErrorsTest {

    private static final RuleSource MINE =
            new RuleSource(
                    "my-rules/extra.drl", "package my;\nrule \"a\"\nwhen\nthen\nend\n", false);

    @Test
    void refusesTheFirstErrorOfEachFileAndSaysHowToFindTheRest() {
        List<RuleProblem> problems =
                List.of(
                        RuleProblem.warning(MINE, 2, 1, 4, "a warning only"),
                        RuleProblem.error(MINE, 2, 6, 3, "first error", null),
                        RuleProblem.error(MINE, 3, 1, 4, "second error", null),
                        RuleProblem.inFile("other.drl", "error of another file"));

        assertThatThrownBy(() -> RuleErrors.refuse(problems))
                .isInstanceOf(RuleCompileException.class)
                .hasMessageContaining("my-rules/extra.drl:2:6: first error")
                .hasMessageContaining("other.drl: error of another file")
                .hasMessageContaining("'wsl-advisor rules check --rules DIR' lists every problem")
                .hasMessageNotContaining("second error")
                .hasMessageNotContaining("a warning only");
    }

    @Test
    void warningsAloneAreNotRefused() {
        assertThatCode(
                        () ->
                                RuleErrors.refuse(
                                        List.of(
                                                RuleProblem.warning(
                                                        MINE, 2, 1, 4, "a warning only"))))
                .doesNotThrowAnyException();
    }

    @Test
    void theNullPackageDroolsAddsAfterAParseErrorIsNoProblemOfItsOwn() {
        assertThat(
                        RuleErrors.fromDrools(
                                MINE, "user/0/extra.drl", 0, "Parser returned a null Package"))
                .isNull();
    }

    @Test
    void aDroolsErrorOutsideTheFilesIsNamedByItsPathOrAsTheRules() {
        assertThat(RuleErrors.fromDrools(null, "somewhere.drl", 3, " broken \n").place())
                .isEqualTo("somewhere.drl");
        assertThat(RuleErrors.fromDrools(null, "somewhere.drl", 3, " broken \n").message())
                .isEqualTo("broken");
        assertThat(RuleErrors.fromDrools(null, null, 0, "broken").file()).isEqualTo("rules");
    }

    @Test
    void aReusedIdIsRefusedWithAnIdOfTheFilesOwnAsExample() {
        RuleInfo yours = new RuleInfo("wsl2-needs-vmp", "mine", "my-rules/extra.drl", Map.of());
        RuleInfo builtIn =
                new RuleInfo("wsl2-needs-vmp", "theirs", "rules/requirements.drl", Map.of());

        assertThat(RuleErrors.idReusedByYours(yours, builtIn, "rules/requirements.drl", false))
                .startsWith(
                        "your rule \"mine\" reuses the built-in id \"wsl2-needs-vmp\" of rule \"theirs\" in rules/requirements.drl.")
                .endsWith("for example \"extra-wsl2-needs-vmp\".");
    }
}
