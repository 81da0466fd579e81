package dev.wsladvisor.rules;

import static dev.wsladvisor.support.AdviceIds.blocker;
import static dev.wsladvisor.support.AdviceIds.blockers;
import static dev.wsladvisor.support.AdviceIds.reason;
import static dev.wsladvisor.support.AdviceIds.warning;
import static dev.wsladvisor.support.AdviceIds.warnings;
import static dev.wsladvisor.support.RuleFixture.advise;
import static dev.wsladvisor.support.RuleFixture.fire;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.support.RuleFixture.Fired;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/troubleshooting.drl: the error codes and messages in answers.errors. */
class TroubleshootingRulesTest {

    private static String errors(String host, String... errors) {
        StringBuilder list = new StringBuilder();
        for (String e : errors) {
            list.append(list.length() == 0 ? "" : ",")
                    .append('\'')
                    .append(jsonText(e))
                    .append('\'');
        }
        return "{'host':{" + host + "},'answers':{'errors':[" + list + "]}}";
    }

    /**
     * Escapes for a JSON string; a single quote becomes \\u0027 so the harness does not turn it
     * into a double quote.
     */
    private static String jsonText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\u0027");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "WslRegisterDistribution failed with error: 0x80370102",
                "error 0X80370102 the virtual machine could not be started",
                "Error code: Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED",
                "WSL2 is unable to start since virtualization is not enabled on this machine."
            })
    void aSeenVmStartErrorBlocksWsl2WithADiagnosisWhereverItStands(String error) {
        Advice advice = advise(errors("", error));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(advice.blocked()).isTrue();
        Advice.BlockerItem b = blocker(advice, "error-wsl2-vm-cannot-start");
        assertThat(b.message()).contains(error);
        assertThat(b.fix())
                .contains("hypervisorlaunchtype")
                .contains("VirtualMachinePlatform")
                .contains("UEFI/BIOS");
        assertThat(b.facts()).anyMatch(f -> f.startsWith("answers.errors = "));
    }

    @Test
    void theDiagnosisPutsWhatTheFactsConfirmFirstAndLeavesOutWhatTheyRuleOut() {
        Fired outcome =
                fire(
                        errors(
                                "'hardware':{'isVirtualMachine':false,'virtualizationFirmwareEnabled':true,"
                                        + "'hypervisorPresent':false},'features':{'virtualMachinePlatform':'enabled'}",
                                "Error: 0x80370102"));
        // hypervisorlaunchtype Off is what these facts show: its own blocker stands, the error
        // corroborates it.
        assertThat(outcome.ids())
                .contains("hypervisor-not-launched")
                .doesNotContain("error-wsl2-vm-cannot-start");
        assertThat(outcome.ids()).contains("error-wsl2-vm-start-explained");

        Fired open =
                fire(
                        errors(
                                "'hardware':{'isVirtualMachine':false,'hypervisorPresent':true},"
                                        + "'features':{'virtualMachinePlatform':'enabled'}",
                                "Error: 0x80370102"));
        String fix = open.blocker("error-wsl2-vm-cannot-start").getFix();
        assertThat(fix)
                .doesNotContain("UEFI/BIOS")
                .doesNotContain("Get-WindowsOptionalFeature")
                .doesNotContain("Set-VMProcessor");
        assertThat(fix).contains("wsl --update");
    }

    @Test
    void error0x80370102InsideAVmPointsToNestedVirtualizationFirst() {
        Fired outcome =
                fire(
                        errors(
                                "'hardware':{'isVirtualMachine':true,'vmHost':'hyper-v'}",
                                "Error: 0x80370102"));
        String fix = outcome.blocker("error-wsl2-vm-cannot-start").getFix();
        assertThat(fix)
                .startsWith(
                        "Check these, most likely first: (1) [likely here] Windows runs in a VM");
        assertThat(fix).contains("ExposeVirtualizationExtensions");
    }

    @Test
    void error0x80370114PointsToTheHyperVComputeServiceFirst() {
        Advice advice =
                advise(
                        errors(
                                "",
                                "Error: 0x80370114 The operation could not be started because a required feature is not installed."));
        assertThat(advice.blocked()).isTrue();
        assertThat(blocker(advice, "error-wsl2-hyper-v-service-failed").fix())
                .contains("(1) [likely here] An Exploit protection")
                .contains("vmcompute");
        assertThat(blockers(advice)).doesNotContain("error-wsl2-vm-cannot-start");
    }

    @Test
    void catastrophicFailureAtRegistrationBlocksWsl2() {
        Advice advice =
                advise(
                        errors(
                                "'wsl':{'installed':true}",
                                "WslRegisterDistribution failed with error: 0x8000ffff Catastrophic failure"));
        assertThat(advice.blocked()).isTrue();
        assertThat(blocker(advice, "error-wsl2-registration-failed").fix())
                .contains("[likely here] An outdated or broken WSL package");
    }

    @Test
    void anErrorNoRuleRecognisesIsNamedAndLowersTheConfidence() {
        Advice advice = advise(errors("", "Error code: Wsl/Service/0x80071234"));
        assertThat(warning(advice, "error-not-recognised").message()).contains("0x80071234");
        Advice known = advise(errors("", "wsl: Unknown key 'wsl2.memroy'"));
        assertThat(warnings(known)).doesNotContain("error-not-recognised");
        assertThat(advice.confidence()).isLessThan(known.confidence());
    }

    @Test
    void nestedVirtualizationNotSupportedIsOnlyAWarningAsWslsSourceEmitsIt() {
        Advice advice =
                advise(errors("", "Nested virtualization is not supported on this machine."));
        assertThat(advice.blocked()).isFalse();
        assertThat(warnings(advice)).contains("error-nested-virtualization-not-supported");
    }

    @Test
    void error0x8007019eBlocksBothVersionsWhenTheComponentStateIsUnknown() {
        Advice advice = advise(errors("", "WslRegisterDistribution failed with error: 0x8007019e"));
        assertThat(advice.blocked()).isTrue();
        Advice.BlockerItem b = blocker(advice, "error-0x8007019e-wsl-component-missing");
        assertThat(b.fix()).contains("Microsoft-Windows-Subsystem-Linux");
        Fired evaluation =
                fire(errors("", "HRESULT_FROM_WIN32(ERROR_LINUX_SUBSYSTEM_NOT_PRESENT)"));
        assertThat(evaluation.blockers())
                .filteredOn(x -> x.getId().equals("error-0x8007019e-wsl-component-missing"))
                .singleElement()
                .satisfies(
                        x ->
                                assertThat(x.getBlocks())
                                        .isEqualTo(Set.of(WslVersion.WSL1, WslVersion.WSL2)));
        assertThat(warnings(advice)).doesNotContain("error-0x8007019e-seen");
    }

    @Test
    void error0x8007019eOnlyWarnsWhenTheComponentStateIsKnown() {
        Fired outcome =
                fire(
                        errors(
                                "'features':{'windowsSubsystemForLinux':'enable-pending'}",
                                "0x8007019e"));
        assertThat(outcome.ids()).doesNotContain("error-0x8007019e-wsl-component-missing");
        assertThat(outcome.warning("error-0x8007019e-seen").getMessage())
                .contains("enable-pending");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Error: 0x1bc",
                "WslRegisterDistribution failed with error: 0x800701bc",
                "WSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel",
                "The WSL 2 kernel file is not found. To update or restore the kernel please run 'wsl --update'."
            })
    void aMissingKernelBlocksWsl2UntilWslIsUpdated(String error) {
        Advice advice = advise(errors("", error));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(blocker(advice, "error-wsl2-kernel-missing-blocks-wsl2").fix())
                .contains("wsl --update");
        assertThat(advice.nextSteps()).contains("wsl --update");
        assertThat(warnings(advice)).doesNotContain("error-wsl2-kernel-missing");
    }

    @Test
    void aMissingKernelOnlyWarnsWhenAKernelVersionIsKnown() {
        Fired outcome =
                fire(
                        errors(
                                "'wsl':{'installed':true,'kernelVersion':'5.15.167.4-1'}",
                                "Error: 0x1bc"));
        assertThat(outcome.ids()).doesNotContain("error-wsl2-kernel-missing-blocks-wsl2");
        assertThat(outcome.ids()).contains("error-wsl2-kernel-missing");
    }

    @Test
    void nestedVirtualizationWarningDoesNotBlock() {
        Advice advice =
                advise(errors("", "wsl: Nested virtualization is not supported on this machine."));
        assertThat(advice.blocked()).isFalse();
        assertThat(warning(advice, "error-nested-virtualization-not-supported").fix())
                .contains("nestedVirtualization");
    }

    @Test
    void virtualBoxNemFailureIsExplained() {
        Fired outcome =
                fire(
                        errors(
                                "'software':{'virtualBox':{'version':'6.1.22'}}",
                                "Call to WHvSetupPartition failed: ERROR_SUCCESS (Last=0xc000000d/87) (VERR_NEM_VM_CREATE_FAILED)"));
        Warning w = outcome.warning("error-virtualbox-nem-create-failed");
        assertThat(w.getFix()).contains("HypervisorPlatform");
        assertThat(w.getFacts()).contains("host.software.virtualBox.version = 6.1.22");
    }

    @Test
    void unknownKeyPointsToTheWslconfigLinter() {
        Fired outcome =
                fire(errors("", "wsl: Unknown key 'memory' in C:\\Users\\blake\\.wslconfig:6"));
        Warning w = outcome.warning("error-wslconfig-unknown-key");
        assertThat(w.getFix()).contains("wsl-advisor wslconfig lint");
        assertThat(w.getMessage()).contains("Unknown key 'memory'");
    }

    @Test
    void wsl1DisabledByPolicyBlocksWsl1AndLeansToWsl2() {
        Fired evaluation = fire(errors("", "WSL1 is disabled by the computer policy."));
        assertThat(evaluation.blockers())
                .filteredOn(b -> b.getId().equals("error-wsl1-disabled-by-policy"))
                .singleElement()
                .satisfies(
                        b -> {
                            assertThat(b.getBlocks()).containsExactly(WslVersion.WSL1);
                            assertThat(b.isPermanent()).isFalse();
                        });
        Advice advice = advise(errors("", "WSL1 is disabled by the computer policy."));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(reason(advice, "wsl1-policy-favors-wsl2").favors()).isEqualTo("WSL2");

        // Localized text: only the error code is in English.
        Fired localized =
                fire(
                        errors(
                                "",
                                "Die Richtlinie deaktiviert WSL1. Fehlercode: Wsl/Service/WSL_E_WSL1_DISABLED"));
        assertThat(localized.ids()).contains("error-wsl1-disabled-by-policy");
        assertThat(localized.ids()).contains("wsl1-policy-favors-wsl2");
    }

    @Test
    void wsl1NotSupportedBlocksWsl1OnlyWhenTheComponentStateIsUnknown() {
        String message =
                "WSL1 is not supported with your current machine configuration. "
                        + "Please enable the \"Windows Subsystem for Linux\" optional component to use WSL1.";
        Fired unknown = fire(errors("", message.replace("\"", "")));
        assertThat(unknown.ids()).contains("error-wsl1-not-supported");
        assertThat(unknown.blockers())
                .filteredOn(b -> b.getId().equals("error-wsl1-not-supported"))
                .singleElement()
                .satisfies(b -> assertThat(b.getBlocks()).containsExactly(WslVersion.WSL1));

        Fired byCode =
                fire(errors("", "Error code: Wsl/Service/CreateInstance/WSL_E_WSL1_NOT_SUPPORTED"));
        assertThat(byCode.ids()).contains("error-wsl1-not-supported");

        Fired known =
                fire(
                        errors(
                                "'features':{'windowsSubsystemForLinux':'enabled'}",
                                "WSL_E_WSL1_NOT_SUPPORTED"));
        assertThat(known.ids()).doesNotContain("error-wsl1-not-supported");
        assertThat(known.ids()).contains("error-wsl1-not-supported-seen");
    }

    @Test
    void unrelatedOrMissingErrorsStaySilent() {
        List<String> troubleshootingIds =
                List.of(
                        "error-0x80370102-virtualization",
                        "error-0x80370102-in-vm",
                        "error-0x80370114-hyper-v-service",
                        "error-0x8007019e-wsl-component-missing",
                        "error-0x8007019e-seen",
                        "error-wsl2-kernel-missing",
                        "error-wsl2-kernel-missing-blocks-wsl2",
                        "error-nested-virtualization-not-supported",
                        "error-virtualbox-nem-create-failed",
                        "error-wslconfig-unknown-key",
                        "error-wsl1-disabled-by-policy",
                        "error-wsl1-not-supported",
                        "error-wsl1-not-supported-seen");
        for (String json :
                List.of(
                        "{}",
                        "{'answers':{'errors':[]}}",
                        errors("", "Error: 0x80070005 Access is denied."),
                        errors(
                                "'features':{'windowsSubsystemForLinux':'disabled'}",
                                "0x8037010",
                                "something 0x8007019"))) {
            Fired evaluation = fire(json);
            assertThat(evaluation.ids()).as(json).doesNotContainAnyElementsOf(troubleshootingIds);
            assertThat(evaluation.ids()).as(json).doesNotContain("wsl1-policy-favors-wsl2");
            assertThat(evaluation.nextSteps())
                    .as(json)
                    .noneMatch(s -> s.getId().equals("step-update-wsl-for-kernel"));
        }
    }

    @Test
    void twoLinesOfTheSameErrorGiveOneBlockerQuotingBoth() {
        Fired outcome =
                fire(
                        errors(
                                "",
                                "WslRegisterDistribution failed with error: 0x80370102",
                                "Error: 0x80370102 The virtual machine could not be started because a required feature is not installed."));
        assertThat(outcome.ids()).containsOnlyOnce("error-wsl2-vm-cannot-start");
        assertThat(outcome.blocker("error-wsl2-vm-cannot-start").getMessage())
                .contains(
                        "You saw \"Error: 0x80370102 The virtual machine could not be started because a required feature is not installed.\", "
                                + "\"WslRegisterDistribution failed with error: 0x80370102\": ");
    }

    @Test
    void eachErrorIsExplainedOnceEvenWhenSeveralAreGiven() {
        Fired outcome =
                fire(
                        errors(
                                "",
                                "Error: 0x80370102",
                                "Error: 0x1bc",
                                "wsl: Unknown key 'wsl2.memroy'"));
        assertThat(outcome.ids()).containsOnlyOnce("error-wslconfig-unknown-key");
        assertThat(outcome.ids())
                .containsOnlyOnce(
                        "error-wsl2-kernel-missing-blocks-wsl2", "error-wsl2-vm-cannot-start");
    }

    @Test
    void theStoreWslRefusingThisWindowsBlocksWsl2UntilTheServicingUpdate() {
        Advice advice =
                advise(
                        errors(
                                "'os':{'edition':'Windows Server 2022 Standard','build':20348}",
                                "Windows version 10.0.20348.587 does not support the packaged version of Windows Subsystem for Linux."
                                        + " Install the required update via Windows update or via: https://aka.ms/store-wsl-kb-winserver2022"));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(advice.blocked()).isTrue();
        assertThat(blocker(advice, "error-store-wsl-needs-servicing-update").fix())
                .contains("store-wsl-kb-winserver2022");
        assertThat(advice.nextSteps()).first().asString().contains("cumulative update");
    }
}
