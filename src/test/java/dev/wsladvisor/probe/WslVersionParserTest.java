package dev.wsladvisor.probe;

import static dev.wsladvisor.probe.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WslVersionParserTest {

    private static ProbeResult parse(String sampleCase) {
        ProbeResult out = new ProbeResult();
        WslVersionParser.parse(Samples.file(sampleCase, "wsl-version.txt"), out);
        return out;
    }

    @Test
    void englishUtf16WithoutBomGivesPackageKernelAndWindowsBuild() {
        ProbeResult out = parse("en-store-wsl");
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("1.2.5.0");
        assertThat(at(out, "host.wsl.kernelVersion").asText()).isEqualTo("5.15.90.1");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(19045);
        assertThat(at(out, "host.os.revision").asInt()).isEqualTo(3393);
        assertThat(out.provenance())
                .containsEntry("host.wsl.packageVersion", "wsl-version.txt:1")
                .containsEntry("host.os.build", "wsl-version.txt:7");
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void spanishLabelsAreReadByLinePosition() {
        ProbeResult out = parse("es-store-wsl");
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("2.6.3.0");
        assertThat(at(out, "host.wsl.kernelVersion").asText()).isEqualTo("6.6.87.2-1");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(26100);
        assertThat(at(out, "host.os.revision").asInt()).isEqualTo(7840);
    }

    @Test
    void japaneseUtf16WithBomGivesTheSameFacts() {
        ProbeResult out = parse("ja-store-wsl");
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("1.0.0.0");
        assertThat(at(out, "host.wsl.kernelVersion").asText()).isEqualTo("5.15.74.2");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(19045);
        assertThat(at(out, "host.os.revision").asInt()).isEqualTo(2311);
    }

    @Test
    void chineseWithShortWindowsLabelGivesBuild() {
        ProbeResult out = parse("zh-store-wsl");
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("2.5.7.0");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(19045);
        assertThat(at(out, "host.os.revision").asInt()).isEqualTo(5854);
    }

    @Test
    void portugueseCopyFullOfNulsIsStillRead() {
        ProbeResult out = parse("pt-stray-nuls");
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("2.7.12.0");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(22631);
    }

    @Test
    void inboxWslHelpTextMeansInstalledWithoutPackageVersion() {
        ProbeResult out = parse("en-inbox-wsl");
        assertThat(at(out, "host.wsl.installed").asBoolean()).isTrue();
        assertThat(at(out, "host.wsl.packageVersion").isMissingNode()).isTrue();
        assertThat(out.notes()).anyMatch(n -> n.contains("inbox WSL"));
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void unrelatedTextWarnsWithFileAndLine() {
        ProbeResult out = new ProbeResult();
        WslVersionParser.parse(
                SourceText.ofFile(
                        "wsl-version.txt", "\nhello world\n".getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(out.warnings()).singleElement().asString().startsWith("wsl-version.txt:2:");
        assertThat(out.toDocument().has("host")).isFalse();
    }

    @Test
    void windows11StubThatOffersInstallMeansNotInstalled() {
        ProbeResult out = new ProbeResult();
        WslVersionParser.parse(
                SourceText.ofFile(
                        "wsl-version.txt",
                        ("Windows Subsystem for Linux is not installed. You can install by "
                                        + "running 'wsl.exe --install'.\r\nFor more information please visit https://aka.ms/wslinstall\r\n")
                                .getBytes(StandardCharsets.UTF_16LE)),
                out);
        assertThat(at(out, "host.wsl.installed").asBoolean()).isFalse();
        assertThat(out.notes()).noneMatch(n -> n.contains("inbox WSL"));
    }

    @Test
    void inboxErrorWithoutHelpAlsoMeansInboxWsl() {
        ProbeResult out = new ProbeResult();
        WslVersionParser.parse(
                SourceText.ofFile(
                        "wsl-version.txt",
                        "Opción de línea de comandos no válida: --version\r\n"
                                .getBytes(StandardCharsets.UTF_16LE)),
                out);
        assertThat(at(out, "host.wsl.installed").asBoolean()).isTrue();
        assertThat(at(out, "host.wsl.packageVersion").isMissingNode()).isTrue();
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void germanPasteCutAfterTheFirstLineStillGivesThePackageVersion() {
        ProbeResult out = new ProbeResult();
        WslVersionParser.parse(
                SourceText.ofFile(
                        "wsl-version.txt",
                        "WSL-Version: 2.5.10.0\n<<< SNIP >>>\n".getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("2.5.10.0");
        assertThat(out.warnings()).isNotEmpty().allMatch(w -> w.startsWith("wsl-version.txt:2:"));
        assertThat(out.warnings()).anyMatch(w -> w.contains("Windows version"));
    }

    @Test
    void sixLinesWithoutMsrdcStillGiveTheWindowsBuildFromItsPattern() {
        ProbeResult out = parse("en-wsl-version-six-lines");
        assertThat(at(out, "host.wsl.kernelVersion").asText()).isEqualTo("5.15.167.4-1");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(22631);
        assertThat(at(out, "host.os.revision").asInt()).isEqualTo(4652);
        assertThat(out.provenance()).containsEntry("host.os.build", "wsl-version.txt:6");
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void anExtraLineBeforeTheWindowsLineDoesNotHideIt() {
        ProbeResult out = parse("en-wsl-version-extra-line");
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(22631);
        assertThat(at(out, "host.os.revision").asInt()).isEqualTo(4652);
        assertThat(out.provenance()).containsEntry("host.os.build", "wsl-version.txt:8");
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void dxCoreVersionIsNotTakenForTheWindowsVersion() {
        ProbeResult out = new ProbeResult();
        WslVersionParser.parse(
                SourceText.ofFile(
                        "wsl-version.txt",
                        ("WSL version: 2.3.26.0\nKernel version: 5.15.167.4-1\n"
                                        + "DXCore version: 10.0.26100.1-240331-1435.ge-release\n")
                                .getBytes(StandardCharsets.UTF_8)),
                out);
        assertThat(at(out, "host.os.build").isMissingNode()).isTrue();
        assertThat(out.warnings())
                .singleElement()
                .asString()
                .startsWith("wsl-version.txt:3:")
                .contains("Windows version");
    }

    @Test
    void truncatedUtf16CaptureWarnsThatTheWindowsVersionIsMissing() {
        ProbeResult out = parse("en-wsl-version-truncated");
        assertThat(at(out, "host.wsl.packageVersion").asText()).isEqualTo("2.3.26.0");
        assertThat(at(out, "host.os.build").isMissingNode()).isTrue();
        assertThat(out.warnings())
                .singleElement()
                .asString()
                .startsWith("wsl-version.txt:6:")
                .contains("Windows version")
                .contains("wsl --version > wsl-version.txt");
    }

    @Test
    void localizedLabelsAreIgnoredWhateverTheLineCount() {
        ProbeResult out = new ProbeResult();
        WslVersionParser.parse(
                SourceText.ofFile(
                        "wsl-version.txt",
                        ("WSL バージョン: 2.3.26.0\r\nカーネル バージョン: 5.15.167.4-1\r\n"
                                        + "WSLg バージョン: 1.0.65\r\nDirect3D バージョン: 1.611.1-81528511\r\n"
                                        + "Windowsバージョン: 10.0.22631.4652\r\n")
                                .getBytes(StandardCharsets.UTF_16LE)),
                out);
        assertThat(at(out, "host.os.build").asInt()).isEqualTo(22631);
        assertThat(out.provenance()).containsEntry("host.os.build", "wsl-version.txt:5");
        assertThat(out.warnings()).isEmpty();
    }
}
