package dev.wsladvisor.wslconfig.suggest;

import static dev.wsladvisor.support.Hosts.host;
import static dev.wsladvisor.support.Hosts.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.Hosts;
import dev.wsladvisor.support.RuleFixture;
import dev.wsladvisor.wslconfig.apply.WslConfigText;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WslConfigSuggestRulesTest {

    private static List<SuggestedSetting> settings(Hosts h, String recommendation) {
        List<Object> facts = new ArrayList<>(h.facts());
        facts.add(verdict(recommendation));
        return SuggestedSettings.resolve(
                RuleFixture.fire(facts, SuggestedSetting.class), KeyCatalog.builtIn());
    }

    private static List<String> suggest(Hosts h) {
        return settings(h, "WSL2").stream().map(s -> s.fullName() + "=" + s.value()).toList();
    }

    /**
     * Issue 12: no number without a public source. Docker's documentation leaves the VM's limits to
     * .wslconfig and names no figure (https://docs.docker.com/desktop/features/wsl/), so WSL's
     * default of half the RAM stays.
     */
    @Test
    void dockerKeepsWslsDefaultMemoryAndGetsGradualReclaim() {
        assertThat(suggest(host().answer("docker", true).hardware(16384, 8).os(22631, "x64")))
                .containsExactly("experimental.autoMemoryReclaim=gradual");
    }

    @Test
    void noSuggestionWritesAnUnsourcedNumber() {
        for (Hosts h :
                List.of(
                        host().answer("memoryTight", true).hardware(16384, 8).os(22631, "x64"),
                        host().answer("guiApps", true).hardware(4096, 4).os(19045, "x64"),
                        host().answer("otherHypervisorVms", true)
                                .hardware(32768, 16)
                                .os(22631, "x64"),
                        host().answer("docker", true).hardware(65536, 32).os(22631, "x64"))) {
            assertThat(suggest(h)).as(h.toString()).noneMatch(s -> s.matches(".*=[0-9].*"));
        }
    }

    @Test
    void nothingIsSuggestedWhenWsl1IsRecommended() {
        assertThat(
                        settings(
                                host().answer("docker", true)
                                        .answer("vpn", true)
                                        .hardware(16384, 8)
                                        .os(22631, "x64"),
                                "WSL1"))
                .isEmpty();
    }

    @Test
    void defaultsAreNotRestated() {
        assertThat(
                        suggest(
                                host().answer("docker", false)
                                        .answer("guiApps", true)
                                        .hardware(16384, 8)
                                        .os(22631, "x64")))
                .isEmpty();
    }

    /**
     * Mirrored needs 22621.2359 (https://learn.microsoft.com/en-us/windows/wsl/networking,
     * footnote) and not Windows Server: Server 2025 falls back to networking mode None
     * (https://github.com/microsoft/WSL/issues/12442).
     */
    @Test
    void mirroredIsNotSuggestedOnServerOrBeforeThe22H2ServicingUpdate() {
        assertThat(
                        suggest(
                                host().answer("vpn", true)
                                        .hardware(16384, 8)
                                        .os(26100, 2605, "x64", "Windows Server 2025 Datacenter")))
                .doesNotContain("wsl2.networkingMode=mirrored");
        assertThat(
                        suggest(
                                host().answer("lanAccess", true)
                                        .hardware(16384, 8)
                                        .os(22621, 1992, "x64", "Pro")))
                .doesNotContain("wsl2.networkingMode=mirrored");
        assertThat(
                        suggest(
                                host().answer("lanAccess", true)
                                        .hardware(16384, 8)
                                        .os(22621, 2359, "x64", "Pro")))
                .contains("wsl2.networkingMode=mirrored");
    }

    @Test
    void vpnGetsMirroredOnWindows11And22H2AndTheDnsWorkaroundBefore() {
        assertThat(suggest(host().answer("vpn", true).hardware(16384, 8).os(22621, "x64")))
                .containsExactly("wsl2.networkingMode=mirrored");
        assertThat(suggest(host().answer("vpn", true).hardware(16384, 8).os(19045, "x64")))
                .containsExactly("wsl2.dnsProxy=false");
    }

    @Test
    void anOldWslGetsNoKeyItDoesNotKnow() {
        assertThat(
                        suggest(
                                host().answer("vpn", true)
                                        .answer("memoryTight", true)
                                        .hardware(16384, 8)
                                        .os(22631, "x64")
                                        .wsl("1.2.5.0", 2)))
                .isEmpty();
    }

    @Test
    void aSmallPcGetsNoGuiWhenNotNeeded() {
        assertThat(suggest(host().answer("guiApps", false).hardware(4096, 4).os(19045, "x64")))
                .containsExactly("wsl2.guiApplications=false");
    }

    @Property(tries = 200)
    void everythingSuggestedPassesTheLinterOnTheSameHost(@ForAll("hosts") Hosts host) {
        List<SuggestedSetting> settings = settings(host, "WSL2");
        String text = WslConfigText.render(settings);
        List<LintFinding> findings =
                RuleFixture.lint(text, ConfigDialect.WSLCONFIG, host.factsArray());
        assertThat(findings).as(host + "\n" + text).isEmpty();
        for (SuggestedSetting s : settings) {
            KeySpec spec =
                    KeyCatalog.builtIn().find(ConfigDialect.WSLCONFIG, s.fullName()).orElseThrow();
            assertThat(s.value().toLowerCase(Locale.ROOT))
                    .as("restates the default of " + s.fullName())
                    .isNotEqualTo(spec.defaultValue().toLowerCase(Locale.ROOT));
            assertThat(s.reason()).isNotBlank();
            assertThat(s.source()).startsWith("https://");
        }
    }

    @Provide
    Arbitrary<Hosts> hosts() {
        Arbitrary<Boolean> b = Arbitraries.of(true, false).injectNull(0.3);
        Arbitrary<List<Boolean>> answers = b.list().ofSize(7);
        Arbitrary<Integer> memory = Arbitraries.integers().between(1024, 262144).injectNull(0.1);
        Arbitrary<Integer> cpus = Arbitraries.integers().between(1, 128).injectNull(0.1);
        Arbitrary<Integer> build =
                Arbitraries.of(17763, 19041, 19045, 20348, 22000, 22621, 22631, 26100)
                        .injectNull(0.1);
        Arbitrary<String> arch = Arbitraries.of("x64", "arm64");
        Arbitrary<String> wsl =
                Arbitraries.of("1.2.5.0", "2.0.9.0", "2.3.26.0", "2.7.0.0").injectNull(0.3);
        return Combinators.combine(answers, memory, cpus, build, arch, wsl)
                .as(
                        (a, mb, n, bld, ar, v) ->
                                host().answer("docker", a.get(0))
                                        .answer("vpn", a.get(1))
                                        .answer("lanAccess", a.get(2))
                                        .answer("memoryTight", a.get(3))
                                        .answer("guiApps", a.get(4))
                                        .answer("otherHypervisorVms", a.get(5))
                                        .answer("kernelFeatures", a.get(6))
                                        .hardware(mb, n)
                                        .os(bld, ar)
                                        .wsl(v, 2));
    }
}
