package dev.wsladvisor.wslconfig.suggest;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds suggestions inside rule consequences, reading id and source from the rule's own metadata,
 * so the rule text stays the one place that says them: {@code insertLogical( setting(kcontext,
 * "wsl2", "memory", "8GB", "why") );}.
 */
public final class SuggestDsl {

    private SuggestDsl() {}

    public static SuggestedSetting setting(
            RuleContext kcontext, String section, String key, String value, String reason) {
        return new SuggestedSetting(
                section, key, value, reason, meta(kcontext, "source"), meta(kcontext, "id"));
    }

    private static String meta(RuleContext kcontext, String name) {
        Object v = kcontext.getRule().getMetaData().get(name);
        String s = v == null ? null : v.toString();
        // Drools keeps the quotes of @name("value") in some versions; strip them.
        return s != null && s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
                ? s.substring(1, s.length() - 1)
                : s;
    }
}
