package dev.wsladvisor.wslconfig;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WslConfigSizingTest {

    @Test
    void defaultSwapIsAQuarterOfTheVmRoundedUpToAGigabyte() {
        assertThat(WslConfigSizing.defaultSwapMb(12 * 1024)).isEqualTo(3 * 1024);
        assertThat(WslConfigSizing.defaultSwapMb(2 * 1024)).isEqualTo(1024);
    }

    @Test
    void dockerGetsThreeQuartersButWindowsKeepsItsReserve() {
        assertThat(WslConfigSizing.dockerMemoryGb(16 * 1024)).isEqualTo(10);
        assertThat(WslConfigSizing.dockerMemoryGb(32 * 1024)).isEqualTo(24);
        assertThat(WslConfigSizing.dockerMemoryGb(8 * 1024)).isNull();
    }

    @Test
    void tightMemoryIsCappedAndNothingIsSaidWhenItEqualsTheDefault() {
        assertThat(WslConfigSizing.tightMemoryGb(16 * 1024)).isEqualTo(4);
        assertThat(WslConfigSizing.tightMemoryGb(4 * 1024)).isNull();
    }

    @Test
    void smallHostsGetMoreSwapThanTheDefault() {
        assertThat(WslConfigSizing.smallHostSwapGb(4 * 1024, null)).isEqualTo(4);
        assertThat(WslConfigSizing.smallHostSwapGb(16 * 1024, null)).isNull();
    }

    @Test
    void unknownWslVersionNeverBlocksButAnOldOneDoes() {
        assertThat(WslConfigSizing.wslAtLeast(null, "2.0.0")).isTrue();
        assertThat(WslConfigSizing.wslAtLeast("1.2.5.0", "2.0.0")).isFalse();
        assertThat(WslConfigSizing.wslAtLeast("2.3.26.0", "2.0.0")).isTrue();
        assertThat(WslConfigSizing.wslAtLeast("2.10.1", "2.9.4")).isTrue();
        assertThat(WslConfigSizing.wslAtLeast("2.9.3.0", "2.9.4")).isFalse();
    }

    @Test
    void aWslVersionTooPartialToTellDoesNotBlockASuggestion() {
        assertThat(WslConfigSizing.wslAtLeast("2.1", "2.1.5")).isTrue();
        assertThat(WslConfigSizing.wslAtLeast("2", "2.0.0")).isTrue();
        assertThat(WslConfigSizing.wslAtLeast("1", "2.0.0")).isFalse();
    }

    @Property
    void memorySuggestionsNeverExceedTheHost(@ForAll @IntRange(min = 512, max = 1 << 20) int hostMb) {
        Integer docker = WslConfigSizing.dockerMemoryGb(hostMb);
        Integer tight = WslConfigSizing.tightMemoryGb(hostMb);
        if (docker != null) {
            assertThat(docker * 1024).isLessThanOrEqualTo(hostMb - WslConfigSizing.WINDOWS_RESERVE_MB);
        }
        if (tight != null) {
            assertThat(tight * 1024).isLessThan(hostMb);
        }
    }
}
