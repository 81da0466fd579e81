package dev.wsladvisor.advice;

import dev.wsladvisor.rules.WslVersion;
import java.util.Set;

/**
 * What the verdict policy decided for one set of rule outputs: the version, whether it is blocked,
 * the ids of the blockers in the way, and how the hard needs stood.
 */
public final class Decision {

    private final WslVersion recommendation;
    private final boolean blocked;
    private final Set<String> blockerIds;
    private final boolean neverWsl2;
    private final boolean neverWsl1;
    private final boolean conflictingNeeds;
    private final Set<String> unmetIds;
    private final String decidedBy;
    private final boolean needUnmet;

    Decision(
            WslVersion recommendation,
            boolean blocked,
            Set<String> blockerIds,
            boolean neverWsl2,
            boolean neverWsl1,
            boolean conflictingNeeds,
            Set<String> unmetIds,
            boolean needUnmet,
            String decidedBy) {
        this.recommendation = recommendation;
        this.blocked = blocked;
        this.blockerIds = Set.copyOf(blockerIds);
        this.neverWsl2 = neverWsl2;
        this.neverWsl1 = neverWsl1;
        this.conflictingNeeds = conflictingNeeds;
        this.unmetIds = Set.copyOf(unmetIds);
        this.needUnmet = needUnmet;
        this.decidedBy = decidedBy;
    }

    public WslVersion recommendation() {
        return recommendation;
    }

    public boolean blocked() {
        return blocked;
    }

    public Set<String> blockerIds() {
        return blockerIds;
    }

    /** WSL2 can never run on this PC (a permanent blocker). */
    public boolean neverWsl2() {
        return neverWsl2;
    }

    /** WSL1 can never run on this PC. */
    public boolean neverWsl1() {
        return neverWsl1;
    }

    /** Hard needs on both sides: one of them stays unmet whatever the verdict. */
    public boolean conflictingNeeds() {
        return conflictingNeeds;
    }

    /**
     * The recommendation leaves a need, an exception or a friction of the other version unmet (each
     * said in a warning).
     */
    public boolean unmetNeeds() {
        return !unmetIds.isEmpty();
    }

    /**
     * A need or an exception of the other version is left unmet (not only a friction with a
     * workaround).
     */
    public boolean needUnmet() {
        return needUnmet;
    }

    /**
     * The ids of the reasons whose version lost: needs, exceptions, and preferences that bring a
     * workaround.
     */
    public Set<String> unmetIds() {
        return unmetIds;
    }

    /** The name of the policy step that decided ({@link VerdictPolicy#STEPS}). */
    public String decidedBy() {
        return decidedBy;
    }

    /**
     * Neither version can ever run on this PC (32-bit Windows): the recommendation is only nominal.
     */
    public boolean nothingRuns() {
        return neverWsl1 && neverWsl2;
    }

    /**
     * How much this decision differs from {@code base}: 3 another recommendation, 2 another blocked
     * state, 1 another set of blockers or of needs left unmet (each a warning the person reads), 0
     * nothing the person would notice (which includes any change where WSL can run neither before
     * nor after). The what-if analysis and the questionnaire both rank changes by it.
     */
    public int changeFrom(Decision base) {
        if (nothingRuns() && base.nothingRuns()) {
            // WSL cannot run either way: which version is named, and what else stands in its way,
            // is moot.
            return 0;
        }
        if (recommendation != base.recommendation) {
            return 3;
        }
        if (blocked != base.blocked) {
            return 2;
        }
        return blockerIds.equals(base.blockerIds) && unmetIds.equals(base.unmetIds) ? 0 : 1;
    }

    /** Every field, sets sorted: two decisions that print alike are alike. */
    @Override
    public String toString() {
        return recommendation
                + (blocked ? " blocked by " + new java.util.TreeSet<>(blockerIds) : "")
                + ", unmet "
                + new java.util.TreeSet<>(unmetIds)
                + (needUnmet ? " (a need)" : "")
                + (neverWsl1 ? ", never WSL1" : "")
                + (neverWsl2 ? ", never WSL2" : "")
                + (conflictingNeeds ? ", conflicting needs" : "")
                + ", decided by "
                + decidedBy
                + (blocked ? "" : ", blockers " + new java.util.TreeSet<>(blockerIds));
    }
}
