package dev.wsladvisor.probe;

import static dev.wsladvisor.probe.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelReleaseTest {

    @ParameterizedTest
    @CsvSource({
        "4.4.0-19041-Microsoft, WSL1,",
        "3.4.0-Microsoft, WSL1,",
        "4.19.128-microsoft-standard, WSL2, 4.19.128",
        "5.15.90.1-microsoft-standard-WSL2, WSL2, 5.15.90.1",
        "6.6.87.2-microsoft-standard-WSL2, WSL2, 6.6.87.2",
        "6.1.0-18-amd64, OTHER,",
        "5.15.0-custom, OTHER,"
    })
    void releaseTellsWhichWsl(String release, KernelRelease.Kind kind, String kernelVersion) {
        KernelRelease k = KernelRelease.of(release);
        assertThat(k.kind()).isEqualTo(kind);
        assertThat(k.wsl2KernelVersion()).isEqualTo(kernelVersion);
    }

    @Test
    void wsl1UnameCarriesTheWindowsBuild() {
        ProbeResult out = new ProbeResult();
        UnameParser.parse(Samples.file("en-inbox-wsl", "uname-r.txt"), out);
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(19041);
        assertThat(at(out, "host.wsl.kernelVersion").isMissingNode()).isTrue();
        assertThat(out.notes()).anyMatch(n -> n.contains("WSL1"));
    }

    @Test
    void wsl2UnameGivesKernelVersionBeforeTheSuffix() {
        ProbeResult out = new ProbeResult();
        UnameParser.parse(Samples.file("en-store-wsl", "uname-r.txt"), out);
        assertThat(at(out, "host.wsl.kernelVersion").asText()).isEqualTo("5.15.90.1");
        assertThat(out.provenance()).containsEntry("host.wsl.kernelVersion", "uname-r.txt:1");
    }

    @Test
    void procVersionOfASelfBuiltKernelWithSuffixIsStillWsl2() {
        ProbeResult out = new ProbeResult();
        ProcVersionParser.parse(
                Samples.file("en-old-status-custom-kernel", "proc-version.txt"), out);
        assertThat(at(out, "host.wsl.kernelVersion").asText()).isEqualTo("5.19.0");
    }

    @Test
    void procVersionOfEarlyWsl1IsWsl1() {
        ProbeResult out = new ProbeResult();
        ProcVersionParser.parse(Samples.file("en-inbox-wsl", "proc-version.txt"), out);
        assertThat(out.notes()).anyMatch(n -> n.contains("WSL1"));
        assertThat(at(out, "host.wsl.installed").asBoolean()).isTrue();
    }

    @Test
    void kernelWithoutSuffixSaysACustomKernelMayHideIt() {
        ProbeResult out = new ProbeResult();
        KernelRelease.of("6.1.0-18-amd64").fill("uname-r.txt:1", out);
        assertThat(out.notes()).anyMatch(n -> n.contains("custom WSL2 kernel"));
        assertThat(out.toDocument().has("host")).isFalse();
    }
}
