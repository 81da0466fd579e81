package dev.wsladvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.Strength;
import dev.wsladvisor.rules.WslVersion;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verdict policy, step by step and strength by strength, as docs/verdict-policy.md states it.
 */
class VerdictPolicyTest {

    private static int serial;

    private static Reason reason(WslVersion favors, Strength strength) {
        return new Reason(
                "r" + (serial++) + "-" + favors + "-" + strength.label(),
                favors,
                strength,
                "x",
                List.of(),
                "https://x",
                null);
    }

    private static Reason friction(WslVersion favors) {
        return new Reason(
                "friction-" + (serial++),
                favors,
                Strength.PREFERENCE,
                "x",
                List.of(),
                "https://x",
                "do this instead");
    }

    private static Blocker blocker(String id, WslVersion blocks, boolean permanent) {
        return new Blocker(
                id, EnumSet.of(blocks), permanent, "m", "f", null, List.of(), "https://x", 50);
    }

    @Test
    void noReasonsAtAllMeansWsl2ByDefault() {
        Decision d = VerdictPolicy.decide(List.of(), List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.decidedBy()).isEqualTo("default");
    }

    @Test
    void preferencesNeverOutvoteTheDefault() {
        Decision d =
                VerdictPolicy.decide(
                        List.of(
                                reason(WslVersion.WSL1, Strength.PREFERENCE),
                                reason(WslVersion.WSL1, Strength.PREFERENCE),
                                reason(WslVersion.WSL1, Strength.PREFERENCE),
                                reason(WslVersion.WSL2, Strength.NOTE)),
                        List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.decidedBy()).isEqualTo("default");
    }

    @Test
    void aFrictionWithAWorkaroundKeepsWsl2AndIsCarriedAsUnmet() {
        Reason vpn = friction(WslVersion.WSL1);
        Decision d = VerdictPolicy.decide(List.of(vpn), List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.unmetIds()).containsExactly(vpn.getRule());
        assertThat(d.needUnmet()).isFalse();
    }

    @Test
    void anExceptionForWsl1DecidesWhenNoNeedDoes() {
        Decision d =
                VerdictPolicy.decide(
                        List.of(
                                reason(WslVersion.WSL1, Strength.EXCEPTION),
                                reason(WslVersion.WSL2, Strength.PREFERENCE)),
                        List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL1);
        assertThat(d.decidedBy()).isEqualTo("exceptions");
    }

    @Test
    void aNeedOutweighsAnyException() {
        Reason exception = reason(WslVersion.WSL1, Strength.EXCEPTION);
        Decision d =
                VerdictPolicy.decide(
                        List.of(
                                reason(WslVersion.WSL2, Strength.NEED),
                                exception,
                                reason(WslVersion.WSL1, Strength.EXCEPTION)),
                        List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.decidedBy()).isEqualTo("needs");
        assertThat(d.unmetIds()).contains(exception.getRule());
        assertThat(d.needUnmet()).isTrue();
        assertThat(d.conflictingNeeds()).isFalse();
    }

    @Test
    void aNeedOnlyWsl1MeetsMakesWsl1() {
        Decision d =
                VerdictPolicy.decide(
                        List.of(
                                reason(WslVersion.WSL1, Strength.NEED),
                                reason(WslVersion.WSL2, Strength.PREFERENCE)),
                        List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL1);
    }

    @Test
    void conflictingNeedsGoToTheSideWithMoreAndAreFlagged() {
        Decision d =
                VerdictPolicy.decide(
                        List.of(
                                reason(WslVersion.WSL2, Strength.NEED),
                                reason(WslVersion.WSL1, Strength.NEED),
                                reason(WslVersion.WSL1, Strength.NEED)),
                        List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL1);
        assertThat(d.conflictingNeeds()).isTrue();
        assertThat(d.needUnmet()).isTrue();
    }

    @Test
    void asManyNeedsOnBothSidesGoToWsl2() {
        Decision d =
                VerdictPolicy.decide(
                        List.of(
                                reason(WslVersion.WSL2, Strength.NEED),
                                reason(WslVersion.WSL1, Strength.NEED)),
                        List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.conflictingNeeds()).isTrue();
    }

    @Test
    void aNoteNeitherDecidesNorIsLeftUnmet() {
        Decision d =
                VerdictPolicy.decide(List.of(reason(WslVersion.WSL1, Strength.NOTE)), List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.unmetIds()).isEmpty();
    }

