package dev.wsladvisor.rules;

import dev.wsladvisor.facts.FactSection;
import dev.wsladvisor.facts.FactsDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Reads a firing rule's metadata for {@link Dsl}. Kept apart from Dsl because rule files import all of
 * Dsl's static methods, and MVEL would take a helper named like a fact field ({@code version}, {@code id})
 * for that field.
 */
final class RuleMetadata {

    private RuleMetadata() {
    }

    static String id(RuleContext k) {
        return required(k, "id");
    }

    static String required(RuleContext k, String key) {
        String value = text(k.getRule().getMetaData(), key);
        if (value == null || value.isBlank()) {
            throw new RuleAuthoringException("rule \"" + k.getRule().getName() + "\" has no @" + key
                    + " metadata; add @" + key + "(...) under its name.");
        }
        return value;
    }

    static int integer(RuleContext k, String key) {
        String value = required(k, key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new RuleAuthoringException("rule \"" + k.getRule().getName() + "\": @" + key
                    + " must be a whole number, found \"" + value + "\".");
        }
    }

    static WslVersion version(RuleContext k, String key) {
        return parseVersion(k, key, required(k, key));
    }

    static WslVersion parseVersion(RuleContext k, String key, String value) {
        try {
            return WslVersion.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleAuthoringException("rule \"" + k.getRule().getName() + "\": @" + key
                    + " must be WSL1 or WSL2, found \"" + value + "\".");
        }
    }

    static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? null : String.valueOf(v);
    }

    /** Quotes the facts named in {@code @facts} with their values, as given in the document. */
    static List<String> facts(RuleContext k) {
        String names = text(k.getRule().getMetaData(), "facts");
        List<String> out = new ArrayList<>();
        if (names == null || names.isBlank()) {
            return out;
        }
        FactsDocument document = document(k);
        for (String path : names.split(",")) {
            String p = path.trim();
            if (!p.isEmpty()) {
                out.add(document == null ? p : document.describe(p));
            }
        }
        return out;
    }

    static FactsDocument document(RuleContext k) {
        for (Object o : k.getMatch().getObjects()) {
            if (o instanceof FactSection) {
                return ((FactSection) o).document();
            }
        }
        for (Object o : k.getKieRuntime().getObjects()) {
            if (o instanceof FactSection) {
                return ((FactSection) o).document();
            }
        }
        return null;
    }
}
