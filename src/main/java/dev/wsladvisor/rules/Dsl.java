package dev.wsladvisor.rules;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The output vocabulary as seen from a rule: {@code insertLogical( reason(kcontext) );}. Each
 * helper builds its output from the firing rule's own metadata ({@code @id}, {@code @explanation},
 * {@code @source}, {@code @facts}...), so what a rule says can never drift from what its catalogue
 * entry says. Rule files import these with {@code import static dev.wsladvisor.rules.Dsl.*;}.
 */
public final class Dsl {

    /** Blockers without {@code @order} come after those that say they must be fixed first. */
    static final int DEFAULT_ORDER = 50;

    private Dsl() {}

    /** A vote for {@code @favors} with {@code @strength} (need, exception, preference, note). */
    public static Reason reason(RuleContext k) {
        return reason(k, null);
    }

    /** As {@link #reason(RuleContext)}, with a detail appended to the explanation for this host. */
    public static Reason reason(RuleContext k, String detail) {
        RuleMetadata rule = RuleMetadata.of(k);
        Reason r = rule.reason();
        return new Reason(
                r.getRule(),
                r.getFavors(),
                r.getStrength(),
                detail == null ? r.getExplanation() : r.getExplanation() + " " + detail,
                rule.facts(k),
                r.getSource(),
                r.getWorkaround(),
                r.getWorkaroundElsewhere());
    }

    /**
     * Stops {@code @blocks} (WSL1, WSL2 or both) until {@code @fix}; {@code @permanent(true)} when
     * nothing can.
     */
    public static Blocker blocker(RuleContext k) {
        return blocker(k, null);
    }

    /**
     * As {@link #blocker(RuleContext)}, with a message naming this host's facts instead of the
     * explanation.
     */
    public static Blocker blocker(RuleContext k, String message) {
        RuleMetadata rule = RuleMetadata.of(k);
        Blocker b = rule.blocker();
        return new Blocker(
                b.getId(),
                b.getBlocks(),
                b.isPermanent(),
                message == null ? b.getMessage() : message,
                b.getFix(),
                b.getAction(),
                rule.facts(k),
                b.getSource(),
                b.getOrder());
    }

    /**
     * As {@link #blocker(RuleContext, String)}, with a fix worked out for this host (a diagnosis)
     * instead of {@code @fix}.
     */
    public static Blocker blocker(RuleContext k, String message, String fix) {
        RuleMetadata rule = RuleMetadata.of(k);
        Blocker b = rule.blocker();
        return new Blocker(
                b.getId(),
                b.getBlocks(),
                b.isPermanent(),
                message,
                fix,
                b.getAction(),
                rule.facts(k),
                b.getSource(),
                b.getOrder());
    }

    /** Something that will bite; {@code @concerns("WSL2")} limits it to one verdict. */
    public static Warning warning(RuleContext k) {
        return warning(k, null);
    }

    /**
     * As {@link #warning(RuleContext)}, with a message naming this host's facts instead of the
     * explanation.
     */
    public static Warning warning(RuleContext k, String message) {
        RuleMetadata rule = RuleMetadata.of(k);
        Warning w = rule.warning();
        return new Warning(
                w.getId(),
                w.getConcerns(),
                message == null ? w.getMessage() : message,
                w.getFix(),
                rule.facts(k),
                w.getSource());
    }

    /**
     * A command or action; {@code @step} orders the list (10s: fixes, 20s: install, 30s: convert,
     * 40s+: configure).
     */
    public static NextStep nextStep(RuleContext k, String text) {
        return nextStep(k, 0, text);
    }

    /**
     * One of several steps from the same rule: {@code offset} keeps them in order after
     * {@code @step}.
     */
    public static NextStep nextStep(RuleContext k, int offset, String text) {
        RuleMetadata rule = RuleMetadata.of(k);
        return new NextStep(rule.id(), rule.step() + offset, text);
    }
}
