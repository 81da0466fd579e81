package dev.wsladvisor.rules;

import java.util.List;

/** A rule's vote for one WSL version, with its {@link Strength}. */
public final class Reason {

    private final String rule;
    private final WslVersion favors;
    private final Strength strength;
    private final String explanation;
    private final List<String> facts;
    private final String source;
    private final String workaround;
    private final String workaroundElsewhere;

    public Reason(
            String rule,
            WslVersion favors,
            Strength strength,
            String explanation,
            List<String> facts,
            String source,
            String workaround) {
        this(rule, favors, strength, explanation, facts, source, workaround, null);
    }

    public Reason(
            String rule,
            WslVersion favors,
            Strength strength,
            String explanation,
            List<String> facts,
            String source,
            String workaround,
            String workaroundElsewhere) {
        this.rule = rule;
        this.favors = favors;
        this.strength = strength;
        this.explanation = explanation;
        this.facts = QuotedFacts.copyOf(facts);
        this.source = source;
        this.workaround = workaround;
        this.workaroundElsewhere = workaroundElsewhere;
    }

    public String getRule() {
        return rule;
    }

    public WslVersion getFavors() {
        return favors;
    }

    public Strength getStrength() {
        return strength;
    }

    /** The number the advice document shows for the strength. */
    public int getWeight() {
        return strength.weight();
    }

    /** Only the favoured version can do it. */
    public boolean isHardNeed() {
        return strength == Strength.NEED;
    }

    /** A need or one of Microsoft's exceptions: left unmet by the other verdict, it is said so. */
    public boolean decides() {
        return strength == Strength.NEED || strength == Strength.EXCEPTION;
    }

    public String getExplanation() {
        return explanation;
    }

    public List<String> getFacts() {
        return facts;
    }

    public String getSource() {
        return source;
    }

    /** What to do when the other version is chosen anyway; null when the rule gives none. */
    public String getWorkaround() {
        return workaround;
    }

    /**
     * What to do when the version this need favours can never run on this PC (a permanent blocker),
     * so that no distribution of it can run beside the other either; null when the rule gives none.
     */
    public String getWorkaroundElsewhere() {
        return workaroundElsewhere;
    }
}
