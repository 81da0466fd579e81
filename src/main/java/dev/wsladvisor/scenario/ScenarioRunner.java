package dev.wsladvisor.scenario;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.JsonReport;
import dev.wsladvisor.advice.TextReport;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import dev.wsladvisor.rules.FiredRules;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.text.Suggestions;
import dev.wsladvisor.text.Visible;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs scenarios through the same pipeline as {@code advise}, recording which rules fire. */
public final class ScenarioRunner {

    private final RuleBase rules;

    public ScenarioRunner(RuleBase rules) {
        this.rules = rules;
    }

    public ScenarioOutcome run(Scenario scenario) {
        FiredRules fired = new FiredRules();
        WslConfigAdviceReporter reporter = new WslConfigAdviceReporter(scenario.wslconfig());
        Advisor advisor = new Advisor(rules, reporter.extraFacts()).recordingInto(fired);
        Advice advice = new AdviceAssembler(advisor, reporter).advise(scenario.facts());
        return new ScenarioOutcome(
                advice,
                fired.ids(),
                new TextReport(false, true).render(advice),
                JsonReport.pretty(advice));
    }

    /**
     * Runs {@code scenario} and lists every way the advice differs from what it expects; empty when
     * it passes.
     */
    public ScenarioResult check(Scenario scenario) {
        ScenarioOutcome outcome = run(scenario);
        List<String> differences = new ArrayList<>(unknownIds(scenario.expect()));
        differences.addAll(scenario.expect().differences(outcome));
        return new ScenarioResult(scenario, outcome, List.copyOf(differences));
    }

    /**
     * A fired or notFired id no rule has: a typo, which would otherwise make notFired pass for
     * nothing.
     */
    private List<String> unknownIds(Expectation expect) {
        List<String> out = new ArrayList<>();
        if (expect.fired() == null && expect.notFired() == null) {
            return out;
        }
        Set<String> known = new HashSet<>();
        rules.rules().forEach(r -> known.add(r.id()));
        for (String field : List.of("fired", "notFired")) {
            List<String> ids = "fired".equals(field) ? expect.fired() : expect.notFired();
            for (String id : ids == null ? List.<String>of() : ids) {
                if (!known.contains(id)) {
                    out.add(
                            field
                                    + ": no rule has the id \""
                                    + Visible.escape(id)
                                    + "\""
                                    + Suggestions.closest(id, known)
                                            .map(s -> "; did you mean \"" + s + "\"?")
                                            .orElse("")
                                    + " ('wsl-advisor rules list' shows every id)");
                }
            }
        }
        return out;
    }
}
