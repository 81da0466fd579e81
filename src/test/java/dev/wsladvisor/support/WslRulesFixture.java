package dev.wsladvisor.support;

import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleSession;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.lint.WslConfigLintFacts;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.ArrayList;
import java.util.List;

/** The real built-in rule base (every rule in ./rules, the advisor's too), compiled once per JVM. */
public final class WslRulesFixture {

    private static RuleBase ruleBase;

    private WslRulesFixture() {
    }

    public static synchronized RuleBase ruleBase() {
        if (ruleBase == null) {
            ruleBase = RuleBase.builtIn();
        }
        return ruleBase;
    }

    public static <T> List<T> fire(List<?> facts, Class<T> output) {
        try (RuleSession session = ruleBase().newSession()) {
            session.insertAll(facts);
            session.fireAllRules();
            return session.outputs(output);
        }
    }

    public static List<LintFinding> lint(String text, ConfigDialect dialect, Object... hostFacts) {
        ParseResult r = WslConfigParser.parse(WslConfigDocument.ofText(text), dialect);
        List<Object> facts = new ArrayList<>(WslConfigLintFacts.of(r, KeyCatalog.builtIn(), dialect.fileName()));
        facts.addAll(List.of(hostFacts));
        return fire(facts, LintFinding.class);
    }

    public static List<LintFinding> lint(byte[] bytes, ConfigDialect dialect) {
        ParseResult r = WslConfigParser.parse(WslConfigDocument.read(bytes), dialect);
        return fire(WslConfigLintFacts.of(r, KeyCatalog.builtIn(), dialect.fileName()), LintFinding.class);
    }
}
