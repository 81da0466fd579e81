package dev.wsladvisor.rules;

import static dev.wsladvisor.support.AdviceIds.blockers;
import static dev.wsladvisor.support.AdviceIds.reasons;
import static dev.wsladvisor.support.RuleFixture.advise;
import static dev.wsladvisor.support.RuleFixture.fired;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/requirements.drl: what Windows, the CPU and the components must offer. */
class RequirementsRulesTest {

    private static String os(String fields) {
        return "{\"host\": {\"os\": {" + fields + "}}, \"answers\": {\"docker\": true}}";
    }

    @ParameterizedTest(name = "x64 build {0}.{1} blocked for WSL2: {2}")
    @CsvSource({
        "17763, 0, true",
        "18362, 900, true",
        "18363, 1048, true",
        "18362, 1049, false",
        "18363, 1350, false",
        "19041, 0, false",
        "22631, 0, false"
    })
    void x64BuildThresholdsIncludeTheRevisionFloorOn1903And1909(
            int build, int revision, boolean blocked) {
        Advice a =
                advise(
                        os(
                                "\"build\": "
                                        + build
                                        + ", \"revision\": "
                                        + revision
                                        + ", \"architecture\": \"x64\""));
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.blocked()).isEqualTo(blocked);
    }

    @Test
    void revisionUnknownOn1909IsNamedAsAFactThatMatters() {
        Advice a = advise(os("\"build\": 18363, \"architecture\": \"x64\""));
        assertThat(a.blocked()).isFalse();
        assertThat(a.unknown()).contains("host.os.revision");
    }

    @Test
    void arm64NeedsBuild19041ForWsl2() {
        assertThat(
                        blockers(
                                advise(
                                        os(
                                                "\"build\": 18363, \"revision\": 2000, \"architecture\": \"arm64\""))))
                .containsExactly("build-too-old-for-wsl2-arm64");
        assertThat(advise(os("\"build\": 19041, \"architecture\": \"arm64\"")).blocked()).isFalse();
    }

    @Test
    void buildsBefore14393RunNoWslAtAll() {
        Advice a = advise(os("\"build\": 10586"));
        assertThat(blockers(a)).contains("build-too-old-for-any-wsl");
        assertThat(a.blocked()).isTrue();
    }

    @Test
    void x86WindowsCanRunNeitherVersion() {
        Advice a = advise(os("\"build\": 19045, \"architecture\": \"x86\""));
        assertThat(a.blocked()).isFalse();
        assertThat(a.summary()).startsWith("WSL cannot run on this PC");
        assertThat(blockers(a)).contains("windows-x86-cannot-run-wsl");
    }

    @Test
    void whereNoWslCanRunOnlyWhatMakesItSoIsShownAndNoStepsToFollow() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"build\": 19045, \"architecture\": \"x86\"}, \"hardware\": {\"virtualizationFirmwareEnabled\": false,"
                                + " \"isVirtualMachine\": false}}, \"answers\": {\"docker\": true, \"serialPort\": true}}");
        assertThat(a.blocked()).isFalse();
        assertThat(blockers(a)).containsExactly("windows-x86-cannot-run-wsl");
        assertThat(a.nextSteps()).isEmpty();
        assertThat(a.confidence()).isEqualTo(1.0);
    }

    @Test
    void server2019IsWsl1OnlyEvenWithDocker() {
        Advice a = advise(os("\"edition\": \"Windows Server 2019 Datacenter\""));
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(a.blocked()).isFalse();
        assertThat(reasons(a)).first().isEqualTo("server-2019-wsl1-only");
        assertThat(a.warnings())
                .extracting(Advice.WarningItem::id)
                .contains("unmet-docker-needs-wsl2");
    }

    @Test
    void server2019IsRecognisedFromItsBuildWhenTheCaptionSaysOnlyServer() {
        assertThat(advise(os("\"edition\": \"Server\", \"build\": 17763")).recommendation())
                .isEqualTo("WSL1");
    }

    @Test
    void clientBuild17763IsNotServer2019() {
        Advice a = advise(os("\"edition\": \"Pro\", \"build\": 17763"));
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(blockers(a)).containsExactly("build-too-old-for-wsl2-x64");
    }

    @Test
    void server2022RunsWsl2() {
        Advice a = advise(os("\"edition\": \"Windows Server 2022 Standard\", \"build\": 20348"));
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(reasons(a)).contains("server-2022-runs-wsl2");
    }

    @Test
    void homeEditionRunsWsl2ThroughVirtualMachinePlatform() {
        Advice a = advise(os("\"edition\": \"Microsoft Windows 11 Home\", \"build\": 22631"));
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(reasons(a)).contains("home-edition-runs-wsl2");
    }

    @Test
    void firmwareVirtualizationOffBlocksWsl2WithAFix() {
        Advice a =
                advise(
                        "{\"host\": {\"hardware\": {\"virtualizationFirmwareEnabled\": false}}, \"answers\": {\"docker\": true}}");
        assertThat(a.blocked()).isTrue();
        assertThat(a.blockers())
                .singleElement()
                .satisfies(
                        b -> {
                            assertThat(b.id()).isEqualTo("firmware-virtualization-off");
                            assertThat(b.fix()).contains("UEFI");
                        });
        assertThat(a.summary())
                .isEqualTo("Use WSL2, after you enable virtualization in the firmware.");
        assertThat(a.whatIf())
                .extracting(Advice.WhatIfItem::change)
                .contains("host.hardware.virtualizationFirmwareEnabled = true");
    }

    @Test
    void firmwareVirtualizationUnknownStaysSilentButMatters() {
        Advice a = advise("{\"answers\": {\"docker\": true}}");
        assertThat(a.blockers()).isEmpty();
        assertThat(a.unknown())
                .contains("host.hardware.virtualizationFirmwareEnabled", "host.hardware.slat");
        assertThat(a.confidence()).isLessThan(1.0);
    }

    @Test
    void noSlatMeansWsl2CanNeverRunSoWsl1IsRecommended() {
        Advice a =
                advise(
                        "{\"host\": {\"hardware\": {\"slat\": false}}, \"answers\": {\"docker\": true}}");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(a.blocked()).isFalse();
        assertThat(a.reasons().get(0).rule()).isEqualTo("cpu-without-slat");
        assertThat(a.warnings())
                .extracting(Advice.WarningItem::id)
                .contains("unmet-docker-needs-wsl2");
    }

    private static String bareMetal(String hardware) {
        return "{\"host\": {\"os\": {\"build\": 22631}, \"hardware\": {\"isVirtualMachine\": false, "
                + hardware
                + "},"
                + " \"software\": {\"dockerDesktop\": {}}}, \"answers\": {\"docker\": true}}";
    }

    @Test
    void aHypervisorRunningOnBareMetalMeansFirmwareVirtualizationIsOnWhateverItsCheckSaid() {
        Advice a =
                advise(
                        bareMetal(
                                "\"virtualizationFirmwareEnabled\": false, \"hypervisorPresent\": true"));
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.blocked()).isFalse();
        assertThat(blockers(a)).doesNotContain("firmware-virtualization-off");
        assertThat(a.nextSteps()).noneMatch(s -> s.contains("UEFI"));
    }

    @Test
    void slatReportedMissingWhileAHypervisorRunsOnBareMetalDoesNotRuleOutWsl2() {
        Advice a = advise(bareMetal("\"slat\": false, \"hypervisorPresent\": true"));
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(reasons(a)).doesNotContain("cpu-without-slat");
        assertThat(a.warnings())
                .extracting(Advice.WarningItem::id)
                .doesNotContain("docker-desktop-needs-slat", "unmet-docker-needs-wsl2");
    }

    @Test
    void withNoHypervisorRunningTheRequirementChecksStillCount() {
        Advice firmware =
                advise(
                        bareMetal(
                                "\"virtualizationFirmwareEnabled\": false, \"hypervisorPresent\": false"));
        assertThat(blockers(firmware)).contains("firmware-virtualization-off");
        assertThat(firmware.nextSteps()).anyMatch(s -> s.contains("UEFI"));
        Advice slat = advise(bareMetal("\"slat\": false, \"hypervisorPresent\": false"));
        assertThat(slat.recommendation()).isEqualTo("WSL1");
        assertThat(slat.warnings())
                .extracting(Advice.WarningItem::id)
                .contains("docker-desktop-needs-slat");
    }

    @ParameterizedTest(name = "VM on {0} without nesting: blocker {1}")
    @CsvSource({
        "hyper-v, vm-hyper-v-without-nesting, Set-VMProcessor",
        "azure, vm-azure-without-nesting, Trusted Launch",
        "vmware, vm-vmware-without-nesting, VT-x/EPT",
        "virtualbox, vm-virtualbox-without-nesting, --nested-hw-virt",
        "kvm, vm-kvm-without-nesting, nested=1",
        "gcp, vm-gcp-without-nesting, enable-nested-virtualization",
        "aws, vm-without-nesting, .metal"
    })
    void nestedVirtualizationFixDependsOnTheVmHost(
            String vmHost, String blocker, String fixMentions) {
        Advice a =
                advise(
                        "{\"host\": {\"hardware\": {\"isVirtualMachine\": true, \"nestedVirtualization\": false, \"vmHost\": \""
                                + vmHost
                                + "\"}}, \"answers\": {\"docker\": true}}");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.blockers())
                .singleElement()
                .satisfies(
                        b -> {
                            assertThat(b.id()).isEqualTo(blocker);
                            assertThat(b.fix()).contains(fixMentions);
                        });
    }

    @Test
    void vmWithoutNestingAndNoNeedsIsWsl2BlockedWithWsl1AsTheWayMeanwhile() {
        Advice a =
                advise(
                        "{\"host\": {\"hardware\": {\"isVirtualMachine\": true, \"nestedVirtualization\": false, \"vmHost\": \"hyper-v\"}},"
                                + " \"answers\": {\"docker\": false, \"projectLocation\": \"both\"}}");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.blocked()).isTrue();
        assertThat(a.warnings())
                .extracting(Advice.WarningItem::id)
                .contains("workaround-vm-without-nesting-suits-wsl1");
    }

    @Test
    void vmWithFailedFirmwareCheckCountsAsNoNesting() {
        Advice a =
                advise(
                        "{\"host\": {\"hardware\": {\"isVirtualMachine\": true, \"virtualizationFirmwareEnabled\": false, \"vmHost\": \"vmware\"}},"
                                + " \"answers\": {\"docker\": true}}");
        assertThat(blockers(a)).containsExactly("vm-vmware-without-nesting");
    }

    @Test
    void virtualMachinePlatformOffBlocksOnlyAnInstalledWsl() {
        assertThat(
                        blockers(
                                advise(
                                        "{\"host\": {\"features\": {\"virtualMachinePlatform\": \"disabled\"}, \"wsl\": {\"installed\": true}}}")))
                .containsExactly("virtual-machine-platform-off");
        Advice fresh =
                advise(
                        "{\"host\": {\"os\": {\"build\": 22631}, \"features\": {\"virtualMachinePlatform\": \"disabled\"}, \"wsl\": {\"installed\": false}}}");
        assertThat(fresh.blockers()).isEmpty();
        assertThat(fresh.nextSteps()).anyMatch(s -> s.startsWith("wsl --install"));
    }

    @Test
    void pendingRestartIsABlockerWhoseFixIsARestart() {
        Advice a =
                advise(
                        "{\"host\": {\"features\": {\"virtualMachinePlatform\": \"enable-pending\"}}}");
        assertThat(a.blockers())
                .singleElement()
                .satisfies(b -> assertThat(b.fix()).contains("Restart"));
        assertThat(a.summary()).contains("restart Windows");
    }

    @Test
    void wsl1NeedsTheWslComponent() {
        Advice a =
                advise(
                        "{\"host\": {\"features\": {\"windowsSubsystemForLinux\": \"disabled\"}, \"wsl\": {\"installed\": true}},"
                                + " \"answers\": {\"serialPort\": true}}");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(blockers(a)).containsExactly("wsl-optional-component-off");
        assertThat(a.blockers().get(0).fix()).contains("--enable-wsl1");
    }

    @Test
    void hypervisorNotRunningDespiteVirtualMachinePlatformPointsToBcdedit() {
        Advice a =
                advise(
                        "{\"host\": {\"features\": {\"virtualMachinePlatform\": \"enabled\"}, \"hardware\": {"
                                + "\"virtualizationFirmwareEnabled\": true, \"hypervisorPresent\": false, \"isVirtualMachine\": false}}}");
        assertThat(a.blockers())
                .singleElement()
                .satisfies(
                        b ->
                                assertThat(b.fix())
                                        .contains("bcdedit /set hypervisorlaunchtype Auto"));
    }

    @Test
    void hyperVRoleWithoutVirtualMachinePlatformIsExplained() {
        assertThat(
                        fired(
                                "{\"host\": {\"features\": {\"hyperV\": \"enabled\", \"virtualMachinePlatform\": \"disabled\"}, \"wsl\": {\"installed\": true}}}"))
                .contains("hyper-v-is-not-virtual-machine-platform");
    }
}
