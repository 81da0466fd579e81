package dev.wsladvisor.rules;

import static dev.wsladvisor.support.AdviceIds.reasons;
import static dev.wsladvisor.support.AdviceIds.warnings;
import static dev.wsladvisor.support.RuleFixture.advise;
import static dev.wsladvisor.support.RuleFixture.fired;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import org.junit.jupiter.api.Test;

/** rules/networking.drl: VPNs and LAN access, where mirrored networking needs Windows 11 22H2. */
class NetworkingRulesTest {

    private static Advice host(int build, String answers) {
        return advise(
                "{\"host\": {\"os\": {\"build\": " + build + "}}, \"answers\": {" + answers + "}}");
    }

    @Test
    void vpnOnWindows10IsAFrictionThatKeepsWsl2WithItsWorkaround() {
        Advice a = host(19045, "\"vpn\": true, \"lanAccess\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(reasons(a))
                .contains(
                        "vpn-without-mirrored-favors-wsl1",
                        "lan-access-without-mirrored-favors-wsl1");
        assertThat(warnings(a))
                .contains(
                        "workaround-vpn-without-mirrored-favors-wsl1",
                        "workaround-lan-access-without-mirrored-favors-wsl1");
        assertThat(a.nextSteps())
                .anyMatch(s -> s.contains("generateResolvConf=false"))
                .anyMatch(s -> s.contains("portproxy"));
        assertThat(a.confidence()).isLessThan(1.0);
    }

    @Test
    void windows11BeforeItsServicingUpdateHasNoMirroredNetworking() {
        assertThat(
                        fired(
                                "{\"host\": {\"os\": {\"build\": 22621, \"revision\": 1000}}, \"answers\": {\"vpn\": true}}"))
                .contains("vpn-without-mirrored-favors-wsl1");
        assertThat(
                        fired(
                                "{\"host\": {\"os\": {\"build\": 22621, \"revision\": 2359}}, \"answers\": {\"vpn\": true}}"))
                .contains("vpn-use-mirrored-networking");
    }

    @Test
    void windowsServer2025HasNoMirroredNetworking() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"edition\": \"Windows Server 2025 Datacenter\", \"build\": 26100}},"
                                + " \"answers\": {\"lanAccess\": true}}");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(warnings(a))
                .contains("workaround-lan-access-without-mirrored-favors-wsl1")
                .doesNotContain("lan-access-use-mirrored-networking");
    }

    @Test
    void vpnOnWindows11UsesMirroredNetworking() {
        Advice a = host(22621, "\"vpn\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(reasons(a)).doesNotContain("vpn-without-mirrored-favors-wsl1");
        assertThat(warnings(a)).contains("vpn-use-mirrored-networking");
    }

    @Test
    void lanAccessOnWindows11ExplainsTheHyperVFirewall() {
        Advice a = host(26100, "\"lanAccess\": true");
        assertThat(a.warnings())
                .filteredOn(w -> w.id().equals("lan-access-use-mirrored-networking"))
                .singleElement()
                .satisfies(w -> assertThat(w.fix()).contains("Set-NetFirewallHyperVVMSetting"));
    }

    @Test
    void lanAccessWithWsl2OnWindows10NeedsPortproxy() {
        Advice a = host(19045, "\"lanAccess\": true, \"docker\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(warnings(a)).contains("workaround-lan-access-without-mirrored-favors-wsl1");
    }

    @Test
    void vpnWithUnknownBuildNamesTheBuildAsMattering() {
        assertThat(advise("{\"answers\": {\"vpn\": true, \"lanAccess\": true}}").unknown())
                .contains("host.os.build");
    }
}
