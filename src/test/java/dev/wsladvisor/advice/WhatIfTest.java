package dev.wsladvisor.advice;

import static dev.wsladvisor.support.RuleFixture.advise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The "what if" list on the real rules: only single changes a person could make, and that would
 * help.
 */
class WhatIfTest {

    @Test
    void uninstallingWslIsNeverOfferedAsAWayToUnblock() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"edition\": \"Pro\", \"build\": 22631}, \"features\": {\"virtualMachinePlatform\": \"disabled\"},"
                                + " \"hardware\": {\"hypervisorPresent\": true}, \"wsl\": {\"installed\": true}}}");
        assertThat(a.blocked()).isTrue();
        assertThat(a.whatIf())
                .extracting(Advice.WhatIfItem::change)
                .contains("host.features.virtualMachinePlatform = enabled")
                .noneMatch(c -> c.startsWith("host.wsl.installed"));
    }

    @Test
    void whereNoWslCanRunNoAnswerOrSettingIsOfferedAsAChange() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"edition\": \"Pro\", \"build\": 19045, \"architecture\": \"x86\"},"
                                + " \"hardware\": {\"virtualizationFirmwareEnabled\": false, \"isVirtualMachine\": false}},"
                                + " \"answers\": {\"projectLocation\": \"linux\", \"docker\": true}}");
        assertThat(a.summary()).startsWith("WSL cannot run on this PC");
        assertThat(a.blocked()).isFalse();
        assertThat(a.whatIf()).isEmpty();
        assertThat(a.unknown()).isEmpty();
        assertThat(a.confidence()).isEqualTo(1.0);
    }

    @Test
    void theTextReportRecommendsNoVersionWhereNoneCanRun() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"build\": 19045, \"architecture\": \"x86\"}}, \"answers\": {\"projectLocation\": \"linux\"}}");
        assertThat(new TextReport(false, false).render(a))
                .startsWith("Recommendation: none  (WSL cannot run on this PC, ")
                .doesNotContain("Recommendation: WSL");
    }

    @Test
    void aChangeThatWouldLeaveNoWslRunningIsNotOffered() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"edition\": \"Windows Server 2019 Datacenter\", \"build\": 17763}}, \"answers\": {\"docker\": true}}");
        assertThat(a.unknown()).contains("host.os.architecture");
        assertThat(a.whatIf())
                .extracting(Advice.WhatIfItem::change)
                .noneMatch(c -> c.startsWith("host.os.architecture"));
    }

    @Test
    void theSmallestUpdateThatHelpsIsTheOneOffered() {
        // VMware runs beside WSL2 from 19041.264 on: .264 is the update to name, not .1049. Keeping
        // its VMs is a friction, not a reason to leave WSL2, so the update comes as the friction's
        // workaround, not as a what-if.
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"edition\": \"Pro\", \"build\": 19041, \"revision\": 208},"
                                + " \"features\": {\"virtualMachinePlatform\": \"enabled\"}, \"hardware\": {\"hypervisorPresent\": true},"
                                + " \"software\": {\"vmware\": {\"product\": \"Workstation Pro\", \"version\": \"16.2.1\"}}},"
                                + " \"answers\": {\"otherHypervisorVms\": true, \"projectLocation\": \"linux\"}}");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.warnings())
                .filteredOn(w -> w.id().equals("workaround-vmware-vms-on-old-windows-favor-wsl1"))
                .singleElement()
                .satisfies(w -> assertThat(w.fix()).contains("19041.264").doesNotContain("1049"));
        Advice old1909 =
                advise(
                        "{\"host\": {\"os\": {\"build\": 18363, \"revision\": 418, \"architecture\": \"x64\"}}}");
        assertThat(old1909.whatIf())
                .extracting(Advice.WhatIfItem::change)
                .contains("host.os.revision = 1049");
    }
}
