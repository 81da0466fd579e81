package dev.wsladvisor.rules;

import static dev.wsladvisor.support.AdviceIds.reasons;
import static dev.wsladvisor.support.AdviceIds.warnings;
import static dev.wsladvisor.support.Rules.advise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import org.junit.jupiter.api.Test;

/** rules/networking.drl: VPNs and LAN access, where mirrored networking needs Windows 11 22H2. */
class NetworkingRulesTest {

    private static Advice host(int build, String answers) {
        return advise("{\"host\": {\"os\": {\"build\": " + build + "}}, \"answers\": {" + answers + "}}");
    }

    @Test
    void vpnOnWindows10FavorsWsl1() {
        Advice a = host(19045, "\"vpn\": true, \"lanAccess\": true");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(reasons(a)).contains("vpn-without-mirrored-favors-wsl1", "lan-access-without-mirrored-favors-wsl1");
        assertThat(a.whatIf()).extracting(Advice.WhatIfItem::change).contains("host.os.build = 22631");
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
        assertThat(a.warnings()).filteredOn(w -> w.id().equals("lan-access-use-mirrored-networking"))
                .singleElement().satisfies(w -> assertThat(w.fix()).contains("Set-NetFirewallHyperVVMSetting"));
    }

    @Test
    void lanAccessWithWsl2OnWindows10NeedsPortproxy() {
        Advice a = host(19045, "\"lanAccess\": true, \"docker\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(warnings(a)).contains("lan-access-needs-portproxy");
    }

    @Test
    void vpnWithUnknownBuildNamesTheBuildAsMattering() {
        assertThat(advise("{\"answers\": {\"vpn\": true, \"lanAccess\": true}}").unknown()).contains("host.os.build");
    }
}
