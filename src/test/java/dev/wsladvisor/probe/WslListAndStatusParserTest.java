package dev.wsladvisor.probe;

import static dev.wsladvisor.probe.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WslListAndStatusParserTest {

    private static SourceText text(String name, String content) {
        return SourceText.ofFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void listGivesEachDistributionAndTheStarredDefault() {
        ProbeResult out = new ProbeResult();
        WslListParser.parse(Samples.file("software", "wsl-list.txt"), out);
        JsonNode list = at(out, "host.wsl.distributions");
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("name").asText()).isEqualTo("Ubuntu");
        assertThat(list.get(0).path("state").asText()).isEqualTo("Running");
        assertThat(list.get(0).path("version").asInt()).isEqualTo(2);
        assertThat(list.get(0).path("default").asBoolean()).isTrue();
        assertThat(list.get(1).path("default").asBoolean()).isFalse();
    }

    @Test
    void dockerDesktopDistributionMeansWsl2BackendWithoutVersion() {
        ProbeResult out = new ProbeResult();
        WslListParser.parse(Samples.file("software", "wsl-list.txt"), out);
        assertThat(at(out, "host.software.dockerDesktop.backend").asText()).isEqualTo("wsl2");
        assertThat(at(out, "host.software.dockerDesktop.version").isMissingNode()).isTrue();
    }

    @Test
    void listWithoutStarLeavesDefaultUnknown() {
        ProbeResult out = new ProbeResult();
        WslListParser.parse(
                text("wsl-list.txt", "  NAME      STATE      VERSION\n  Ubuntu    Stopped    1\n"),
                out);
        JsonNode entry = at(out, "host.wsl.distributions").get(0);
        assertThat(entry.path("version").asInt()).isEqualTo(1);
        assertThat(entry.has("default")).isFalse();
    }

    @Test
    void listRowThatIsNotADistributionWarnsWithItsLine() {
        ProbeResult out = new ProbeResult();
        WslListParser.parse(
                text(
                        "wsl-list.txt",
                        "  NAME      STATE      VERSION\n* Ubuntu    Running    2\ngarbage here\n"),
                out);
        assertThat(at(out, "host.wsl.distributions")).hasSize(1);
        assertThat(out.warnings()).singleElement().asString().startsWith("wsl-list.txt:3:");
    }

    @Test
    void anUnknownMessageInsteadOfTheListIsAWarningNotACrash() {
        ProbeResult out = new ProbeResult();
        WslListParser.parse(
                text(
                        "wsl-list.txt",
                        "Das Windows-Subsystem für Linux hat keine installierten Distributionen.\n"),
                out);
        assertThat(out.warnings()).singleElement().asString().startsWith("wsl-list.txt:1:");
        assertThat(out.has("host.wsl.distributions")).isFalse();
    }

    @Test
    void newStatusFormatGivesDefaultVersionAndDistribution() {
        ProbeResult out = new ProbeResult();
        WslStatusParser.parse(Samples.file("en-store-wsl", "wsl-status.txt"), out);
        assertThat(at(out, "host.wsl.defaultVersion").asInt()).isEqualTo(2);
        assertThat(at(out, "host.wsl.distributions").get(0).path("name").asText())
                .isEqualTo("openSUSE-Tumbleweed");
        assertThat(at(out, "host.wsl.distributions").get(0).path("default").asBoolean()).isTrue();
    }

    @Test
    void oldStatusFormatAlsoGivesTheRegisteredKernel() {
        ProbeResult out = new ProbeResult();
        WslStatusParser.parse(Samples.file("en-old-status-custom-kernel", "wsl-status.txt"), out);
        assertThat(at(out, "host.wsl.defaultVersion").asInt()).isEqualTo(2);
        assertThat(at(out, "host.wsl.kernelVersion").asText()).isEqualTo("5.10.102.1");
        assertThat(out.provenance().get("host.wsl.kernelVersion")).isEqualTo("wsl-status.txt:7");
        assertThat(out.notes()).anyMatch(n -> n.contains("may differ from the running one"));
    }

    @Test
    void spanishStatusIsReadByShape() {
        ProbeResult out = new ProbeResult();
        WslStatusParser.parse(Samples.file("es-store-wsl", "wsl-status.txt"), out);
        assertThat(at(out, "host.wsl.defaultVersion").asInt()).isEqualTo(2);
        assertThat(at(out, "host.wsl.distributions").get(0).path("name").asText())
                .isEqualTo("Ubuntu2204");
    }

    @Test
    void statusAfterListMarksTheListedDefault() {
        ProbeResult out = new ProbeResult();
        WslListParser.parse(
                text(
                        "wsl-list.txt",
                        "  NAME      STATE      VERSION\n  Ubuntu    Stopped    2\n  Debian    Stopped    1\n"),
                out);
        WslStatusParser.parse(
                text("wsl-status.txt", "Default Distribution: Debian\nDefault Version: 2\n"), out);
        JsonNode list = at(out, "host.wsl.distributions");
        assertThat(list).hasSize(2);
        assertThat(list.get(1).path("default").asBoolean()).isTrue();
        assertThat(list.get(0).has("default")).isFalse();
    }

    @Test
    void statusAnsweredWithHelpIsAnOldInboxWsl() {
        ProbeResult out = new ProbeResult();
        WslStatusParser.parse(Samples.file("en-inbox-wsl", "wsl-version.txt"), out);
        assertThat(at(out, "host.wsl.installed").asBoolean()).isTrue();
        assertThat(out.notes()).anyMatch(n -> n.contains("does not know --status"));
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void noInstalledDistributionsIsAnAnswerNotAWarning() {
        ProbeResult out = new ProbeResult();
        WslListParser.parse(
                SourceText.ofFile(
                        "wsl-list.txt",
                        ("Windows Subsystem for Linux has no installed distributions.\r\n"
                                        + "Distributions can be installed by visiting the Microsoft Store:\r\nhttps://aka.ms/wslstore\r\n")
                                .getBytes(StandardCharsets.UTF_16LE)),
                out);
        assertThat(out.warnings()).isEmpty();
        assertThat(at(out, "host.wsl.installed").asBoolean()).isTrue();
        assertThat(at(out, "host.wsl.distributions").isArray()).isTrue();
        assertThat(at(out, "host.wsl.distributions")).isEmpty();
        assertThat(out.provenance()).containsEntry("host.wsl.distributions", "wsl-list.txt:1");
        assertThat(out.notes()).anyMatch(n -> n.contains("no distribution"));
    }

    @Test
    void windows11StubInTheListMeansNotInstalled() {
        ProbeResult out = new ProbeResult();
        WslListParser.parse(
                text(
                        "wsl-list.txt",
                        "Windows Subsystem for Linux is not installed. You can install by running "
                                + "'wsl.exe --install'.\n"),
                out);
        assertThat(out.warnings()).isEmpty();
        assertThat(at(out, "host.wsl.installed").asBoolean()).isFalse();
        assertThat(at(out, "host.wsl.distributions").isMissingNode()).isTrue();
    }
}
