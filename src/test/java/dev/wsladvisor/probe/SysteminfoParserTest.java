package dev.wsladvisor.probe;

import static dev.wsladvisor.probe.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SysteminfoParserTest {

    private static ProbeResult parse(String sampleCase) {
        ProbeResult out = new ProbeResult();
        SysteminfoParser.parse(Samples.file(sampleCase, "systeminfo.txt"), out);
        return out;
    }

    @Test
    void hypervisorDetectedLineInVirtualBoxGuestMeansHypervisorButNotFirmwareFact() {
        ProbeResult out = parse("en-systeminfo-virtualbox-guest");
        assertThat(at(out, "host.os.edition").asText()).isEqualTo("Microsoft Windows 10 Education");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(19042);
        assertThat(at(out, "host.os.architecture").asText()).isEqualTo("x64");
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(8192);
        assertThat(at(out, "host.hardware.isVirtualMachine").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.vmHost").asText()).isEqualTo("virtualbox");
        assertThat(at(out, "host.hardware.hypervisorPresent").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").isMissingNode()).isTrue();
        assertThat(out.provenance())
                .containsEntry("host.os.build", "systeminfo.txt:4")
                .containsEntry("host.hardware.memoryMb", "systeminfo.txt:25");
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void fourLineRequirementsGiveFirmwareOffSlatAndNoHypervisor() {
        ProbeResult out = parse("en-systeminfo-four-line");
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(16234);
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").asBoolean()).isFalse();
        assertThat(at(out, "host.hardware.slat").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.hypervisorPresent").asBoolean()).isFalse();
        assertThat(at(out, "host.hardware.isVirtualMachine").asBoolean()).isFalse();
        assertThat(at(out, "host.hardware.vmHost").isMissingNode()).isTrue();
        assertThat(out.provenance())
                .containsEntry("host.hardware.virtualizationFirmwareEnabled", "systeminfo.txt:18");
    }

    @Test
    void amazonEc2IsAVirtualMachineOnAws() {
        ProbeResult out = parse("en-systeminfo-aws");
        assertThat(at(out, "host.os.edition").asText())
                .isEqualTo("Microsoft Windows Server 2025 Datacenter");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(26100);
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(8070);
        assertThat(at(out, "host.hardware.vmHost").asText()).isEqualTo("aws");
    }

    @Test
    void germanSysteminfoGivesBuildMemoryAndHyperVHost() {
        ProbeResult out = parse("de-systeminfo");
        assertThat(at(out, "host.os.edition").asText()).isEqualTo("Microsoft Windows 11 Pro");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(22631);
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(32768);
        assertThat(at(out, "host.hardware.vmHost").asText()).isEqualTo("hyper-v");
        assertThat(at(out, "host.hardware.hypervisorPresent").asBoolean()).isTrue();
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void germanPartialPasteStillGivesMemoryAndArchitecture() {
        ProbeResult out = parse("de-systeminfo-partial");
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(6083);
        assertThat(at(out, "host.os.architecture").asText()).isEqualTo("x64");
        assertThat(at(out, "host.os.build").isMissingNode()).isTrue();
    }

    @Test
    void frenchSpaceGroupedMegabytesAndOuiAreRead() {
        ProbeResult out = parse("fr-systeminfo");
        assertThat(at(out, "host.os.edition").asText()).isEqualTo("Microsoft Windows 10 Famille");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(19045);
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(16234);
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.slat").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.isVirtualMachine").asBoolean()).isFalse();
    }

    @Test
    void unknownYesNoWordWarnsWithItsLineAndKeepsTheRest() {
        String text =
                "OS Version:        10.0.19045 N/A Build 19045\n"
                        + "Hyper-V Requirements: VM Monitor Mode Extensions: Yes\n"
                        + "                      Virtualization Enabled In Firmware: Maybe\n"
                        + "                      Second Level Address Translation: Yes\n";
        ProbeResult out = new ProbeResult();
        SysteminfoParser.parse(
                SourceText.ofFile("systeminfo.txt", text.getBytes(StandardCharsets.UTF_8)), out);
        assertThat(out.warnings()).singleElement().asString().startsWith("systeminfo.txt:3:");
        assertThat(at(out, "host.hardware.slat").asBoolean()).isTrue();
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(19045);
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").isMissingNode()).isTrue();
    }

    @Test
    void displayVersionIsNeverDerivedFromTheBuild() {
        ProbeResult out = parse("en-systeminfo-four-line");
        assertThat(at(out, "host.os.displayVersion").isMissingNode()).isTrue();
    }

    @Test
    void chineseSysteminfoGivesCaptionBuildMemoryAndRealHardware() {
        ProbeResult out = parse("zh-systeminfo");
        assertThat(at(out, "host.os.edition").asText()).isEqualTo("Microsoft Windows 11 家庭中文版");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(22621);
        assertThat(at(out, "host.os.architecture").asText()).isEqualTo("x64");
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(32125);
        assertThat(at(out, "host.hardware.isVirtualMachine").asBoolean()).isFalse();
        assertThat(at(out, "host.hardware.hypervisorPresent").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").asBoolean()).isTrue();
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void chineseFourLineSectionReadsShiAsYes() {
        ProbeResult out = parse("zh-systeminfo-four-line");
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.slat").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.hypervisorPresent").asBoolean()).isFalse();
    }

    @Test
    void fullWidthColonBeforeTheAnswerIsRead() {
        ProbeResult out = new ProbeResult();
        SysteminfoParser.parse(
                SourceText.ofFile(
                        "systeminfo.txt",
                        ("Hyper-V 要求:      虚拟机监视器模式扩展：是\n" + "                   固件中已启用虚拟化：否\n")
                                .getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").asBoolean()).isFalse();
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void japaneseFourLineSectionReadsHaiAsYes() {
        ProbeResult out = parse("ja-systeminfo-four-line");
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.slat").asBoolean()).isTrue();
        assertThat(out.provenance()).containsEntry("host.hardware.slat", "systeminfo.txt:3");
    }

    @Test
    void japaneseHypervisorSentenceMeansHypervisorPresent() {
        ProbeResult out = parse("ja-systeminfo-hypervisor");
        assertThat(at(out, "host.hardware.hypervisorPresent").asBoolean()).isTrue();
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void spanishRequirementLinesInAnotherOrderAreMatchedByTheirLabels() {
        ProbeResult out = parse("es-systeminfo-reordered");
        assertThat(at(out, "host.hardware.virtualizationFirmwareEnabled").asBoolean()).isTrue();
        assertThat(at(out, "host.hardware.slat").asBoolean()).isFalse();
        assertThat(out.provenance()).containsEntry("host.hardware.slat", "systeminfo.txt:2");
    }

    @Test
    void buildOutsideTheContractIsLeftOutWithANote() {
        ProbeResult out = new ProbeResult();
        SysteminfoParser.parse(
                SourceText.ofFile(
                        "systeminfo.txt",
                        ("OS Name:     Microsoft Windows XP Professional\n"
                                        + "OS Version:  5.1.2600 Service Pack 3 Build 2600\n")
                                .getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(out.has("host.os.build")).isFalse();
        assertThat(at(out, "host.os.edition").asText())
                .isEqualTo("Microsoft Windows XP Professional");
        assertThat(out.notes())
                .anyMatch(n -> n.startsWith("systeminfo.txt:2: host.os.build = 2600 is outside"));
    }

    @Test
    void russianOsNameWithMaikrosoftIsTheEdition() {
        ProbeResult out = parse("ru-systeminfo");
        assertThat(at(out, "host.os.edition").asText()).isEqualTo("Майкрософт Windows 10 Pro");
        assertThat(out.provenance()).containsEntry("host.os.edition", "systeminfo.txt:3");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(19045);
        assertThat(at(out, "host.hardware.memoryMb").asInt()).isEqualTo(8082);
        assertThat(at(out, "host.hardware.slat").asBoolean()).isTrue();
        assertThat(out.warnings()).isEmpty();
        assertThat(out.notes()).noneMatch(n -> n.contains("edition"));
    }

    @Test
    void anOsNameInAnotherWordingIsTheFieldBeforeTheOsVersion() {
        ProbeResult out = new ProbeResult();
        SysteminfoParser.parse(
                SourceText.ofFile(
                        "systeminfo.txt",
                        ("Host Name:     PC\nOS Name:       Windows 10 Pro (copied by hand)\n"
                                        + "OS Version:    10.0.19045 N/A Build 19045\nRegistered Owner:  Windows User\n")
                                .getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(at(out, "host.os.edition").asText())
                .isEqualTo("Windows 10 Pro (copied by hand)");
        assertThat(out.provenance()).containsEntry("host.os.edition", "systeminfo.txt:2");
    }

    @Test
    void registeredOwnerWindowsUserIsNotTakenForTheEdition() {
        ProbeResult out = new ProbeResult();
        SysteminfoParser.parse(
                SourceText.ofFile(
                        "systeminfo.txt",
                        ("Host Name:     PC\nOS Version:    10.0.19045 N/A Build 19045\n"
                                        + "Registered Owner:  Windows User\nSystem Type:   x64-based PC\n")
                                .getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(at(out, "host.os.edition").isMissingNode()).isTrue();
        assertThat(out.notes())
                .anySatisfy(
                        n ->
                                assertThat(n)
                                        .contains("systeminfo.txt")
                                        .contains("host.os.edition")
                                        .contains("OS Name"));
    }

    @Test
    void noEditionNoteWhenAnEarlierSourceGaveIt() {
        ProbeResult out = new ProbeResult();
        out.fill("host.os.edition", "Microsoft Windows 10 Pro", "cim-os.json");
        SysteminfoParser.parse(
                SourceText.ofFile(
                        "systeminfo.txt",
                        "OS Version:    10.0.19045 N/A Build 19045\n"
                                .getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(out.notes()).noneMatch(n -> n.contains("host.os.edition"));
    }
}
