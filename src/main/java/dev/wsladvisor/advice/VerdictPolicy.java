package dev.wsladvisor.advice;

import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.WslVersion;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How reasons and blockers combine into a verdict (docs/verdict-policy.md says the same in prose):
 * <ol>
 *   <li>A version that can never run here (a permanent blocker) is out, if the other one can run.</li>
 *   <li>Hard needs (weight 100 or more) decide next: the version that meets all of them wins.</li>
 *   <li>Hard needs on both sides conflict: the side with the greater hard weight wins, and the need left
 *       unmet becomes a warning with its workaround.</li>
 *   <li>Otherwise the weighted preferences decide; a tie goes to WSL2, Microsoft's default.</li>
 *   <li>Blocked: a fixable blocker stands in the recommended version's way.</li>
 * </ol>
 */
public final class VerdictPolicy {

    private VerdictPolicy() {
    }

    public static Decision decide(List<Reason> reasons, List<Blocker> blockers) {
        // Plain loops here and below: this runs for every host and every what-if trial, much of it before the JIT.
        boolean neverWsl2 = false;
        boolean neverWsl1 = false;
        for (Blocker b : blockers) {
            neverWsl2 |= b.isPermanent() && b.blocks(WslVersion.WSL2);
            neverWsl1 |= b.isPermanent() && b.blocks(WslVersion.WSL1);
        }
        int hard2 = hardWeight(reasons, WslVersion.WSL2);
        int hard1 = hardWeight(reasons, WslVersion.WSL1);
        WslVersion recommendation;
        if (neverWsl2 && !neverWsl1) {
            recommendation = WslVersion.WSL1;
        } else if (neverWsl1 && !neverWsl2) {
            recommendation = WslVersion.WSL2;
        } else if (hard2 != hard1) {
            // One side's hard needs alone, or the heavier of conflicting ones (hard needs weigh 100 or more each).
            recommendation = hard2 > hard1 ? WslVersion.WSL2 : WslVersion.WSL1;
        } else {
            recommendation = weight(reasons, WslVersion.WSL1) > weight(reasons, WslVersion.WSL2) ? WslVersion.WSL1 : WslVersion.WSL2;
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
        blocked &= !(neverWsl1 && neverWsl2);
        boolean unmet = (recommendation == WslVersion.WSL1 ? hard2 : hard1) > 0;
        return new Decision(recommendation, blocked, inTheWay, neverWsl2, neverWsl1, hard1 > 0 && hard2 > 0, unmet);
    }

    static int hardWeight(List<Reason> reasons, WslVersion version) {
        int sum = 0;
        for (Reason r : reasons) {
            if (r.isHardNeed() && r.getFavors() == version) {
                sum += r.getWeight();
            }
        }
        return sum;
    }

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
