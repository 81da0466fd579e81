package dev.wsladvisor.rules;

import java.util.EnumSet;
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
        String explanation = RuleMetadata.text(meta, "explanation");
        return new Reason(RuleMetadata.id(k), RuleMetadata.version(k, "favors"), RuleMetadata.integer(k, "weight"),
                detail == null ? explanation : explanation + " " + detail,
                RuleMetadata.facts(k), RuleMetadata.text(meta, "source"), RuleMetadata.text(meta, "workaround"));
    }

    /** Stops {@code @blocks} (WSL1, WSL2 or both) until {@code @fix}; {@code @permanent(true)} when nothing can. */
    public static Blocker blocker(RuleContext k) {
        return blocker(k, null);
    }

    /** As {@link #blocker(RuleContext)}, with a message naming this host's facts instead of the explanation. */
    public static Blocker blocker(RuleContext k, String message) {
        Map<String, Object> meta = k.getRule().getMetaData();
        String blocks = RuleMetadata.required(k, "blocks").trim().toUpperCase(Locale.ROOT);
        Set<WslVersion> versions = "BOTH".equals(blocks) ? EnumSet.allOf(WslVersion.class)
                : EnumSet.of(RuleMetadata.parseVersion(k, "blocks", blocks));
        boolean permanent = Boolean.parseBoolean(String.valueOf(meta.getOrDefault("permanent", "false")));
        String fix = permanent ? RuleMetadata.text(meta, "fix") : RuleMetadata.required(k, "fix");
        return new Blocker(RuleMetadata.id(k), versions, permanent, message == null ? RuleMetadata.text(meta, "explanation") : message,
                fix, RuleMetadata.text(meta, "action"), RuleMetadata.facts(k), RuleMetadata.text(meta, "source"),
                meta.containsKey("order") ? RuleMetadata.integer(k, "order") : DEFAULT_ORDER);
    }

    /** Something that will bite; {@code @concerns("WSL2")} limits it to one verdict. */
    public static Warning warning(RuleContext k) {
        return warning(k, null);
    }

    /** As {@link #warning(RuleContext)}, with a message naming this host's facts instead of the explanation. */
    public static Warning warning(RuleContext k, String message) {
        Map<String, Object> meta = k.getRule().getMetaData();
        Object concerns = meta.get("concerns");
        return new Warning(RuleMetadata.id(k), concerns == null ? null : RuleMetadata.parseVersion(k, "concerns", String.valueOf(concerns)),
                message == null ? RuleMetadata.text(meta, "explanation") : message, RuleMetadata.text(meta, "fix"), RuleMetadata.facts(k), RuleMetadata.text(meta, "source"));
    }

    /** A command or action; {@code @step} orders the list (10s: fixes, 20s: install, 30s: convert, 40s+: configure). */
    public static NextStep nextStep(RuleContext k, String text) {
        return nextStep(k, 0, text);
    }

    /** One of several steps from the same rule: {@code offset} keeps them in order after {@code @step}. */
    public static NextStep nextStep(RuleContext k, int offset, String text) {
        return new NextStep(RuleMetadata.id(k), RuleMetadata.integer(k, "step") + offset, text);
    }

}
