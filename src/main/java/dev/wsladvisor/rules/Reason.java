package dev.wsladvisor.rules;

import java.util.List;

/**
 * A rule's vote for one WSL version. A weight of {@value #HARD_NEED} or more is a hard need: the other
 * version cannot do what the person asked for.
 */
public final class Reason {

    public static final int HARD_NEED = 100;

    private final String rule;
    private final WslVersion favors;
    private final int weight;
    private final String explanation;
    private final List<String> facts;
    private final String source;
    private final String workaround;
    private final String workaroundElsewhere;

    public Reason(String rule, WslVersion favors, int weight, String explanation, List<String> facts, String source,
                  String workaround) {
        this(rule, favors, weight, explanation, facts, source, workaround, null);
    }

    public Reason(String rule, WslVersion favors, int weight, String explanation, List<String> facts, String source,
                  String workaround, String workaroundElsewhere) {
        this.rule = rule;
        this.favors = favors;
        this.weight = weight;
        this.explanation = explanation;
        this.facts = List.copyOf(facts);
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

    public int getWeight() {
        return weight;
    }

    public boolean isHardNeed() {
        return weight >= HARD_NEED;
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
     * What to do when the version this need favours can never run on this PC (a permanent blocker), so that no
     * distribution of it can run beside the other either; null when the rule gives none.
     */
    public String getWorkaroundElsewhere() {
        return workaroundElsewhere;
    }
}
