package dev.wsladvisor.scenario;

import java.util.List;

/** A scenario, what the rules made of it, and every way that differs from what it expects. */
public record ScenarioResult(Scenario scenario, ScenarioOutcome outcome, List<String> differences) {

    public boolean passed() {
        return differences.isEmpty();
    }

    /**
     * The failure as one message: the file, each difference on a line, and the rules that fired.
     */
    public String describe() {
        StringBuilder out =
                new StringBuilder(scenario.file()).append(passed() ? ": passed" : ": failed");
        for (String d : differences) {
            out.append("\n  - ").append(d);
        }
        out.append("\n  fired: ")
                .append(outcome.fired().isEmpty() ? "none" : String.join(", ", outcome.fired()));
        return out.toString();
    }
}
