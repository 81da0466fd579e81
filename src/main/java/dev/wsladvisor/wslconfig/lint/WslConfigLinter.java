package dev.wsladvisor.wslconfig.lint;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the lint rules over one parsed file, plus any host facts, and orders the findings by place.
 */
public final class WslConfigLinter {

    private final WslConfigRuleEngine engine;
    private final KeyCatalog catalog;

    public WslConfigLinter(WslConfigRuleEngine engine, KeyCatalog catalog) {
        this.engine = engine;
        this.catalog = catalog;
    }

    public List<LintFinding> lint(ParseResult parsed, String path, List<?> hostFacts) {
        List<Object> facts = new ArrayList<>(WslConfigLintFacts.of(parsed, catalog, path));
        facts.addAll(hostFacts);
        return sorted(engine.fire(facts, LintFinding.class));
    }

    public static List<LintFinding> sorted(List<LintFinding> findings) {
        List<LintFinding> out = new ArrayList<>(findings);
        out.sort(
                Comparator.comparing(
                                LintFinding::file, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(LintFinding::line)
                        .thenComparingInt(LintFinding::severityRank)
                        .thenComparing(
                                LintFinding::ruleId,
                                Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }
}
