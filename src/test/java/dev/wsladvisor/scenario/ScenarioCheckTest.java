package dev.wsladvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.support.RuleFixture;
import org.junit.jupiter.api.Test;

/** A scenario is checked against the advice the real rules give, and every difference is named. */
class ScenarioCheckTest {

    private static final String DOCKER =
            "{\"answers\": {\"docker\": true}, \"host\": {\"os\": {\"build\": 22631, \"architecture\": \"x64\"}}}";

    private static ScenarioResult check(String expect) {
        Scenario s =
                ScenarioReader.parse(
                        "{\"description\": \"d\", \"source\": \"s\", \"facts\": "
                                + DOCKER
                                + ", \"expect\": "
                                + expect
                                + "}",
                        "t.scenario.json");
        return new ScenarioRunner(RuleFixture.rules()).check(s);
    }

    @Test
    void aScenarioThatMatchesPasses() {
        ScenarioResult r =
                check(
                        "{\"recommendation\": \"wsl2\", \"blocked\": false, \"fired\": [\"docker-needs-wsl2\"],"
                                + " \"notFired\": [\"serial-port-needs-wsl1\"], \"blockers\": [], \"contains\": [\"answers.docker = true\"]}");
        assertThat(r.differences()).isEmpty();
        assertThat(r.outcome().fired()).contains("docker-needs-wsl2", "wsl2-is-the-default");
    }

    @Test
    void everyDifferenceIsListedAtOnce() {
        ScenarioResult r =
                check(
                        "{\"recommendation\": \"WSL1\", \"blocked\": true, \"fired\": [\"serial-port-needs-wsl1\"],"
                                + " \"notFired\": [\"docker-needs-wsl2\"], \"blockers\": [\"nested\"], \"warnings\": [\"vpn\"],"
                                + " \"contains\": [\"no such words\"]}");
        assertThat(r.passed()).isFalse();
        assertThat(r.differences())
                .containsExactly(
                        "recommendation: expected WSL1, got WSL2",
                        "blocked: expected true, got false",
                        "fired: expected rule serial-port-needs-wsl1 to fire; it did not",
                        "notFired: expected rule docker-needs-wsl2 not to fire; it fired",
                        "blockers: expected a blocker with id or text \"nested\"; got none",
                        "warnings: expected a warning with id or text \"vpn\"; got none",
                        "contains: expected the advice to contain \"no such words\"; neither the text (--explain) nor the JSON does");
        assertThat(r.describe())
                .startsWith("t.scenario.json: failed\n  - recommendation")
                .contains("\n  fired: wsl2-is-the-default, docker-needs-wsl2");
    }

    @Test
    void blockersMatchByIdOrByTextOfMessageOrFix() {
        String vm =
                "{\"facts\": {\"answers\": {\"docker\": true}, \"host\": {\"os\": {\"build\": 22631},"
                        + " \"hardware\": {\"isVirtualMachine\": true, \"vmHost\": \"hyper-v\", \"nestedVirtualization\": false}}},"
                        + " \"expect\": {\"blockers\": [\"vm-hyper-v-without-nesting\", \"ExposeVirtualizationExtensions\"]}}";
        assertThat(
                        new ScenarioRunner(RuleFixture.rules())
                                .check(ScenarioReader.parse(vm, "vm"))
                                .differences())
                .isEmpty();
        assertThat(check("{\"blockers\": [\"vm-hyper-v-without-nesting\"]}").differences())
                .containsExactly(
                        "blockers: expected a blocker with id or text \"vm-hyper-v-without-nesting\"; got none");
    }

    @Test
    void anEmptyBlockerListMeansNoneAtAll() {
        String old =
                "{\"facts\": {\"host\": {\"os\": {\"build\": 18363, \"revision\": 418, \"architecture\": \"x64\"}},"
                        + " \"answers\": {\"docker\": true}}, \"expect\": {\"blockers\": []}}";
        assertThat(
                        new ScenarioRunner(RuleFixture.rules())
                                .check(ScenarioReader.parse(old, "old"))
                                .differences())
                .singleElement()
                .asString()
                .startsWith("blockers: expected none, got build-18362-needs-revision-1049");
    }

    @Test
    void anIdNoRuleHasIsADifferenceWithDidYouMean() {
        assertThat(check("{\"notFired\": [\"dokcer-needs-wsl2\"]}").differences())
                .first()
                .asString()
                .startsWith(
                        "notFired: no rule has the id \"dokcer-needs-wsl2\"; did you mean \"docker-needs-wsl2\"?");
    }

    @Test
    void anUnknownExpectFieldIsAWarningWithDidYouMean() {
        Scenario s =
                ScenarioReader.parse(
                        "{\"facts\": {},\n \"expect\": {\"fird\": [\"x\"]}}", "s.scenario.json");
        assertThat(s.warnings())
                .containsExactly(
                        "s.scenario.json:2:21: expect.fird is not a scenario field and is not checked;"
                                + " did you mean 'fired'? The fields are: recommendation, blocked, fired, notFired, blockers, warnings, contains.");
    }

    @Test
    void badFactsAreNamedByTheScenarioFileLineAndColumn() {
        assertThatThrownBy(
                        () ->
                                ScenarioReader.parse(
                                        "{\"expect\": {},\n  \"facts\": {\"host\": {\"os\": {\"build\": \"new\"}}}}",
                                        "bad.scenario.json"))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("bad.scenario.json:2:38: host.os.build");
    }

    @Test
    void missingFactsAndBadExpectValuesAreRefusedWithTheirPlace() {
        assertThatThrownBy(() -> ScenarioReader.parse("{\"expect\": {}}", "a"))
                .hasMessageStartingWith("a: the scenario has no \"facts\"");
        assertThatThrownBy(
                        () ->
                                ScenarioReader.parse(
                                        "{\"facts\": {}, \"expect\": {\"recommendation\": \"WSL3\"}}",
                                        "b"))
                .hasMessageStartingWith(
                        "b:1:44: expect.recommendation is \"WSL3\"; write \"WSL1\" or \"WSL2\"");
        assertThatThrownBy(
                        () ->
                                ScenarioReader.parse(
                                        "{\"facts\": {}, \"expect\": {\"fired\": [1]}}", "c"))
                .hasMessageStartingWith("c:1:35: expect.fired must be a list of non-empty texts");
        assertThatThrownBy(
                        () ->
                                ScenarioReader.parse(
                                        "{\"facts\": {}, \"expect\": {\"blocked\": \"no\"}}", "d"))
                .hasMessageStartingWith("d:1:37: expect.blocked must be true or false");
    }
}
