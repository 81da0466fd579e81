package dev.wsladvisor.wslconfig.lint;

import static dev.wsladvisor.support.Hosts.host;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.Hosts;
import dev.wsladvisor.support.RuleFixture;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class WslConfigHostLintRulesTest {

    private static List<String> ids(String text, Hosts host) {
        return RuleFixture.lint(text, ConfigDialect.WSLCONFIG, host.factsArray()).stream()
                .map(LintFinding::ruleId)
                .sorted()
                .toList();
    }

    @Test
    void memoryAndProcessorsBeyondTheHostAreFlagged() {
        assertThat(ids("[wsl2]\nmemory=32GB\nprocessors=16\n", host().hardware(16384, 8)))
                .containsExactly("wslconfig-memory-over-host", "wslconfig-processors-over-host");
        assertThat(ids("[wsl2]\nmemory=8GB\nprocessors=8\n", host().hardware(16384, 8))).isEmpty();
    }

    @Test
    void unknownHostFactsStaySilent() {
        assertThat(ids("[wsl2]\nmemory=32GB\nnetworkingMode=mirrored\n", host())).isEmpty();
    }

    @Test
    void mirroredBefore22H2IsFlagged() {
        List<LintFinding> f =
                RuleFixture.lint(
                        "[wsl2]\nnetworkingMode=mirrored\n",
                        ConfigDialect.WSLCONFIG,
                        host().os(19045, "x64").factsArray());
        assertThat(f)
                .singleElement()
                .satisfies(
                        x -> {
                            assertThat(x.ruleId()).isEqualTo("wslconfig-needs-newer-windows");
                            assertThat(x.message()).contains("22621").contains("19045");
                        });
        assertThat(ids("[wsl2]\nnetworkingMode=nat\n", host().os(19045, "x64"))).isEmpty();
    }

    /**
     * Server 2025 passes WSL's mirrored checks, fails to set it up and falls back to networking
     * mode None (https://github.com/microsoft/WSL/issues/12442; WslCoreVm.cpp line 688 at WSL
     * commit 3e27a6a5).
     */
    @Test
    void mirroredOnWindowsServerIsAnErrorThatNamesTheFallbackToNone() {
        List<LintFinding> f =
                RuleFixture.lint(
                        "[wsl2]\nnetworkingMode=mirrored\n",
                        ConfigDialect.WSLCONFIG,
                        host().os(26100, 2605, "x64", "Windows Server 2025 Datacenter")
                                .factsArray());
        assertThat(f)
                .singleElement()
                .satisfies(
                        x -> {
                            assertThat(x.ruleId()).isEqualTo("wslconfig-mirrored-on-server");
                            assertThat(x.severity()).isEqualTo("error");
                            assertThat(x.message())
                                    .contains("networking mode None")
                                    .contains("26100.2605");
                        });
        assertThat(ids("[wsl2]\nnetworkingMode=mirrored\n", host().os(26100, 2605, "x64", "Pro")))
                .isEmpty();
    }

    /**
     * The networking page's footnote: 22H2 means build 22621.2359
     * (https://learn.microsoft.com/en-us/windows/wsl/networking).
     */
    @Test
    void mirroredOn22H2BeforeItsServicingUpdateIsFlagged() {
        assertThat(ids("[wsl2]\nnetworkingMode=mirrored\n", host().os(22621, 1992, "x64", "Pro")))
                .containsExactly("wslconfig-mirrored-needs-servicing-update");
        assertThat(ids("[wsl2]\nnetworkingMode=mirrored\n", host().os(22621, 2359, "x64", "Pro")))
                .isEmpty();
        assertThat(ids("[wsl2]\nnetworkingMode=mirrored\n", host().os(22621, null, "x64", "Pro")))
                .as("unknown revision")
                .isEmpty();
    }

    /**
     * https://learn.microsoft.com/en-us/windows/wsl/wsl-config documents autoProxy for Windows 11
     * only.
     */
    @Test
    void autoProxyOnWindowsServerIsFlagged() {
        assertThat(
                        ids(
                                "[wsl2]\nautoProxy=true\n",
                                host().os(26100, 2605, "x64", "Windows Server 2025 Standard")))
                .containsExactly("wslconfig-autoproxy-windows11-only");
        assertThat(ids("[wsl2]\nautoProxy=true\n", host().os(26100, 2605, "x64", "Pro"))).isEmpty();
        assertThat(
                        ids(
                                "[wsl2]\nautoProxy=false\n",
                                host().os(26100, 2605, "x64", "Windows Server 2025 Standard")))
                .isEmpty();
    }

    @Test
    void keysNewerThanTheInstalledWslAreFlagged() {
        assertThat(ids("[experimental]\nautoMemoryReclaim=gradual\n", host().wsl("1.2.5.0", 2)))
                .containsExactly("wslconfig-needs-newer-wsl");
    }

    @Test
    void aWslVersionTooPartialToTellIsNotCalledTooOld() {
        // As the host rules read it: "1.3" may be 1.3.10 or later, "1.2" is older than 1.3.10
        // whatever follows.
        assertThat(ids("[experimental]\nautoMemoryReclaim=gradual\n", host().wsl("1.3", 2)))
                .isEmpty();
        assertThat(ids("[experimental]\nautoMemoryReclaim=gradual\n", host().wsl("1.2", 2)))
                .containsExactly("wslconfig-needs-newer-wsl");
        assertThat(ids("[experimental]\nautoMemoryReclaim=gradual\n", host().wsl("1.3.10", 2)))
                .isEmpty();
    }

    @Test
    void settingsDoNothingWhenEveryDistributionRunsWsl1() {
        assertThat(ids("[wsl2]\nmemory=8GB\n", host().wsl("2.3.26.0", 1, 1)))
                .containsExactly("wslconfig-all-distributions-wsl1");
        assertThat(ids("[wsl2]\nmemory=8GB\n", host().wsl("2.3.26.0", 1, 2))).isEmpty();
    }

    @Test
    void buildsBefore2004DoNotReadTheFile() {
        assertThat(ids("[wsl2]\nmemory=4GB\n", host().os(18363, "x64")))
                .containsExactly("wslconfig-needs-build-19041");
    }

    @Test
    void consommeOnWslBefore29IsFlaggedAndVirtioProxyIsNot() {
        assertThat(ids("[wsl2]\nnetworkingMode=consomme\n", host().wsl("2.8.12.0", 2)))
                .containsExactly("wslconfig-consomme-needs-wsl-2-9");
        assertThat(ids("[wsl2]\nnetworkingMode=consomme\n", host().wsl("2.9.0.0", 2))).isEmpty();
        assertThat(ids("[wsl2]\nnetworkingMode=VirtioProxy\n", host().wsl("2.8.12.0", 2)))
                .isEmpty();
    }

    @Test
    void nestedVirtualizationOnArm64IsFlagged() {
        assertThat(ids("[wsl2]\nnestedVirtualization=true\n", host().os(22631, "arm64")))
                .containsExactly("wslconfig-nested-virtualization-arm64");
        assertThat(ids("[wsl2]\nnestedVirtualization=true\n", host().os(22631, "x64"))).isEmpty();
        assertThat(ids("[wsl2]\nnestedVirtualization=false\n", host().os(22631, "arm64")))
                .isEmpty();
    }

    @Test
    void sparseVhdIsOnlyCalledIgnoredWhereWslIgnoresIt() {
        assertThat(ids("[experimental]\nsparseVhd=true\n", host().wsl("2.6.1.0", 2)))
                .containsExactly("wslconfig-sparse-vhd-before-2-7");
        assertThat(ids("[experimental]\nsparseVhd=true\n", host().wsl("2.7.0.0", 2)))
                .containsExactly("wslconfig-ignored-key");
        assertThat(ids("[experimental]\nsparseVhd=true\n", host()))
                .containsExactly("wslconfig-ignored-key");
    }

    @Test
    void networkingModeUnderWsl2NeedsWsl205WhileTheExperimentalPlaceWorksFrom200() {
        assertThat(ids("[wsl2]\nnetworkingMode=nat\n", host().wsl("2.0.0.0", 2)))
                .containsExactly("wslconfig-needs-newer-wsl");
        assertThat(ids("[wsl2]\nnetworkingMode=nat\n", host().wsl("2.0.5.0", 2))).isEmpty();
        assertThat(ids("[experimental]\nnetworkingMode=nat\n", host().wsl("2.0.0.0", 2)))
                .containsExactly("wslconfig-legacy-experimental-key");
    }
}
