package dev.wsladvisor.probe;

import static dev.wsladvisor.probe.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CimAndFeaturesParserTest {

    @Test
    void cimFilesGiveOsMemoryProcessorsAndHypervisor() {
        ProbeResult out = Samples.replay("cim");
        assertThat(at(out, "host.os.edition").asText()).isEqualTo("Microsoft Windows 11 Pro");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(22631);
        assertThat(at(out, "host.os.architecture").asText()).isEqualTo("x64");
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(16245);
        assertThat(at(out, "host.hardware.logicalProcessors").asInt()).isEqualTo(8);
        assertThat(at(out, "host.hardware.hypervisorPresent").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.isVirtualMachine").asBoolean()).isFalse();
        assertThat(out.provenance())
                .containsEntry(
                        "host.hardware.memoryMb", "cim-computersystem.json (TotalPhysicalMemory)");
    }

    @Test
    void processorFalseWhileHypervisorRunsIsNotTakenAsFirmwareOff() {
        ProbeResult out = Samples.replay("cim");
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.slat").isMissingNode()).isTrue();
    }

    @Test
    void processorWithoutHypervisorIsTakenAsItSays() {
        ProbeResult out = new ProbeResult();
        CimParser.parseProcessor(
                SourceText.ofFile(
                        "cim-processor.json",
                        "{\"VirtualizationFirmwareEnabled\":\"False\",\"SecondLevelAddressTranslationExtensions\":true}"
                                .getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").asBoolean()).isFalse();
        assertThat(at(out, "host.hardware.slat").asBoolean()).isTrue();
    }

    @Test
    void brokenJsonWarnsWithFileAndLine() {
        ProbeResult out = new ProbeResult();
        CimParser.parseOperatingSystem(
                SourceText.ofFile(
                        "cim-os.json",
                        "{\n  \"Caption\": \"Microsoft Windows 10 Pro\",\n  \"BuildNumber\": 19045\n  oops\n}"
                                .getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(out.warnings()).singleElement().asString().startsWith("cim-os.json:4:");
    }

    @Test
    void numericFeatureStatesOnHomeGiveEnabledPendingDisabledAndAbsent() {
        ProbeResult out = Samples.replay("features-home");
        assertThat(at(out, "host.features.windowsSubsystemForLinux").asText()).isEqualTo("enabled");
        assertThat(at(out, "host.features.virtualMachinePlatform").asText())
                .isEqualTo("enable-pending");
        assertThat(at(out, "host.features.windowsHypervisorPlatform").asText())
                .isEqualTo("disabled");
        assertThat(at(out, "host.features.hyperV").asText()).isEqualTo("absent");
    }

    @Test
    void namedFeatureStatesAreRead() {
        ProbeResult out = Samples.replay("features-strings");
        assertThat(at(out, "host.features.hyperV").asText()).isEqualTo("enabled");
        assertThat(at(out, "host.features.virtualMachinePlatform").asText())
                .isEqualTo("enable-pending");
        assertThat(at(out, "host.features.windowsSubsystemForLinux").asText())
                .isEqualTo("disabled");
        assertThat(at(out, "host.features.windowsHypervisorPlatform").asText())
                .isEqualTo("enabled");
        assertThat(out.notes()).anyMatch(n -> n.contains("HypervisorPlatform is still enabled"));
    }

    @Test
    void shortFeatureListDoesNotClaimAbsence() {
        ProbeResult out = new ProbeResult();
        OptionalFeaturesParser.parse(
                SourceText.ofFile(
                        "optional-features.json",
                        "[{\"FeatureName\":\"VirtualMachinePlatform\",\"State\":2}]"
                                .getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(at(out, "host.features.virtualMachinePlatform").asText()).isEqualTo("enabled");
        assertThat(at(out, "host.features.hyperV").isMissingNode()).isTrue();
    }
}
