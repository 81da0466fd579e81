package dev.wsladvisor.rules;

import static dev.wsladvisor.rules.AdviceHarness.allBlockerIds;
import static dev.wsladvisor.rules.AdviceHarness.allReasonIds;
import static dev.wsladvisor.rules.AdviceHarness.allWarningIds;
import static dev.wsladvisor.rules.AdviceHarness.blocker;
import static dev.wsladvisor.rules.AdviceHarness.blockerIds;
import static dev.wsladvisor.rules.AdviceHarness.reason;
import static dev.wsladvisor.rules.AdviceHarness.warning;
import static dev.wsladvisor.rules.AdviceHarness.warningIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.Evaluation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/troubleshooting.drl: the error codes and messages in answers.errors. */
class TroubleshootingRulesTest {

    private static final RuleBase RULES = RuleBase.builtIn();
    private static final AdviceHarness HARNESS = new AdviceHarness(RULES);

    private static String errors(String host, String... errors) {
        StringBuilder list = new StringBuilder();
        for (String e : errors) {
            list.append(list.length() == 0 ? "" : ",").append('\'').append(jsonText(e)).append('\'');
        }
        return "{'host':{" + host + "},'answers':{'errors':[" + list + "]}}";
    }

    /** Escapes for a JSON string; a single quote becomes \\u0027 so the harness does not turn it into a double quote. */
    private static String jsonText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\u0027");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WslRegisterDistribution failed with error: 0x80370102",
            "error 0X80370102 the virtual machine could not be started",
            "Error code: Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED",
            "WSL2 is unable to start since virtualization is not enabled on this machine."})
    void aSeenVmStartErrorBlocksWsl2WithADiagnosisWhereverItStands(String error) {
        Advice advice = HARNESS.advise(errors("", error));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(advice.blocked()).isTrue();
        Advice.BlockerItem b = blocker(advice, "error-wsl2-vm-cannot-start");
        assertThat(b.message()).contains(error);
        assertThat(b.fix()).contains("hypervisorlaunchtype").contains("VirtualMachinePlatform").contains("UEFI/BIOS");
        assertThat(b.facts()).anyMatch(f -> f.startsWith("answers.errors = "));
    }

    @Test
    void theDiagnosisPutsWhatTheFactsConfirmFirstAndLeavesOutWhatTheyRuleOut() {
        Advice advice = HARNESS.advise(errors("'hardware':{'isVirtualMachine':false,'virtualizationFirmwareEnabled':true,"
                + "'hypervisorPresent':false},'features':{'virtualMachinePlatform':'enabled'}", "Error: 0x80370102"));
        // hypervisorlaunchtype Off is what these facts show: its own blocker stands, the error corroborates it.
        assertThat(blockerIds(advice)).contains("hypervisor-not-launched").doesNotContain("error-wsl2-vm-cannot-start");
        assertThat(warningIds(advice)).contains("error-wsl2-vm-start-explained");

        Advice open = HARNESS.advise(errors("'hardware':{'isVirtualMachine':false,'hypervisorPresent':true},"
                + "'features':{'virtualMachinePlatform':'enabled'}", "Error: 0x80370102"));
        String fix = blocker(open, "error-wsl2-vm-cannot-start").fix();
        assertThat(fix).doesNotContain("UEFI/BIOS").doesNotContain("Get-WindowsOptionalFeature").doesNotContain("Set-VMProcessor");
        assertThat(fix).contains("wsl --update");
    }

    @Test
    void error0x80370102InsideAVmPointsToNestedVirtualizationFirst() {
        Advice advice = HARNESS.advise(errors("'hardware':{'isVirtualMachine':true,'vmHost':'hyper-v'}", "Error: 0x80370102"));
        String fix = blocker(advice, "error-wsl2-vm-cannot-start").fix();
        assertThat(fix).startsWith("Check these, most likely first: (1) [likely here] Windows runs in a VM");
        assertThat(fix).contains("ExposeVirtualizationExtensions");
    }

    @Test
    void error0x80370114PointsToTheHyperVComputeServiceFirst() {
        Advice advice = HARNESS.advise(errors("", "Error: 0x80370114 The operation could not be started because a required feature is not installed."));
        assertThat(advice.blocked()).isTrue();
        assertThat(blocker(advice, "error-wsl2-hyper-v-service-failed").fix()).contains("(1) [likely here] An Exploit protection")
                .contains("vmcompute");
        assertThat(blockerIds(advice)).doesNotContain("error-wsl2-vm-cannot-start");
    }

    @Test
    void catastrophicFailureAtRegistrationBlocksWsl2() {
        Advice advice = HARNESS.advise(errors("'wsl':{'installed':true}", "WslRegisterDistribution failed with error: 0x8000ffff Catastrophic failure"));
        assertThat(advice.blocked()).isTrue();
        assertThat(blocker(advice, "error-wsl2-registration-failed").fix()).contains("[likely here] An outdated or broken WSL package");
    }

    @Test
    void anErrorNoRuleRecognisesIsNamedAndLowersTheConfidence() {
        Advice advice = HARNESS.advise(errors("", "Error code: Wsl/Service/0x80071234"));
        assertThat(warning(advice, "error-not-recognised").message()).contains("0x80071234");
        Advice known = HARNESS.advise(errors("", "wsl: Unknown key 'wsl2.memroy'"));
        assertThat(warningIds(known)).doesNotContain("error-not-recognised");
        assertThat(advice.confidence()).isLessThan(known.confidence());
    }

    @Test
    void nestedVirtualizationNotSupportedIsOnlyAWarningAsWslsSourceEmitsIt() {
        Advice advice = HARNESS.advise(errors("", "Nested virtualization is not supported on this machine."));
        assertThat(advice.blocked()).isFalse();
        assertThat(warningIds(advice)).contains("error-nested-virtualization-not-supported");
    }

    @Test
    void error0x8007019eBlocksBothVersionsWhenTheComponentStateIsUnknown() {
        Advice advice = HARNESS.advise(errors("", "WslRegisterDistribution failed with error: 0x8007019e"));
        assertThat(advice.blocked()).isTrue();
        Advice.BlockerItem b = blocker(advice, "error-0x8007019e-wsl-component-missing");
        assertThat(b.fix()).contains("Microsoft-Windows-Subsystem-Linux");
        Evaluation evaluation = HARNESS.evaluate(errors("", "HRESULT_FROM_WIN32(ERROR_LINUX_SUBSYSTEM_NOT_PRESENT)"));
        assertThat(evaluation.blockers()).filteredOn(x -> x.getId().equals("error-0x8007019e-wsl-component-missing"))
                .singleElement().satisfies(x -> assertThat(x.getBlocks()).isEqualTo(Set.of(WslVersion.WSL1, WslVersion.WSL2)));
        assertThat(warningIds(advice)).doesNotContain("error-0x8007019e-seen");
    }

    @Test
    void error0x8007019eOnlyWarnsWhenTheComponentStateIsKnown() {
        Advice advice = HARNESS.advise(errors("'features':{'windowsSubsystemForLinux':'enable-pending'}", "0x8007019e"));
        assertThat(blockerIds(advice)).doesNotContain("error-0x8007019e-wsl-component-missing");
        assertThat(warning(advice, "error-0x8007019e-seen").message()).contains("enable-pending");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Error: 0x1bc",
            "WslRegisterDistribution failed with error: 0x800701bc",
            "WSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel",
            "The WSL 2 kernel file is not found. To update or restore the kernel please run 'wsl --update'."})
    void aMissingKernelBlocksWsl2UntilWslIsUpdated(String error) {
        Advice advice = HARNESS.advise(errors("", error));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(blocker(advice, "error-wsl2-kernel-missing-blocks-wsl2").fix()).contains("wsl --update");
        assertThat(advice.nextSteps()).contains("wsl --update");
        assertThat(warningIds(advice)).doesNotContain("error-wsl2-kernel-missing");
    }

    @Test
    void aMissingKernelOnlyWarnsWhenAKernelVersionIsKnown() {
        Advice advice = HARNESS.advise(errors("'wsl':{'installed':true,'kernelVersion':'5.15.167.4-1'}", "Error: 0x1bc"));
        assertThat(blockerIds(advice)).doesNotContain("error-wsl2-kernel-missing-blocks-wsl2");
        assertThat(warningIds(advice)).contains("error-wsl2-kernel-missing");
    }

    @Test
    void nestedVirtualizationWarningDoesNotBlock() {
        Advice advice = HARNESS.advise(errors("", "wsl: Nested virtualization is not supported on this machine."));
        assertThat(advice.blocked()).isFalse();
        assertThat(warning(advice, "error-nested-virtualization-not-supported").fix()).contains("nestedVirtualization");
    }

    @Test
    void virtualBoxNemFailureIsExplained() {
        Advice advice = HARNESS.advise(errors("'software':{'virtualBox':{'version':'6.1.22'}}",
                "Call to WHvSetupPartition failed: ERROR_SUCCESS (Last=0xc000000d/87) (VERR_NEM_VM_CREATE_FAILED)"));
        Advice.WarningItem w = warning(advice, "error-virtualbox-nem-create-failed");
        assertThat(w.fix()).contains("HypervisorPlatform");
        assertThat(w.facts()).contains("host.software.virtualBox.version = 6.1.22");
    }

    @Test
    void unknownKeyPointsToTheWslconfigLinter() {
        Advice advice = HARNESS.advise(errors("", "wsl: Unknown key 'memory' in C:\\Users\\blake\\.wslconfig:6"));
        Advice.WarningItem w = warning(advice, "error-wslconfig-unknown-key");
        assertThat(w.fix()).contains("wsl-advisor wslconfig lint");
        assertThat(w.message()).contains("Unknown key 'memory'");
    }

    @Test
    void wsl1DisabledByPolicyBlocksWsl1AndLeansToWsl2() {
        Evaluation evaluation = HARNESS.evaluate(errors("", "WSL1 is disabled by the computer policy."));
        assertThat(evaluation.blockers()).filteredOn(b -> b.getId().equals("error-wsl1-disabled-by-policy"))
                .singleElement().satisfies(b -> {
                    assertThat(b.getBlocks()).containsExactly(WslVersion.WSL1);
                    assertThat(b.isPermanent()).isFalse();
                });
        Advice advice = HARNESS.advise(errors("", "WSL1 is disabled by the computer policy."));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(reason(advice, "wsl1-policy-favors-wsl2").favors()).isEqualTo("WSL2");

        // Localized text: only the error code is in English.
        Evaluation localized = HARNESS.evaluate(errors("", "Die Richtlinie deaktiviert WSL1. Fehlercode: Wsl/Service/WSL_E_WSL1_DISABLED"));
        assertThat(allBlockerIds(localized)).contains("error-wsl1-disabled-by-policy");
        assertThat(allReasonIds(localized)).contains("wsl1-policy-favors-wsl2");
    }

    @Test
    void wsl1NotSupportedBlocksWsl1OnlyWhenTheComponentStateIsUnknown() {
        String message = "WSL1 is not supported with your current machine configuration. "
                + "Please enable the \"Windows Subsystem for Linux\" optional component to use WSL1.";
        Evaluation unknown = HARNESS.evaluate(errors("", message.replace("\"", "")));
        assertThat(allBlockerIds(unknown)).contains("error-wsl1-not-supported");
        assertThat(unknown.blockers()).filteredOn(b -> b.getId().equals("error-wsl1-not-supported"))
                .singleElement().satisfies(b -> assertThat(b.getBlocks()).containsExactly(WslVersion.WSL1));

        Evaluation byCode = HARNESS.evaluate(errors("", "Error code: Wsl/Service/CreateInstance/WSL_E_WSL1_NOT_SUPPORTED"));
        assertThat(allBlockerIds(byCode)).contains("error-wsl1-not-supported");

        Evaluation known = HARNESS.evaluate(errors("'features':{'windowsSubsystemForLinux':'enabled'}", "WSL_E_WSL1_NOT_SUPPORTED"));
        assertThat(allBlockerIds(known)).doesNotContain("error-wsl1-not-supported");
        assertThat(allWarningIds(known)).contains("error-wsl1-not-supported-seen");
    }

    @Test
    void unrelatedOrMissingErrorsStaySilent() {
        List<String> troubleshootingIds = List.of("error-0x80370102-virtualization", "error-0x80370102-in-vm",
                "error-0x80370114-hyper-v-service", "error-0x8007019e-wsl-component-missing", "error-0x8007019e-seen",
                "error-wsl2-kernel-missing", "error-wsl2-kernel-missing-blocks-wsl2", "error-nested-virtualization-not-supported",
                "error-virtualbox-nem-create-failed", "error-wslconfig-unknown-key", "error-wsl1-disabled-by-policy",
                "error-wsl1-not-supported", "error-wsl1-not-supported-seen");
        for (String json : List.of("{}", "{'answers':{'errors':[]}}", errors("", "Error: 0x80070005 Access is denied."),
                errors("'features':{'windowsSubsystemForLinux':'disabled'}", "0x8037010", "something 0x8007019"))) {
            Evaluation evaluation = HARNESS.evaluate(json);
            assertThat(allWarningIds(evaluation)).as(json).doesNotContainAnyElementsOf(troubleshootingIds);
            assertThat(allBlockerIds(evaluation)).as(json).doesNotContainAnyElementsOf(troubleshootingIds);
            assertThat(allReasonIds(evaluation)).as(json).doesNotContain("wsl1-policy-favors-wsl2");
            assertThat(evaluation.nextSteps()).as(json).noneMatch(s -> s.getId().equals("step-update-wsl-for-kernel"));
        }
    }

    @Test
    void twoLinesOfTheSameErrorGiveOneBlockerQuotingBoth() {
        Advice advice = HARNESS.advise(errors("", "WslRegisterDistribution failed with error: 0x80370102",
                "Error: 0x80370102 The virtual machine could not be started because a required feature is not installed."));
        assertThat(blockerIds(advice)).containsOnlyOnce("error-wsl2-vm-cannot-start");
        assertThat(blocker(advice, "error-wsl2-vm-cannot-start").message())
                .contains("You saw \"Error: 0x80370102 The virtual machine could not be started because a required feature is not installed.\", "
                        + "\"WslRegisterDistribution failed with error: 0x80370102\": ");
    }

    @Test
    void eachErrorIsExplainedOnceEvenWhenSeveralAreGiven() {
        Advice advice = HARNESS.advise(errors("", "Error: 0x80370102", "Error: 0x1bc", "wsl: Unknown key 'wsl2.memroy'"));
        assertThat(warningIds(advice)).containsOnlyOnce("error-wslconfig-unknown-key");
        assertThat(blockerIds(advice)).containsOnlyOnce("error-wsl2-kernel-missing-blocks-wsl2", "error-wsl2-vm-cannot-start");
    }

    @Test
    void theStoreWslRefusingThisWindowsBlocksWsl2UntilTheServicingUpdate() {
        Advice advice = HARNESS.advise(errors("'os':{'edition':'Windows Server 2022 Standard','build':20348}",
                "Windows version 10.0.20348.587 does not support the packaged version of Windows Subsystem for Linux."
                        + " Install the required update via Windows update or via: https://aka.ms/store-wsl-kb-winserver2022"));
        assertThat(advice.recommendation()).isEqualTo("WSL2");
        assertThat(advice.blocked()).isTrue();
        assertThat(blocker(advice, "error-store-wsl-needs-servicing-update").fix()).contains("store-wsl-kb-winserver2022");
        assertThat(advice.nextSteps()).first().asString().contains("cumulative update");
    }
}
