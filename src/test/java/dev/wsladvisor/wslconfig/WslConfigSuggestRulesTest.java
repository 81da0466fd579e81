package dev.wsladvisor.wslconfig;

import static dev.wsladvisor.wslconfig.Hosts.answers;
import static dev.wsladvisor.wslconfig.Hosts.hardware;
import static dev.wsladvisor.wslconfig.Hosts.os;
import static dev.wsladvisor.wslconfig.Hosts.verdict;
import static dev.wsladvisor.wslconfig.Hosts.wsl;
import static org.assertj.core.api.Assertions.assertThat;

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

    private static List<String> suggest(Object... facts) {
        return WslConfigAdvice.resolve(WslRulesFixture.fire(List.of(facts), SuggestedSetting.class)).stream()
                .map(s -> s.fullName() + "=" + s.value()).toList();
    }

    @Test
    void dockerOnSixteenGigabytesGetsTenAndGradualReclaim() {
        assertThat(suggest(verdict("WSL2"), answers().setDocker(true), hardware(16384, 8), os(22631, "x64")))
                .containsExactly("wsl2.memory=10GB", "experimental.autoMemoryReclaim=gradual");
    }

    @Test
    void nothingIsSuggestedWhenWsl1IsRecommended() {
        assertThat(suggest(verdict("WSL1"), answers().setDocker(true).setVpn(true), hardware(16384, 8),
                os(22631, "x64"))).isEmpty();
    }

    @Test
    void defaultsAreNotRestated() {
        assertThat(suggest(verdict("WSL2"), answers().setDocker(false).setGuiApps(true), hardware(16384, 8),
                os(22631, "x64"))).isEmpty();
    }

    @Test
    void vpnGetsMirroredOnWindows11And22H2AndTheDnsWorkaroundBefore() {
        assertThat(suggest(verdict("WSL2"), answers().setVpn(true), hardware(16384, 8), os(22621, "x64")))
                .containsExactly("wsl2.networkingMode=mirrored");
        assertThat(suggest(verdict("WSL2"), answers().setVpn(true), hardware(16384, 8), os(19045, "x64")))
                .containsExactly("wsl2.dnsProxy=false");
    }

    @Test
    void anOldWslGetsNoKeyItDoesNotKnow() {
        assertThat(suggest(verdict("WSL2"), answers().setVpn(true).setMemoryTight(true), hardware(16384, 8),
                os(22631, "x64"), wsl("1.2.5.0", 2))).containsExactly("wsl2.memory=4GB");
    }

    @Test
    void aSmallPcGetsSwapAndNoGuiWhenNotNeeded() {
        assertThat(suggest(verdict("WSL2"), answers().setGuiApps(false), hardware(4096, 4), os(19045, "x64")))
                .containsExactly("wsl2.swap=4GB", "wsl2.guiApplications=false");
    }

    @Test
    void otherVmsKeepHalfTheProcessors() {
        assertThat(suggest(verdict("WSL2"), answers().setOtherHypervisorVms(true), hardware(32768, 16),
                os(22631, "x64"))).containsExactly("wsl2.processors=8");
    }

    @Property(tries = 200)
    void everythingSuggestedPassesTheLinterOnTheSameHost(@ForAll("hosts") List<Object> host) {
        List<Object> facts = new ArrayList<>(host);
        facts.add(verdict("WSL2"));
        List<SuggestedSetting> settings = WslConfigAdvice.resolve(WslRulesFixture.fire(facts, SuggestedSetting.class));
        String text = WslConfigText.render(settings);
        List<LintFinding> findings = WslRulesFixture.lint(text, ConfigDialect.WSLCONFIG, host.toArray());
        assertThat(findings).as(text).isEmpty();
        for (SuggestedSetting s : settings) {
            KeySpec spec = KeyCatalog.builtIn().find(ConfigDialect.WSLCONFIG, s.fullName()).orElseThrow();
            assertThat(s.value().toLowerCase(Locale.ROOT)).as("restates the default of " + s.fullName())
                    .isNotEqualTo(spec.defaultValue().toLowerCase(Locale.ROOT));
            assertThat(s.reason()).isNotBlank();
            assertThat(s.source()).startsWith("https://");
        }
    }

    @Provide
    Arbitrary<List<Object>> hosts() {
        Arbitrary<Boolean> b = Arbitraries.of(true, false).injectNull(0.3);
        Arbitrary<Object> answers = Combinators.combine(b, b, b, b, b, b, b).as((docker, vpn, lan, tight, gui, vms, kernel) ->
                answers().setDocker(docker).setVpn(vpn).setLanAccess(lan).setMemoryTight(tight).setGuiApps(gui)
                        .setOtherHypervisorVms(vms).setKernelFeatures(kernel));
        Arbitrary<Object> hw = Combinators.combine(Arbitraries.integers().between(1024, 262144).injectNull(0.1),
                Arbitraries.integers().between(1, 128).injectNull(0.1)).as(Hosts::hardware);
        Arbitrary<Object> os = Combinators.combine(
                Arbitraries.of(17763, 19041, 19045, 20348, 22000, 22621, 22631, 26100).injectNull(0.1),
                Arbitraries.of("x64", "arm64")).as(Hosts::os);
        Arbitrary<Object> wsl = Arbitraries.of("1.2.5.0", "2.0.9.0", "2.3.26.0", "2.7.0.0").injectNull(0.3)
                .map(v -> wsl(v, 2));
        return Combinators.combine(answers, hw, os, wsl).as(List::of);
    }
}
