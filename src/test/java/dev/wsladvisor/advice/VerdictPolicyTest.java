package dev.wsladvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.WslVersion;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict policy, case by case, as docs/verdict-policy.md states it. */
class VerdictPolicyTest {

    private static Reason reason(WslVersion favors, int weight) {
        return new Reason("r-" + favors + weight, favors, weight, "x", List.of(), "https://x", null);
    }

    private static Blocker blocker(String id, WslVersion blocks, boolean permanent) {
        return new Blocker(id, EnumSet.of(blocks), permanent, "m", "f", null, List.of(), "https://x", 50);
    }

    @Test
    void noReasonsAtAllMeansWsl2() {
        assertThat(VerdictPolicy.decide(List.of(), List.of()).recommendation()).isEqualTo(WslVersion.WSL2);
    }

    @Test
    void heavierPreferencesWin() {
        assertThat(VerdictPolicy.decide(List.of(reason(WslVersion.WSL1, 40), reason(WslVersion.WSL2, 30)), List.of())
                .recommendation()).isEqualTo(WslVersion.WSL1);
    }

    @Test
    void aTieGoesToWsl2() {
        assertThat(VerdictPolicy.decide(List.of(reason(WslVersion.WSL1, 40), reason(WslVersion.WSL2, 40)), List.of())
                .recommendation()).isEqualTo(WslVersion.WSL2);
    }

    @Test
    void aHardNeedBeatsAnySumOfPreferences() {
        Decision d = VerdictPolicy.decide(List.of(reason(WslVersion.WSL2, 100), reason(WslVersion.WSL1, 60),
                reason(WslVersion.WSL1, 60), reason(WslVersion.WSL1, 60)), List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.conflictingNeeds()).isFalse();
    }

    @Test
    void conflictingHardNeedsAreWeighedAndFlagged() {
        Decision d = VerdictPolicy.decide(List.of(reason(WslVersion.WSL2, 100), reason(WslVersion.WSL1, 100),
                reason(WslVersion.WSL1, 100)), List.of());
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL1);
        assertThat(d.conflictingNeeds()).isTrue();
    }

    @Test
    void aFixableBlockerKeepsTheVerdictAndBlocksIt() {
        Decision d = VerdictPolicy.decide(List.of(reason(WslVersion.WSL2, 100)), List.of(blocker("vmp", WslVersion.WSL2, false)));
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL2);
        assertThat(d.blocked()).isTrue();
        assertThat(d.blockerIds()).containsExactly("vmp");
    }

    @Test
    void aPermanentBlockerRulesOutThatVersionWhateverTheNeeds() {
        Decision d = VerdictPolicy.decide(List.of(reason(WslVersion.WSL2, 100)), List.of(blocker("slat", WslVersion.WSL2, true)));
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL1);
        assertThat(d.blocked()).isFalse();
        assertThat(d.neverWsl2()).isTrue();
    }

    @Test
    void blockersOfTheOtherVersionDoNotBlock() {
        Decision d = VerdictPolicy.decide(List.of(reason(WslVersion.WSL1, 100)), List.of(blocker("vmp", WslVersion.WSL2, false)));
        assertThat(d.recommendation()).isEqualTo(WslVersion.WSL1);
        assertThat(d.blocked()).isFalse();
    }

    @Test
    void whenNeitherCanRunNothingIsBlockedWithinReach() {
        Blocker both = new Blocker("x86", EnumSet.allOf(WslVersion.class), true, "m", null, null, List.of(), "https://x", 1);
        Decision d = VerdictPolicy.decide(List.of(), List.of(both));
        assertThat(d.neverWsl1()).isTrue();
        assertThat(d.neverWsl2()).isTrue();
        assertThat(d.blocked()).isFalse();
    }

    @Test
    void confidenceFallsForEachUnknownThatCouldFlipTheVerdict() {
        Decision base = VerdictPolicy.decide(List.of(), List.of());
        Decision flipped = VerdictPolicy.decide(List.of(reason(WslVersion.WSL1, 100)), List.of());
        List<Sensitivity.Impact> two = List.of(new Sensitivity.Impact("a", true, flipped, 3), new Sensitivity.Impact("b", true, flipped, 3));
        assertThat(AdviceAssembler.confidence(base, List.of(), List.of())).isEqualTo(1.0);
        assertThat(AdviceAssembler.confidence(base, two, List.of())).isEqualTo(0.7);
    }
}