    @Test
    void aFixableBlockerKeepsTheVerdictAndBlocksIt() {
        Decision d =
                VerdictPolicy.decide(
                        List.of(reason(WslVersion.WSL2, Strength.NEED)),
                        List.of(blocker("vmp", WslVersion.WSL2, false)));
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.blocked()).isTrue();
        assertThat(d.blockerIds()).containsExactly("vmp");
    }

    @Test
    void aFixableBlockerDoesNotMakeWsl1() {
        Decision d =
                VerdictPolicy.decide(
                        List.of(friction(WslVersion.WSL1)),
                        List.of(blocker("nesting", WslVersion.WSL2, false)));
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.blocked()).isTrue();
    }

    @Test
    void aPermanentBlockerRulesOutThatVersionWhateverTheNeeds() {
        Decision d =
                VerdictPolicy.decide(
                        List.of(reason(WslVersion.WSL2, Strength.NEED)),
                        List.of(blocker("slat", WslVersion.WSL2, true)));
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL1);
        assertThat(d.decidedBy()).isEqualTo("cannot-run");
        assertThat(d.blocked()).isFalse();
        assertThat(d.neverWsl2()).isTrue();
        assertThat(d.needUnmet()).isTrue();
    }

    @Test
    void blockersOfTheOtherVersionDoNotBlock() {
        Decision d =
                VerdictPolicy.decide(
                        List.of(reason(WslVersion.WSL1, Strength.NEED)),
                        List.of(blocker("vmp", WslVersion.WSL2, false)));
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL1);
        assertThat(d.blocked()).isFalse();
    }

    @Test
    void whenNeitherCanRunNothingIsBlockedWithinReachOrLeftUnmet() {
        Blocker both =
                new Blocker(
                        "x86",
                        EnumSet.allOf(WslVersion.class),
                        true,
                        "m",
                        null,
                        null,
                        List.of(),
                        "https://x",
                        1);
        Decision d =
                VerdictPolicy.decide(
                        List.of(reason(WslVersion.WSL1, Strength.NEED)), List.of(both));
        assertThat(d.neverWsl1()).isTrue();
        assertThat(d.neverWsl2()).isTrue();
        assertThat(d.blocked()).isFalse();
        assertThat(d.unmetIds()).isEmpty();
    }

    @Test
    void anotherNeedLeftUnmetIsAChangeThePersonWouldNotice() {
        Decision base =
                VerdictPolicy.decide(List.of(reason(WslVersion.WSL2, Strength.NEED)), List.of());
        Decision withUsbUnmet =
                VerdictPolicy.decide(
                        List.of(reason(WslVersion.WSL2, Strength.NEED), friction(WslVersion.WSL1)),
                        List.of());
        assertThat(withUsbUnmet.changeFrom(base)).isEqualTo(1);
    }

    @Test
    void theStepsTableIsReadInOrderAndEndsWithTheDefault() {
        assertThat(VerdictPolicy.STEPS)
                .extracting(VerdictPolicy.Step::name)
                .containsExactly("cannot-run", "needs", "exceptions", "default");
    }

    @Test
    void confidenceFallsByNamedPenalties() {
        Decision base = VerdictPolicy.decide(List.of(), List.of());
        Decision flipped =
                VerdictPolicy.decide(List.of(reason(WslVersion.WSL1, Strength.NEED)), List.of());
        List<Sensitivity.Impact> two =
                List.of(
                        new Sensitivity.Impact("a", true, flipped, 3),
                        new Sensitivity.Impact("b", true, flipped, 3));
        assertThat(Confidence.of(base, List.of(), List.of(), false, false)).isEqualTo(1.0);
        assertThat(Confidence.of(base, two, List.of(), false, false)).isEqualTo(0.7);
        assertThat(Confidence.of(base, List.of(), List.of(), true, false)).isEqualTo(0.9);
        assertThat(Confidence.of(base, List.of(), List.of(), false, true)).isEqualTo(0.8);
    }

    @Test
    void preferencesAgainstTheDefaultLowerTheConfidence() {
        List<Reason> reasons =
                List.of(friction(WslVersion.WSL1), reason(WslVersion.WSL2, Strength.NOTE));
        Decision d = VerdictPolicy.decide(reasons, List.of());
        assertThat(Confidence.of(d, List.of(), reasons, false, false)).isEqualTo(0.9);
    }
}
