package dev.wsladvisor.probe;

import static dev.wsladvisor.probe.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SoftwareParserTest {

    @Test
    void vboxManageVersionAfterWarningsIsTheVersionWithoutRevision() {
        ProbeResult out = Samples.replay("software");
        assertThat(at(out, "host.software.virtualBox.version").asText()).isEqualTo("7.0.14");
        assertThat(out.provenance())
                .containsEntry("host.software.virtualBox.version", "vboxmanage-version.txt:3");
    }

    @Test
    void vmwareVersionLineGivesProductAndVersion() {
        ProbeResult out = Samples.replay("software");
        assertThat(at(out, "host.software.vmware.product").asText()).isEqualTo("Workstation");
        assertThat(at(out, "host.software.vmware.version").asText()).isEqualTo("17.5.2");
    }

    @Test
    void wslconfigIsOnlyNoted() {
        ProbeResult out = Samples.replay("software");
        assertThat(out.notes()).anyMatch(n -> n.startsWith("wslconfig.txt found"));
    }

    @Test
    void oseVboxVersionIsRead() {
        ProbeResult out = new ProbeResult();
        VBoxManageVersionParser.parse(
                SourceText.ofFile(
                        "vboxmanage-version.txt",
                        "4.1.8_OSEr1234\n".getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(at(out, "host.software.virtualBox.version").asText()).isEqualTo("4.1.8");
    }

    @Test
    void emptyVboxOutputWarnsAndLeavesVirtualBoxUnknown() {
        ProbeResult out = new ProbeResult();
        VBoxManageVersionParser.parse(
                SourceText.ofFile("vboxmanage-version.txt", new byte[0]), out);
        assertThat(out.warnings())
                .singleElement()
                .asString()
                .startsWith("vboxmanage-version.txt:1:");
        assertThat(out.has("host.software.virtualBox")).isFalse();
    }

    @Test
    void unreadableVmwareVersionSaysHowToCaptureItAgain() {
        ProbeResult out = new ProbeResult();
        VmwareVersionParser.parse(
                SourceText.ofFile(
                        "vmware-version.txt",
                        "command not found\n".getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(out.warnings())
                .singleElement()
                .asString()
                .startsWith("vmware-version.txt:1:")
                .contains("capture it again")
                .contains("vmware --version > vmware-version.txt");
    }
}
