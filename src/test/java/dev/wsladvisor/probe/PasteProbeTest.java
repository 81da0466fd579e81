package dev.wsladvisor.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsladvisor.errors.UserInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole pastes (probe/pastes), each built from the real outputs of probe/real as a ticket or an
 * issue holds them: prose, fences, prompts, several commands, the same command twice. pastes.json
 * pins every fact.
 */
class PasteProbeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> pastes() throws IOException {
        JsonNode all = JSON.readTree(Samples.dir("pastes").resolve("pastes.json").toFile());
        List<Arguments> out = new ArrayList<>();
        all.fields()
                .forEachRemaining(
                        e -> out.add(Arguments.of(e.getKey(), e.getValue().get("facts"))));
        return out.stream();
    }

    private static ProbeResult paste(String name) {
        ProbeResult result = new ProbeResult();
        PasteProbe.ofFile(Samples.dir("pastes").resolve(name)).probe(result);
        return result;
    }

    @Test
    void atLeastTenWholePastes() throws IOException {
        assertThat(pastes()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastes")
    void aWholePasteGivesExactlyItsFactsWithoutWarnings(String name, JsonNode facts) {
        ProbeResult result = paste(name);
        assertThat(result.toDocument().path("host")).isEqualTo(facts);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void provenanceNamesTheFileLineBlockAndItsLineRange() {
        ProbeResult result = paste("01-ticket-store-wsl.txt");
        assertThat(result.provenance().get("host.wsl.packageVersion"))
                .endsWith("01-ticket-store-wsl.txt:5 (block 2, lines 5-11)");
        assertThat(result.provenance().get("host.wsl.defaultVersion"))
                .endsWith("01-ticket-store-wsl.txt:29 (block 5, lines 28-29)");
    }

    @Test
    void proseBetweenOutputsIsListedWithItsLinesAndNeverFatal() {
        ProbeResult result = paste("01-ticket-store-wsl.txt");
        assertThat(result.notes())
                .anyMatch(
                        n ->
                                n.contains("lines 1-1")
                                        && n.contains("Hi, WSL 2 will not start Docker")
                                        && n.contains("skipped"))
                .anyMatch(n -> n.contains("lines 14-14") && n.contains("and the list:"));
    }

    @Test
    void theSameCommandTwiceKeepsTheLaterOutputAndSaysWhichWasDropped() {
        ProbeResult result = paste("02-cmd-session-then-list-again.txt");
        assertThat(Samples.at(result, "host.wsl.distributions")).hasSize(4);
        assertThat(result.provenance().get("host.wsl.distributions"))
                .contains("(block 6, lines 44-48)");
        assertThat(result.notes())
                .anyMatch(
                        n ->
                                n.startsWith("host.wsl.distributions:")
                                        && n.contains("block 4, lines 31-37")
                                        && n.contains("the later block wins"));
        assertThat(result.notes())
                .anyMatch(
                        n ->
                                n.contains("(output of 'wsl --set-default-version 2')")
                                        && n.contains("skipped"));
    }

    @Test
    void disagreeingBlocksOfDifferentCommandsAlsoLetTheLaterWin() {
        ProbeResult result = paste("07-template-build-then-session.txt");
        assertThat(Samples.at(result, "host.os.build").asInt()).isEqualTo(22621);
        assertThat(result.notes())
                .anyMatch(n -> n.startsWith("host.os.build:") && n.contains("gave 22622"));
    }

    @Test
    void weakSourcesNeverReplaceStrongOnesEvenLater() {
        // wsl --status's kernel is the registered one; the WSL1 uname build is the base build:
        // neither replaces a known value.
        ProbeResult out = new ProbeResult();
        PasteProbe.ofStream(
                        new ByteArrayInputStream(
                                ("PS C:\\> wsl --version\nWSL version: 2.3.26.0\nKernel version: 5.15.167.4-1\n"
                                                + "WSLg version: 1.0.65\nWindows version: 10.0.19045.5371\nPS C:\\> wsl --status\nDefault Distribution: Ubuntu\n"
                                                + "Default Version: 2\n\nKernel version: 5.10.102.1\n$ uname -r\n4.4.0-19041-Microsoft\n")
                                        .getBytes(StandardCharsets.UTF_8)))
                .probe(out);
        assertThat(Samples.at(out, "host.wsl.kernelVersion").asText()).isEqualTo("5.15.167.4-1");
        assertThat(Samples.at(out, "host.os.build").asInt()).isEqualTo(19045);
        assertThat(Samples.at(out, "host.wsl.currentDistribution.version").asInt()).isEqualTo(1);
    }

    @Test
    void textWithNoOutputAtAllIsAWarningNotAnError() {
        ProbeResult out = new ProbeResult();
        PasteProbe.ofStream(
                        new ByteArrayInputStream(
                                "my WSL is broken, please help\n".getBytes(StandardCharsets.UTF_8)))
                .probe(out);
        assertThat(out.toDocument().has("host")).isFalse();
        assertThat(out.warnings())
                .singleElement()
                .asString()
                .contains("no output of a command probe reads was recognised");
    }

    @Test
    void aLongThreadListsTwentySkippedBlocksAndCountsTheRest() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("PS C:\\> dir\nfile").append(i).append("\n");
        }
        ProbeResult out = new ProbeResult();
        PasteProbe.ofStream(
                        new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)))
                .probe(out);
        assertThat(out.notes())
                .filteredOn(n -> n.contains("not the output of a command"))
                .hasSize(20);
        assertThat(out.notes()).anyMatch(n -> n.contains("30 more blocks were skipped"));
    }

    @Test
    void aUtf16PasteSavedByPowerShellReadsTheSame(@TempDir Path dir) throws IOException {
        String text = Files.readString(Samples.dir("pastes").resolve("03-chinese-cmd-session.txt"));
        Path utf16 = dir.resolve("paste.txt");
        byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        ProbeResult out = new ProbeResult();
        PasteProbe.ofFile(utf16).probe(out);
        assertThat(out.toDocument().path("host"))
                .isEqualTo(paste("03-chinese-cmd-session.txt").toDocument().path("host"));
    }

    @Test
    void badPastePathsAreOneClearMessage(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> PasteProbe.ofFile(dir.resolve("nope.txt")))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> PasteProbe.ofFile(dir))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("--replay");
        assertThatThrownBy(() -> PasteProbe.ofFile(Path.of("")))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("empty");
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[PasteProbe.MAX_BYTES + 1]);
        assertThatThrownBy(() -> PasteProbe.ofFile(big))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("8 MiB");
    }

    @Test
    void aHostilePasteIsReadInBoundedTimeWithBoundedNotes() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            text.append("PS C:\\> wsl --version\nWSL version: 2.0.")
                    .append(i)
                    .append(".0\nKernel version: ")
                    .append("1".repeat(1000))
                    .append("\nVMware ".repeat(20))
                    .append("\nx:")
                    .append(" ".repeat(500))
                    .append("b\n")
                    .append(i % 50 == 0 ? "z".repeat(PasteBlocks.MAX_LINE + 1) + "\n" : "");
        }
        ProbeResult out = new ProbeResult();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60),
                () ->
                        PasteProbe.ofStream(
                                        new ByteArrayInputStream(
                                                text.toString().getBytes(StandardCharsets.UTF_8)))
                                .probe(out));
        assertThat(out.warnings()).anyMatch(w -> w.contains("500 more outputs were not read"));
        assertThat(out.notes().size()).isLessThanOrEqualTo(ProbeResult.MAX_MESSAGES + 1);
        assertThat(out.warnings())
                .hasSize(ProbeResult.MAX_MESSAGES + 1)
                .last()
                .asString()
                .contains("more warnings left out");
        assertThat(Samples.at(out, "host.wsl.packageVersion").asText()).isEqualTo("2.0.999.0");
    }
}
