package dev.wsladvisor.rules;

import static dev.wsladvisor.support.AdviceIds.blockers;
import static dev.wsladvisor.support.AdviceIds.reasons;
import static dev.wsladvisor.support.AdviceIds.warnings;
import static dev.wsladvisor.support.RuleFixture.advise;
import static dev.wsladvisor.support.RuleFixture.fired;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/workload.drl: what the person does with Linux. */
class WorkloadRulesTest {

    private static String onWindows11(String answers) {
        return "{\"host\": {\"os\": {\"build\": 22631}}, \"answers\": {" + answers + "}}";
    }

    private static Advice answers(String fields) {
        return advise(onWindows11(fields));
    }

    @Test
    void dockerNeedMakesWsl2Required() {
        Advice a =
                answers(
                        "\"docker\": true, \"projectLocation\": \"windows\", \"windowsFsHeavyIo\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.reasons().get(0))
                .satisfies(
                        r -> {
                            assertThat(r.rule()).isEqualTo("docker-needs-wsl2");
                            assertThat(r.weight()).isEqualTo(100);
                            assertThat(r.facts()).containsExactly("answers.docker = true");
                        });
    }

    @ParameterizedTest(name = "{0} = true is a hard need for WSL2")
    @ValueSource(strings = {"docker", "kernelFeatures", "systemd", "gpuCompute"})
    void hardNeedsForWsl2OutweighEveryPreferenceForWsl1(String need) {
        Advice a =
                answers(
                        "\""
                                + need
                                + "\": true, \"projectLocation\": \"windows\", \"windowsFsHeavyIo\": true,"
                                + " \"fileWatching\": true, \"windowsToolsOnSameFiles\": true, \"memoryTight\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.reasons().get(0).weight()).isEqualTo(100);
        assertThat(a.reasons().get(0).favors()).isEqualTo("WSL2");
    }

    @Test
    void physicalSerialPortNeedsWsl1() {
        Advice a = answers("\"serialPort\": true");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(reasons(a)).first().isEqualTo("serial-port-needs-wsl1");
    }

    @Test
    void dockerAndSerialPortConflictGivesAVerdictAndNamesTheUnmetNeedWithItsWorkaround() {
        Advice a = answers("\"docker\": true, \"serialPort\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.warnings())
                .first()
                .satisfies(
                        w -> {
                            assertThat(w.id()).isEqualTo("unmet-serial-port-needs-wsl1");
                            assertThat(w.message()).contains("answers.serialPort = true");
                            assertThat(w.fix()).contains("WSL1").contains("usbipd");
                        });
        assertThat(a.summary()).contains("One of your needs cannot be met");
        assertThat(a.confidence()).isLessThanOrEqualTo(0.8);
    }

    @Test
    void needsLeftUnmetWhereWsl2CanNeverRunPointOnlyToOtherMachines() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"edition\": \"Windows Server 2019 Datacenter\", \"build\": 17763}},"
                                + " \"answers\": {\"docker\": true, \"systemd\": true, \"kernelFeatures\": true, \"gpuCompute\": true}}");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(warnings(a))
                .contains(
                        "unmet-docker-needs-wsl2",
                        "unmet-systemd-needs-wsl2",
                        "unmet-kernel-features-need-wsl2",
                        "unmet-gpu-compute-needs-wsl2");
        assertThat(a.warnings())
                .allSatisfy(
                        w ->
                                assertThat(w.fix())
                                        .as(w.id())
                                        .doesNotContainIgnoringCase("keep")
                                        .doesNotContain(
                                                "--set-version", "side by side", "wsl.conf"));
        assertThat(
                        a.warnings().stream()
                                .filter(w -> w.id().equals("unmet-docker-needs-wsl2"))
                                .findFirst()
                                .orElseThrow()
                                .fix())
                .contains("remote Linux host", "does not run in WSL1");
        assertThat(a.summary())
                .startsWith("Use WSL1: WSL2 cannot run on this PC")
                .contains("cannot be met on this PC");
    }

    @Test
    void aNeedLeftUnmetBecauseTheCpuLacksSlatIsSaidInTheSummary() {
        Advice a =
                advise(
                        "{\"host\": {\"hardware\": {\"slat\": false, \"isVirtualMachine\": false}}, \"answers\": {\"systemd\": true}}");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(warnings(a)).first().isEqualTo("unmet-systemd-needs-wsl2");
        assertThat(a.warnings().get(0).fix())
                .doesNotContainIgnoringCase("keep")
                .contains("another PC that runs WSL2");
        assertThat(a.summary()).contains("cannot be met on this PC");
    }

    @Test
    void whereNoWslCanRunNoNeedIsReportedAsUnmetByTheOtherVersion() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"build\": 19045, \"architecture\": \"x86\"}},"
                                + " \"answers\": {\"docker\": true, \"serialPort\": true}}");
        assertThat(a.summary()).startsWith("WSL cannot run on this PC");
        assertThat(warnings(a)).noneMatch(id -> id.startsWith("unmet-"));
    }

    @Test
    void asManyNeedsOnEachSideKeepMicrosoftsDefaultAndSayWhatIsLeftUnmet() {
        Advice a =
                answers(
                        "\"docker\": true, \"serialPort\": true, \"projectLocation\": \"windows\", \"windowsToolsOnSameFiles\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(warnings(a)).first().isEqualTo("unmet-serial-port-needs-wsl1");
    }

    @Test
    void heavyIoOnWindowsFilesThatNeedNotStayThereIsWsl2WithMovingTheProjectFirst() {
        Advice a =
                answers(
                        "\"projectLocation\": \"windows\", \"windowsFsHeavyIo\": true, \"windowsToolsOnSameFiles\": false");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.nextSteps())
                .anyMatch(s -> s.startsWith("Move the project into the Linux file system"));
        assertThat(warnings(a)).contains("keep-files-in-linux");
    }

    @Test
    void usbUnderWsl1IsNeverDroppedSilently() {
        Advice a = answers("\"serialPort\": true, \"usbDevices\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        Advice b = answers("\"serialPort\": true, \"memoryTight\": true, \"usbDevices\": false");
        assertThat(b.recommendation()).isEqualTo("WSL1");
        Advice c = answers("\"memoryTight\": true, \"guiApps\": true");
        assertThat(c.recommendation()).isEqualTo("WSL1");
        assertThat(warnings(c)).contains("workaround-gui-apps-favor-wsl2");
    }

    @Test
    void filesOnWindowsDrivesWithHeavyIoAndWindowsToolsFavorWsl1() {
        Advice a =
                answers(
                        "\"projectLocation\": \"windows\", \"windowsFsHeavyIo\": true, \"windowsToolsOnSameFiles\": true");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(reasons(a))
                .contains(
                        "heavy-windows-drive-io-favors-wsl1",
                        "windows-drive-files-favor-wsl1",
                        "windows-tools-on-same-files-favor-wsl1");
    }

    @Test
    void heavyIoMattersOnlyWhenFilesAreOnWindowsDrives() {
        assertThat(fired(onWindows11("\"projectLocation\": \"linux\", \"windowsFsHeavyIo\": true")))
                .doesNotContain("heavy-windows-drive-io-favors-wsl1");
    }

    @Test
    void fileWatchingOfWindowsDrivesFavorsWsl1AndNotForLinuxFiles() {
        assertThat(fired(onWindows11("\"fileWatching\": true, \"projectLocation\": \"windows\"")))
                .contains("file-watching-on-windows-drives-favors-wsl1");
        assertThat(fired(onWindows11("\"fileWatching\": true, \"projectLocation\": \"linux\"")))
                .doesNotContain("file-watching-on-windows-drives-favors-wsl1");
    }

    @Test
    void fileWatchingWithUnknownLocationAsksForTheLocation() {
        Advice a = answers("\"fileWatching\": true");
        assertThat(a.unknown()).contains("answers.projectLocation");
    }

    @Test
    void guiAppsFavorWsl2AndNeedBuild19044() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"build\": 19041}}, \"answers\": {\"guiApps\": true}}");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(blockers(a)).containsExactly("gui-apps-need-build-19044");
        assertThat(a.blockers().get(0).message()).contains("19041");
        assertThat(answers("\"guiApps\": true").blocked()).isFalse();
    }

    @Test
    void gpuComputeNeedsBuild19044() {
        assertThat(
                        blockers(
                                advise(
                                        "{\"host\": {\"os\": {\"build\": 19042}}, \"answers\": {\"gpuCompute\": true}}")))
                .containsExactly("gpu-compute-needs-build-19044");
    }

    @Test
    void usbDevicesFavorWsl2AndPointToUsbipd() {
        Advice a = answers("\"usbDevices\": true");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(a.warnings())
                .filteredOn(w -> w.id().equals("usb-devices-need-usbipd"))
                .singleElement()
                .satisfies(w -> assertThat(w.fix()).contains("usbipd attach --wsl"));
    }

    @Test
    void scarceMemoryAndInstantStartLeanToWsl1() {
        Advice a = answers("\"memoryTight\": true, \"fastStartup\": true");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        assertThat(reasons(a)).contains("memory-tight-favors-wsl1", "instant-start-favors-wsl1");
    }

    @Test
    void littleRamLeansToWsl1() {
        assertThat(fired("{\"host\": {\"hardware\": {\"memoryMb\": 2048}}}"))
                .contains("little-ram-leans-wsl1");
    }

    @Test
    void withNoNeedsMicrosoftsDefaultWins() {
        Advice a = answers("\"docker\": false");
        assertThat(a.recommendation()).isEqualTo("WSL2");
        assertThat(reasons(a)).contains("wsl2-is-the-default");
    }

    @Test
    void filesOnWindowsDrivesUnderWsl2WarnToKeepThemInLinux() {
        Advice a = answers("\"docker\": true, \"projectLocation\": \"windows\"");
        assertThat(warnings(a)).contains("keep-files-in-linux");
    }

    @Test
    void aFrictionsWorkaroundStillHoldsWhereTheVersionItFavoursCanNeverRun() {
        Advice a =
                advise(
                        "{\"host\": {\"os\": {\"build\": 19045}, \"hardware\": {\"slat\": false,"
                                + " \"isVirtualMachine\": false, \"hypervisorPresent\": false}}, \"answers\": {\"guiApps\": true}}");
        assertThat(a.recommendation()).isEqualTo("WSL1");
        Advice.WarningItem gui =
                a.warnings().stream()
                        .filter(w -> w.id().equals("workaround-gui-apps-favor-wsl2"))
                        .findFirst()
                        .orElseThrow();
        assertThat(gui.message()).startsWith("This favours WSL2, which cannot run on this PC: ");
        assertThat(gui.fix()).contains("X server").doesNotContain("another machine");
    }

    /**
     * Builds 19041 to 19045 inclusive ({@code buildBelow(WindowsBuild.V22H2 + 1)}), revision below
     * .2311.
     */
    @ParameterizedTest
    @CsvSource({
        "19041, 2310, true",
        "19045, 2310, true",
        "19045, 2311, false",
        "19046, 2310, false",
        "18363, 2310, false"
    })
    void theStoreWslOnWindows10NeedsTheServicingUpdate(int build, int revision, boolean blocked) {
        assertThat(
                        fired(
                                        "{\"host\": {\"os\": {\"build\": "
                                                + build
                                                + ", \"revision\": "
                                                + revision
                                                + "}}, \"answers\": {\"systemd\": true}}")
                                .contains("windows-10-store-wsl-needs-servicing-update"))
                .isEqualTo(blocked);
    }
}
