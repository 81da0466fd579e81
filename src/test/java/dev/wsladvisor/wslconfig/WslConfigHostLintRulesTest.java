package dev.wsladvisor.wslconfig;

import static dev.wsladvisor.wslconfig.Hosts.hardware;
import static dev.wsladvisor.wslconfig.Hosts.os;
import static dev.wsladvisor.wslconfig.Hosts.wsl;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WslConfigHostLintRulesTest {

    private static List<String> ids(String text, Object... host) {
        return WslRulesFixture.lint(text, ConfigDialect.WSLCONFIG, host).stream().map(LintFinding::ruleId).sorted()
                .toList();
    }

    @Test
    void memoryAndProcessorsBeyondTheHostAreFlagged() {
        assertThat(ids("[wsl2]\nmemory=32GB\nprocessors=16\n", hardware(16384, 8)))
                .containsExactly("wslconfig-memory-over-host", "wslconfig-processors-over-host");
        assertThat(ids("[wsl2]\nmemory=8GB\nprocessors=8\n", hardware(16384, 8))).isEmpty();
    }

    @Test
    void unknownHostFactsStaySilent() {
        assertThat(ids("[wsl2]\nmemory=32GB\nnetworkingMode=mirrored\n", hardware(null, null), os(null, null)))
                .isEmpty();
    }

    @Test
    void mirroredBefore22H2IsFlagged() {
        List<LintFinding> f = WslRulesFixture.lint("[wsl2]\nnetworkingMode=mirrored\n", ConfigDialect.WSLCONFIG,
                os(19045, "x64"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("wslconfig-needs-newer-windows");
            assertThat(x.message()).contains("22621").contains("19045");
        });
        assertThat(ids("[wsl2]\nnetworkingMode=nat\n", os(19045, "x64"))).isEmpty();
    }

    @Test
    void keysNewerThanTheInstalledWslAreFlagged() {
        assertThat(ids("[experimental]\nautoMemoryReclaim=gradual\n", wsl("1.2.5.0", 2)))
                .containsExactly("wslconfig-needs-newer-wsl");
    }

    @Test
    void settingsDoNothingWhenEveryDistributionRunsWsl1() {
        assertThat(ids("[wsl2]\nmemory=8GB\n", wsl("2.3.26.0", 1, 1))).containsExactly("wslconfig-all-distributions-wsl1");
        assertThat(ids("[wsl2]\nmemory=8GB\n", wsl("2.3.26.0", 1, 2))).isEmpty();
    }
}
