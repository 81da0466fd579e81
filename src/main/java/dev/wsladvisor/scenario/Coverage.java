package dev.wsladvisor.scenario;

import dev.wsladvisor.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules fired over a set of scenarios, and in which; the ones that never did are what a
 * scenario is missing for.
 *
 * @param scenarios how many scenarios ran
 */
public record Coverage(List<RuleCoverage> rules, int scenarios) {

    /** A rule and the scenarios it fired in. */
    public record RuleCoverage(RuleInfo rule, List<String> scenarios) {
        public boolean fired() {
            return !scenarios.isEmpty();
        }
    }

    /**
     * Over the scenarios that ran (a scenario that could not be read counts for nothing), in
     * catalogue order.
     */
    public static Coverage of(List<RuleInfo> catalogue, List<ScenarioSuite.Entry> entries) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        catalogue.forEach(r -> byId.put(r.id(), new ArrayList<>()));
        int ran = 0;
        for (ScenarioSuite.Entry e : entries) {
            if (e.result() == null) {
                continue;
            }
            ran++;
            for (String id : e.result().outcome().fired()) {
                List<String> in = byId.get(id);
                if (in != null) {
                    in.add(e.file().toString());
                }
            }
        }
        List<RuleCoverage> out = new ArrayList<>();
        for (RuleInfo r : catalogue) {
            out.add(new RuleCoverage(r, List.copyOf(byId.get(r.id()))));
        }
        return new Coverage(List.copyOf(out), ran);
    }

    public List<RuleCoverage> neverFired() {
        return rules.stream().filter(r -> !r.fired()).toList();
    }
}
