package dev.wsladvisor.advice;

import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.WslVersion;
import java.util.List;

/**
 * How sure the advice is: 1.0 less the named {@link Penalty penalties}, in one place, never below
 * 0.1. "Could flip" is measured by {@link Sensitivity}, not guessed.
 */
final class Confidence {

    /** What lowers the confidence, by how much each time, and how many times at most. */
    enum Penalty {
        /** An unknown fact that could change the recommendation. */
        UNKNOWN_COULD_FLIP_VERDICT(0.15, 3),
        /**
         * An unknown fact that could change only the blocked state, a blocker or a need left unmet.
         */
        UNKNOWN_COULD_CHANGE_BLOCKERS(0.05, 4),
        /** Needs on both sides: one stays unmet whatever the verdict. */
        CONFLICTING_NEEDS(0.2, 1),
        /**
         * The preferences lean to the version not recommended (Microsoft's default kept WSL2
         * against them).
         */
        PREFERENCES_AGAINST(0.1, 1),
        /**
         * An error the person saw that no rule recognises: it may point to something the advice
         * does not know.
         */
        UNRECOGNISED_ERROR(0.1, 1),
        /** No host facts at all: whether this PC can run WSL2 now is not known. */
        READINESS_UNKNOWN(0.2, 1);

        final double cost;
        final int atMost;

        Penalty(double cost, int atMost) {
            this.cost = cost;
            this.atMost = atMost;
        }
    }

    private Confidence() {}

    static double of(
            Decision decision,
            List<Sensitivity.Impact> unknown,
            List<Reason> reasons,
            boolean unrecognisedError,
            boolean readinessUnknown) {
        if (decision.nothingRuns()) {
            // No WSL can run: the verdict is certain, whatever is unknown.
            return 1.0;
        }
        int flipsVerdict = 0;
        int flipsOther = 0;
        for (Sensitivity.Impact i : unknown) {
            if (i.strength() == 3) {
                flipsVerdict++;
            } else {
                flipsOther++;
            }
        }
        double c =
                1.0
                        - times(Penalty.UNKNOWN_COULD_FLIP_VERDICT, flipsVerdict)
                        - times(Penalty.UNKNOWN_COULD_CHANGE_BLOCKERS, flipsOther);
        if (decision.conflictingNeeds()) {
            c -= Penalty.CONFLICTING_NEEDS.cost;
        }
        WslVersion rec = decision.recommendation();
        WslVersion other = rec == WslVersion.WSL1 ? WslVersion.WSL2 : WslVersion.WSL1;
        if (!decision.neverWsl2()
                && !decision.neverWsl1()
                && VerdictPolicy.weight(reasons, other) > VerdictPolicy.weight(reasons, rec)) {
            c -= Penalty.PREFERENCES_AGAINST.cost;
        }
        if (unrecognisedError) {
            c -= Penalty.UNRECOGNISED_ERROR.cost;
        }
        if (readinessUnknown) {
            c -= Penalty.READINESS_UNKNOWN.cost;
        }
        return Math.round(Math.max(0.1, c) * 100) / 100.0;
    }

    private static double times(Penalty p, int count) {
        return p.cost * Math.min(p.atMost, count);
    }
}
