package dev.wsladvisor.probe;

import static dev.wsladvisor.probe.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayProbeTest {

    @Test
    void missingFolderIsBadInputThatSaysWhatToGive(@TempDir Path tmp) {
        Path missing = tmp.resolve("nope");
        assertThatThrownBy(() -> new ReplayProbe(missing).probe(new ProbeResult()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("wsl-version.txt");
    }

    @Test
    void unparseableFileWarnsWithFileAndLineAndTheOtherFactsStillCount(@TempDir Path tmp)
            throws IOException {
        Files.write(
                tmp.resolve("wsl-version.txt"), Samples.bytes("en-store-wsl", "wsl-version.txt"));
        Files.writeString(
                tmp.resolve("systeminfo.txt"),
                "\n\nThis is not systeminfo at all\n",
                StandardCharsets.UTF_8);
        ProbeResult out = new ProbeResult();
        new ReplayProbe(tmp).probe(out);
        assertThat(out.warnings()).singleElement().asString().startsWith("systeminfo.txt:3:");
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("1.2.5.0");
        assertThat(at(out, "probeNotes").toString()).contains("warning: systeminfo.txt:3:");
    }

    @Test
    void unknownFileNamesAreNotedSoTyposShow(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("wsl_version.txt"), "WSL version: 2.3.26.0\n");
        ProbeResult out = new ProbeResult();
        new ReplayProbe(tmp).probe(out);
        assertThat(out.notes()).anyMatch(n -> n.contains("wsl_version.txt"));
        assertThat(out.warnings()).anyMatch(w -> w.contains("none of the known files"));
    }

    @Test
    void sourcesOfTheSameFactKeepTheFirstAndItsProvenance() {
        ProbeResult out = Samples.replay("en-store-wsl");
        assertThat(at(out, "host.wsl.kernelVersion").asText()).isEqualTo("5.15.90.1");
        assertThat(out.provenance().get("host.wsl.kernelVersion")).isEqualTo("wsl-version.txt:2");
    }

    @Test
    void documentHasContractShapeProvenanceAndNotes() {
        var doc = Samples.replay("es-store-wsl").toDocument();
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(doc.fieldNames())
                .toIterable()
                .containsExactly("schemaVersion", "host", "provenance", "probeNotes");
        assertThat(doc.get("host").fieldNames()).toIterable().containsExactly("os", "wsl");
        assertThat(doc.get("host").get("wsl").fieldNames())
                .toIterable()
                .containsExactly(
                        "installed",
                        "packageVersion",
                        "kernelVersion",
                        "defaultVersion",
                        "distributions",
                        "currentDistribution");
        // os-release.txt was captured inside the distribution: its ID names it.
        assertThat(doc.at("/host/wsl/currentDistribution/osId").asText()).isEqualTo("ubuntu");
        assertThat(doc.get("provenance").get("host.wsl.defaultVersion").asText())
                .isEqualTo("wsl-status.txt:2");
        assertThat(doc.get("probeNotes").toString()).contains("Ubuntu 22.04.5 LTS");
    }

    @Test
    void eachMissingFileIsNotedWithTheFactsItWouldFillAndTheCommandToCaptureIt() {
        ProbeResult out = Samples.replay("ja-store-wsl");
        assertThat(out.warnings()).isEmpty();
        assertThat(out.notes())
                .anySatisfy(
                        n ->
                                assertThat(n)
                                        .startsWith("systeminfo.txt not in the folder")
                                        .contains("host.hardware.memoryMb")
                                        .contains("systeminfo > systeminfo.txt"));
        assertThat(out.notes())
                .anySatisfy(
                        n ->
                                assertThat(n)
                                        .startsWith("wsl-list.txt not in the folder")
                                        .contains("host.wsl.distributions")
                                        .contains("wsl -l -v > wsl-list.txt"));
        assertThat(out.notes())
                .anySatisfy(
                        n ->
                                assertThat(n)
                                        .startsWith("wsl-status.txt not in the folder")
                                        .contains("host.wsl.defaultVersion")
                                        .contains("wsl --status > wsl-status.txt"));
        assertThat(out.notes())
                .anySatisfy(
                        n ->
                                assertThat(n)
                                        .startsWith("optional-features.json not in the folder")
                                        .contains("host.features")
                                        .contains("Get-WindowsOptionalFeature"));
        assertThat(out.notes())
                .anySatisfy(
                        n ->
                                assertThat(n)
                                        .startsWith("vboxmanage-version.txt not in the folder")
                                        .contains("not installed")
                                        .contains("VBoxManage --version"));
        // wsl-version.txt is there, and what it gives is known: no note for it, nor for files it
        // makes redundant.
        assertThat(out.notes()).noneMatch(n -> n.startsWith("wsl-version.txt"));
        assertThat(out.notes()).noneMatch(n -> n.contains("host.os.build"));
        assertThat(at(out, "probeNotes").toString()).contains("systeminfo.txt not in the folder");
    }

    @Test
    void aFullFolderHasNoMissingFileNotesForFactsItKnows() {
        ProbeResult out = Samples.replay("cim");
        assertThat(out.notes())
                .noneMatch(
                        n ->
                                n.startsWith("cim-os.json")
                                        || n.startsWith("cim-computersystem.json"));
        assertThat(out.notes())
                .noneMatch(
                        n ->
                                n.startsWith("systeminfo.txt not in the folder")
                                        && n.contains("host.os.build"));
    }

    @Test
    void noInstalledDistributionsInAReplayGivesAnEmptyListAndNoCaptureAgain(@TempDir Path tmp)
            throws IOException {
        Files.write(
                tmp.resolve("wsl-list.txt"),
                "Windows Subsystem for Linux has no installed distributions.\r\n"
                        .getBytes(StandardCharsets.UTF_16LE));
        ProbeResult out = new ProbeResult();
        new ReplayProbe(tmp).probe(out);
        assertThat(out.warnings()).isEmpty();
        assertThat(at(out, "probeNotes").toString()).doesNotContain("capture it again");
        assertThat(at(out, "host.wsl.distributions")).isEmpty();
    }

    @Test
    void controlCharactersFromCapturedFilesAreShownAsEscapesInWarningsAndNotes(@TempDir Path tmp)
            throws IOException {
        Files.writeString(
                tmp.resolve("uname-r.txt"),
                "\u001b[31mred\u001b]0;pwned\u0007 kernel\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                tmp.resolve("proc-version.txt"),
                "Linux version 4.4.0-19041-Microsoft\u009b2J (x\ty) #1\n",
                StandardCharsets.UTF_8);
        ProbeResult out = new ProbeResult();
        new ReplayProbe(tmp).probe(out);
        String all = String.join("\n", out.warnings()) + "\n" + String.join("\n", out.notes());
        assertThat(out.warnings())
                .anySatisfy(
                        w ->
                                assertThat(w)
                                        .startsWith("uname-r.txt:1:")
                                        .contains("\\x1b[31mred\\x1b]0;pwned\\x07 kernel"));
        assertThat(out.notes()).anySatisfy(n -> assertThat(n).contains("\\x9b2J"));
        assertThat(
                        all.chars()
                                .filter(
                                        c ->
                                                c != '\n'
                                                        && c != '\t'
                                                        && Character.getType(c)
                                                                == Character.CONTROL))
                .isEmpty();
        assertThat(at(out, "probeNotes").toString()).doesNotContain("\\u001b").contains("\\\\x1b");
    }
}
