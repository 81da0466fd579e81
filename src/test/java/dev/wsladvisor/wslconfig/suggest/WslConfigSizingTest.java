package dev.wsladvisor.wslconfig.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WslConfigSizingTest {

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
}
