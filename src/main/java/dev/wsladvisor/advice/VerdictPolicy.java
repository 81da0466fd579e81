package dev.wsladvisor.advice;

import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.Strength;
import dev.wsladvisor.rules.WslVersion;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How reasons and blockers combine into a verdict: the {@link #STEPS} table, read top to bottom,
 * the first step that names a version decides. docs/verdict-policy.md says the same in prose. WSL2
 * is Microsoft's default; WSL1 only where WSL2 can never run, or for a need or one of Microsoft's
 * listed exceptions that only WSL1 meets. Preferences (frictions with a documented workaround)
 * explain and lower the confidence, but never decide.
 */
public final class VerdictPolicy {

    /**
     * One row of the policy: its name (shown by {@link Decision#decidedBy()}), what it says, and
     * the test.
     */
    public record Step(String name, String says, Function<Tally, WslVersion> decide) {}

    /** The policy, in the order it is applied. */
    public static final List<Step> STEPS =
            List.of(
                    new Step(
                            "cannot-run",
                            "A version that can never run on this PC is out, if the other one can run.",
                            t ->
                                    t.neverWsl2 && !t.neverWsl1
                                            ? WslVersion.WSL1
                                            : t.neverWsl1 && !t.neverWsl2 ? WslVersion.WSL2 : null),
                    new Step(
                            "needs",
                            "The version that meets more of the person's needs; as many on both sides goes to WSL2.",
                            t ->
                                    t.count(Strength.NEED, WslVersion.WSL1)
                                                    > t.count(Strength.NEED, WslVersion.WSL2)
                                            ? WslVersion.WSL1
                                            : t.count(Strength.NEED, WslVersion.WSL2) > 0
                                                    ? WslVersion.WSL2
                                                    : null),
                    new Step(
                            "exceptions",
                            "One of Microsoft's exceptions to its default applies: WSL1, unless as many favour WSL2.",
                            t ->
                                    t.count(Strength.EXCEPTION, WslVersion.WSL1)
                                                    > t.count(Strength.EXCEPTION, WslVersion.WSL2)
                                            ? WslVersion.WSL1
                                            : t.count(Strength.EXCEPTION, WslVersion.WSL2) > 0
                                                    ? WslVersion.WSL2
                                                    : null),
                    new Step(
                            "default",
                            "Otherwise WSL2, Microsoft's default: preferences and frictions with a workaround never decide.",
                            t -> WslVersion.WSL2));

    private VerdictPolicy() {}

    /**
     * What the steps look at: how many reasons of each strength favour each version, and what can
     * never run.
     */
    public static final class Tally {
        private final int[] counts = new int[Strength.values().length * 2];
        final boolean neverWsl1;
        final boolean neverWsl2;

        Tally(List<Reason> reasons, boolean neverWsl1, boolean neverWsl2) {
            // Plain loops: this runs for every host and every what-if trial, much of it before the
            // JIT.
            for (Reason r : reasons) {
                counts[r.getStrength().ordinal() * 2 + r.getFavors().ordinal()]++;
            }
            this.neverWsl1 = neverWsl1;
            this.neverWsl2 = neverWsl2;
        }

        int count(Strength strength, WslVersion favors) {
            return counts[strength.ordinal() * 2 + favors.ordinal()];
        }
    }

    public static Decision decide(List<Reason> reasons, List<Blocker> blockers) {
        boolean neverWsl2 = false;
        boolean neverWsl1 = false;
        for (Blocker b : blockers) {
            neverWsl2 |= b.isPermanent() && b.blocks(WslVersion.WSL2);
            neverWsl1 |= b.isPermanent() && b.blocks(WslVersion.WSL1);
        }
        Tally tally = new Tally(reasons, neverWsl1, neverWsl2);
        WslVersion recommendation = null;
        Step decidedBy = null;
        for (Step step : STEPS) {
            recommendation = step.decide().apply(tally);
            if (recommendation != null) {
                decidedBy = step;
                break;
            }
        }
        Set<String> inTheWay = new TreeSet<>();
        boolean blocked = false;
        for (Blocker b : blockers) {
            if (b.blocks(recommendation)) {
                inTheWay.add(b.getId());
                blocked |= !b.isPermanent();
            }
        }
        // Where neither version can ever run, no fix within reach unblocks anything.
        boolean nothingRuns = neverWsl1 && neverWsl2;
        blocked &= !nothingRuns;
        Set<String> unmet = new TreeSet<>();
        boolean needUnmet = false;
        if (!nothingRuns) {
            for (Reason r : reasons) {
                if (r.getFavors() != recommendation && (r.decides() || r.getWorkaround() != null)) {
                    unmet.add(r.getRule());
                    needUnmet |= r.decides();
                }
            }
        }
        boolean conflicting =
                tally.count(Strength.NEED, WslVersion.WSL1) > 0
                        && tally.count(Strength.NEED, WslVersion.WSL2) > 0;
        return new Decision(
                recommendation,
                blocked,
                inTheWay,
                neverWsl2,
                neverWsl1,
                conflicting,
                unmet,
                needUnmet,
                decidedBy.name());
    }

    /**
     * The summed shown weights of the reasons for one version (for the confidence's "preferences
     * against").
     */
    static int weight(List<Reason> reasons, WslVersion version) {
        int sum = 0;
        for (Reason r : reasons) {
            if (r.getFavors() == version) {
                sum += r.getWeight();
            }
        }
        return sum;
    }
}
