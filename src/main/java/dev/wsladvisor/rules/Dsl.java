package dev.wsladvisor.rules;

import dev.wsladvisor.facts.FactSection;
import dev.wsladvisor.facts.FactsDocument;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The output vocabulary as seen from a rule: {@code insert( reason(kcontext) );}. Each helper builds its
 * output from the firing rule's own metadata ({@code @id}, {@code @explanation}, {@code @source},
 * {@code @facts}...), so what a rule says can never drift from what its catalogue entry says. Rule files
 * import these with {@code import static dev.wsladvisor.rules.Dsl.*;}.
 */
public final class Dsl {

    /** Blockers without {@code @order} come after those that say they must be fixed first. */
    static final int DEFAULT_ORDER = 50;

    private Dsl() {
    }

    /** A vote for {@code @favors} with {@code @weight}; a weight of 100 or more is a hard need. */
    public static Reason reason(RuleContext k) {
        return reason(k, null);
    }

    /** As {@link #reason(RuleContext)}, with a detail appended to the explanation for this host. */
    public static Reason reason(RuleContext k, String detail) {
        Map<String, Object> meta = k.getRule().getMetaData();
        String explanation = text(meta, "explanation");
        return new Reason(id(k), version(k, "favors"), integer(k, "weight"),
                detail == null ? explanation : explanation + " " + detail,
                facts(k), text(meta, "source"), text(meta, "workaround"));
    }

    /** Stops {@code @blocks} (WSL1, WSL2 or both) until {@code @fix}; {@code @permanent(true)} when nothing can. */
    public static Blocker blocker(RuleContext k) {
        return blocker(k, null);
    }

    /** As {@link #blocker(RuleContext)}, with a message naming this host's facts instead of the explanation. */
    public static Blocker blocker(RuleContext k, String message) {
        Map<String, Object> meta = k.getRule().getMetaData();
        String blocks = required(k, "blocks").trim().toUpperCase(Locale.ROOT);
        Set<WslVersion> versions = "BOTH".equals(blocks) ? EnumSet.allOf(WslVersion.class)
                : EnumSet.of(parseVersion(k, "blocks", blocks));
        boolean permanent = Boolean.parseBoolean(String.valueOf(meta.getOrDefault("permanent", "false")));
        String fix = permanent ? text(meta, "fix") : required(k, "fix");
        return new Blocker(id(k), versions, permanent, message == null ? text(meta, "explanation") : message,
                fix, text(meta, "action"), facts(k), text(meta, "source"),
                meta.containsKey("order") ? integer(k, "order") : DEFAULT_ORDER);
    }

    /** Something that will bite; {@code @concerns("WSL2")} limits it to one verdict. */
    public static Warning warning(RuleContext k) {
        return warning(k, null);
    }

    /** As {@link #warning(RuleContext)}, with a message naming this host's facts instead of the explanation. */
    public static Warning warning(RuleContext k, String message) {
        Map<String, Object> meta = k.getRule().getMetaData();
        Object concerns = meta.get("concerns");
        return new Warning(id(k), concerns == null ? null : parseVersion(k, "concerns", String.valueOf(concerns)),
                message == null ? text(meta, "explanation") : message, text(meta, "fix"), facts(k), text(meta, "source"));
    }

    /** A command or action; {@code @step} orders the list (10s: fixes, 20s: install, 30s: convert, 40s+: configure). */
    public static NextStep nextStep(RuleContext k, String text) {
        return new NextStep(id(k), integer(k, "step"), text);
    }

    private static String id(RuleContext k) {
        return required(k, "id");
    }

    private static String required(RuleContext k, String key) {
        String value = text(k.getRule().getMetaData(), key);
        if (value == null || value.isBlank()) {
            throw new RuleAuthoringException("rule \"" + k.getRule().getName() + "\" has no @" + key
                    + " metadata; add @" + key + "(...) under its name.");
        }
        return value;
    }

    private static int integer(RuleContext k, String key) {
        String value = required(k, key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new RuleAuthoringException("rule \"" + k.getRule().getName() + "\": @" + key
                    + " must be a whole number, found \"" + value + "\".");
        }
    }

    private static WslVersion version(RuleContext k, String key) {
        return parseVersion(k, key, required(k, key));
    }

    private static WslVersion parseVersion(RuleContext k, String key, String value) {
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
    private static List<String> facts(RuleContext k) {
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

    private static FactsDocument document(RuleContext k) {
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
