package dev.wsladvisor.probe;

import static dev.wsladvisor.probe.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Windows path end to end: recorded outputs of real commands go through the same parsers as on
 * a real PC.
 */
class WindowsProbeTest {
    private static final String PS = "powershell.exe -NoProfile -NonInteractive -Command ";

    /** reg.exe query output as Windows prints it (CRLF, four-space columns). */
    private static final String REG_CURRENT_VERSION =
            "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\r\n"
                    + "    SystemRoot    REG_SZ    C:\\WINDOWS\r\n"
                    + "    CurrentBuild    REG_SZ    22631\r\n"
                    + "    DisplayVersion    REG_SZ    23H2\r\n"
                    + "    EditionID    REG_SZ    Professional\r\n"
                    + "    UBR    REG_DWORD    0x1189\r\n\r\n";

    private static final String REG_VMWARE =
            "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\VMware, Inc.\\VMware Workstation\r\n"
                    + "    ProductVersion    REG_SZ    17.5.2 build-23775571\r\n\r\n";

    private static RecordedCommandRunner recordedPc() {
        return new RecordedCommandRunner()
                .answer(PS + WindowsProbe.CIM_OS, Samples.bytes("cim", "cim-os.json"))
                .answer(
                        PS + WindowsProbe.CIM_COMPUTER,
                        Samples.bytes("cim", "cim-computersystem.json"))
                .answer(PS + WindowsProbe.CIM_PROCESSOR, Samples.bytes("cim", "cim-processor.json"))
                .answer(
                        "reg.exe query " + WindowsProbe.CURRENT_VERSION,
                        REG_CURRENT_VERSION.getBytes(StandardCharsets.UTF_8))
                .answer("wsl.exe --version", Samples.bytes("en-store-wsl", "wsl-version.txt"))
                .answer("wsl.exe --list --verbose", Samples.bytes("software", "wsl-list.txt"))
                .answer("wsl.exe --status", Samples.bytes("en-store-wsl", "wsl-status.txt"))
                .answer("systeminfo", Samples.bytes("en-systeminfo-four-line", "systeminfo.txt"))
                .answer(
                        PS + WindowsProbe.FEATURES,
                        CommandResult.completed(
                                1,
                                new byte[0],
                                "Get-WindowsOptionalFeature : The requested operation requires elevation."
                                        .getBytes(StandardCharsets.UTF_8)))
                .answer(
                        "C:\\Program Files\\Oracle\\VirtualBox\\VBoxManage.exe --version",
                        CommandResult.timedOut(
                                "VBoxManage.exe --version did not finish within 10 s and was stopped"))
                .answer(
                        "reg.exe query " + WindowsProbe.VMWARE + " /v ProductVersion",
                        REG_VMWARE.getBytes(StandardCharsets.UTF_8));
    }

    private static ProbeResult probe(RecordedCommandRunner runner) {
        ProbeResult out = new ProbeResult();
        new WindowsProbe(runner, Map.of(), false).probe(out);
        return out;
    }

    @Test
    void recordedPcGivesOsFactsFromCimAndRegistry() {
        ProbeResult out = probe(recordedPc());
        assertThat(at(out, "host.os.edition").asText()).isEqualTo("Microsoft Windows 11 Pro");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(22631);
        assertThat(at(out, "host.os.revision").asInt()).isEqualTo(4489);
        assertThat(at(out, "host.os.displayVersion").asText()).isEqualTo("23H2");
        assertThat(at(out, "host.os.architecture").asText()).isEqualTo("x64");
        assertThat(out.provenance().get("host.os.displayVersion"))
                .isEqualTo(
                        "command: reg.exe query HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion, line 5");
        assertThat(out.provenance().get("host.os.edition"))
                .isEqualTo(
                        "command: powershell.exe Get-CimInstance Win32_OperatingSystem (Caption)");
    }

    @Test
    void recordedPcGivesHardwareWslAndSoftwareFacts() {
        ProbeResult out = probe(recordedPc());
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(16245);
        assertThat(at(out, "host.hardware.logicalProcessors").asInt()).isEqualTo(8);
        assertThat(at(out, "host.hardware.hypervisorPresent").asBoolean()).isTrue();
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("1.2.5.0");
        assertThat(at(out, "host.wsl.defaultVersion").asInt()).isEqualTo(2);
        assertThat(at(out, "host.wsl.distributions")).hasSize(3);
        assertThat(at(out, "host.software.dockerDesktop.backend").asText()).isEqualTo("wsl2");
        assertThat(at(out, "host.software.vmware.version").asText()).isEqualTo("17.5.2");
        assertThat(out.provenance().get("host.wsl.packageVersion"))
                .isEqualTo("command: wsl.exe --version, line 1");
    }

    @Test
    void featuresWithoutElevationStayUnknownWithANote() {
        ProbeResult out = probe(recordedPc());
        assertThat(out.has("host.features")).isFalse();
        assertThat(out.notes()).anyMatch(n -> n.contains("need an elevated prompt"));
    }

    @Test
    void hangingVBoxManageLeavesVirtualBoxUnknownWithANote() {
        ProbeResult out = probe(recordedPc());
        assertThat(out.has("host.software.virtualBox")).isFalse();
        assertThat(out.notes()).anyMatch(n -> n.contains("did not finish within 10 s"));
    }

    @Test
    void missingCommandsLeaveFactsUnknownWithoutCrashing() {
        ProbeResult out = probe(new RecordedCommandRunner());
        assertThat(out.toDocument().has("host")).isFalse();
        assertThat(out.notes())
                .anyMatch(n -> n.startsWith("wsl.exe --version: wsl.exe is not installed"));
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void everyWslCallAsksForUtf8AndEveryCallHasATimeout() {
        RecordedCommandRunner runner = recordedPc();
        probe(runner);
        assertThat(runner.calls())
                .allSatisfy(c -> assertThat(c.timeout()).isEqualTo(WindowsProbe.TIMEOUT));
        assertThat(runner.calls())
                .filteredOn(c -> c.command().get(0).equals("wsl.exe"))
                .hasSize(3)
                .allSatisfy(
                        c ->
                                assertThat(c.environment())
                                        .containsEntry("WSL_UTF8", "1")
                                        .doesNotContainKey("WSLENV"));
        assertThat(runner.calls())
                .noneMatch(c -> c.command().get(0).matches("(?i)(cmd|cmd\\.exe|sh|bash)"));
    }

    @Test
    void fromInsideWslTheUtf8SwitchIsPassedThroughWslenv() {
        RecordedCommandRunner runner = recordedPc();
        new WindowsProbe(runner, Map.of("WSLENV", "USERPROFILE/p"), true).probe(new ProbeResult());
        assertThat(runner.calls())
                .filteredOn(c -> c.command().get(0).equals("wsl.exe"))
                .allSatisfy(
                        c ->
                                assertThat(c.environment())
                                        .containsEntry("WSLENV", "USERPROFILE/p:WSL_UTF8"));
    }
}
