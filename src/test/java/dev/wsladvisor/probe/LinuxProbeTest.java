package dev.wsladvisor.probe;

import static dev.wsladvisor.probe.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LinuxProbeTest {

    private static FakeLinuxHost wsl2Ubuntu() {
        return new FakeLinuxHost()
                .file(LinuxProbe.OSRELEASE, "5.15.167.4-microsoft-standard-WSL2\n")
                .file(
                        LinuxProbe.PROC_VERSION,
                        "Linux version 5.15.167.4-microsoft-standard-WSL2 (root@f9c826d3017f) (gcc (GCC) 11.2.0, "
                                + "GNU ld (GNU Binutils) 2.37) #1 SMP Tue Nov 5 00:21:55 UTC 2024\n")
                .file(
                        LinuxProbe.OS_RELEASE,
                        "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\n")
                .dir(LinuxProbe.SYSTEMD)
                .env("WSL_DISTRO_NAME", "Ubuntu")
                .env("WSL_INTEROP", "/run/WSL/1_interop")
                .env("WSLENV", "WT_SESSION:WT_PROFILE_ID");
    }

    @Test
    void wsl2WithoutInteropGivesTheCurrentDistributionAndKernel() {
        ProbeResult out = new ProbeResult();
        boolean wsl = new LinuxProbe(wsl2Ubuntu(), new RecordedCommandRunner()).probe(out);
        assertThat(wsl).isTrue();
        JsonNode entry = at(out, "host.wsl.distributions").get(0);
        assertThat(entry.path("name").asText()).isEqualTo("Ubuntu");
        assertThat(entry.path("version").asInt()).isEqualTo(2);
        assertThat(entry.path("state").asText()).isEqualTo("Running");
        assertThat(at(out, "host.wsl.kernelVersion").asText()).isEqualTo("5.15.167.4");
        assertThat(out.provenance().get("host.wsl.kernelVersion"))
                .isEqualTo("/proc/sys/kernel/osrelease:1 (uname -r)");
        assertThat(out.notes())
                .anyMatch(n -> n.contains("Ubuntu 24.04.1 LTS"))
                .anyMatch(
                        n ->
                                n.equals(
                                        "Distribution Ubuntu: systemd is running as PID 1 (/run/systemd/system)."))
                .anyMatch(n -> n.startsWith("Windows is not reachable through interop"));
        assertThat(out.has("host.hardware")).isFalse();
    }

    @Test
    void theDistributionItRunsInIsTheCurrentDistributionWithNameVersionKernelAndOsId() {
        ProbeResult out = new ProbeResult();
        new LinuxProbe(
                        wsl2Ubuntu()
                                .file(
                                        LinuxProbe.OS_RELEASE,
                                        "NAME=\"Ubuntu\"\nID=ubuntu\nVERSION_ID=\"24.04\"\n"),
                        new RecordedCommandRunner())
                .probe(out);
        JsonNode current = at(out, "host.wsl.currentDistribution");
        assertThat(current.path("name").asText()).isEqualTo("Ubuntu");
        assertThat(current.path("version").asInt()).isEqualTo(2);
        assertThat(current.path("kernelRelease").asText())
                .isEqualTo("5.15.167.4-microsoft-standard-WSL2");
        assertThat(current.path("osId").asText()).isEqualTo("ubuntu");
        assertThat(out.toDocument().at("/host/wsl/currentDistribution").fieldNames())
                .toIterable()
                .containsExactly("name", "version", "kernelRelease", "osId");
        assertThat(out.provenance().get("host.wsl.currentDistribution.name"))
                .isEqualTo("environment: WSL_DISTRO_NAME");
    }

    @Test
    void aCustomKernelStillGivesItsReleaseButNoVersion() {
        ProbeResult out = new ProbeResult();
        new LinuxProbe(
                        new FakeLinuxHost()
                                .file(LinuxProbe.OSRELEASE, "6.6.36-custom\n")
                                .env("WSL_DISTRO_NAME", "Arch"),
                        new RecordedCommandRunner())
                .probe(out);
        assertThat(at(out, "host.wsl.currentDistribution.kernelRelease").asText())
                .isEqualTo("6.6.36-custom");
        assertThat(at(out, "host.wsl.currentDistribution.version").isMissingNode()).isTrue();
    }

    @Test
    void wsl2WithInteropAddsTheWindowsSideAndTheFullDistributionList() {
        RecordedCommandRunner runner =
                new RecordedCommandRunner()
                        .answer(
                                "cmd.exe /c ver",
                                "\r\nMicrosoft Windows [Version 10.0.22631.4317]\r\n"
                                        .getBytes(StandardCharsets.UTF_8))
                        .answer(
                                "wsl.exe --list --verbose",
                                Samples.bytes("software", "wsl-list.txt"))
                        .answer(
                                "wsl.exe --version",
                                Samples.bytes("es-store-wsl", "wsl-version.txt"))
                        .answer("systeminfo.exe", Samples.bytes("de-systeminfo", "systeminfo.txt"));
        ProbeResult out = new ProbeResult();
        new LinuxProbe(wsl2Ubuntu(), runner).probe(out);
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(22631);
        assertThat(out.provenance().get("host.os.build"))
                .isEqualTo("command: cmd.exe /c ver, line 2");
        assertThat(at(out, "host.wsl.distributions")).hasSize(3);
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("2.6.3.0");
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(32768);
        assertThat(runner.calls())
                .filteredOn(c -> c.command().get(0).equals("wsl.exe"))
                .allSatisfy(
                        c ->
                                assertThat(c.environment())
                                        .containsEntry(
                                                "WSLENV", "WT_SESSION:WT_PROFILE_ID:WSL_UTF8"));
    }

    @Test
    void wsl1KernelGivesVersionOneAndTheWindowsBuild() {
        FakeLinuxHost host =
                new FakeLinuxHost()
                        .file(LinuxProbe.OSRELEASE, "4.4.0-19041-Microsoft\n")
                        .env("WSL_DISTRO_NAME", "Debian");
        ProbeResult out = new ProbeResult();
        new LinuxProbe(host, new RecordedCommandRunner()).probe(out);
        assertThat(at(out, "host.wsl.distributions").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(19041);
        assertThat(out.notes()).anyMatch(n -> n.contains("systemd is not running as PID 1"));
    }

    @Test
    void customKernelInsideWslIsSaidToHideTheVersion() {
        FakeLinuxHost host =
                new FakeLinuxHost()
                        .file(LinuxProbe.OSRELEASE, "6.1.21-my-own\n")
                        .env("WSL_DISTRO_NAME", "Arch")
                        .env("WSL_INTEROP", "/run/WSL/8_interop");
        ProbeResult out = new ProbeResult();
        assertThat(new LinuxProbe(host, new RecordedCommandRunner()).probe(out)).isTrue();
        assertThat(at(out, "host.wsl.installed").asBoolean()).isTrue();
        assertThat(at(out, "host.wsl.distributions").get(0).has("version")).isFalse();
        assertThat(out.notes()).anyMatch(n -> n.contains("custom kernel hides"));
    }

    @Test
    void plainLinuxIsNotWslAndGivesNoFacts() {
        FakeLinuxHost host =
                new FakeLinuxHost()
                        .file(LinuxProbe.OSRELEASE, "6.1.0-18-amd64\n")
                        .file(
                                LinuxProbe.PROC_VERSION,
                                "Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org) #1 SMP\n");
        ProbeResult out = new ProbeResult();
        RecordedCommandRunner runner = new RecordedCommandRunner();
        assertThat(new LinuxProbe(host, runner).probe(out)).isFalse();
        assertThat(out.toDocument().has("host")).isFalse();
        assertThat(runner.calls()).isEmpty();
    }
}
