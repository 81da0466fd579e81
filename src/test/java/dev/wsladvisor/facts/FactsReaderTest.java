package dev.wsladvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsReaderTest {

    private static FactsDocument parse(String json) {
        return new FactsReader(false).parse(json.getBytes(StandardCharsets.UTF_8), "host.json");
    }

    private static String errorOf(String json) {
        try {
            parse(json);
        } catch (UserInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected an error for " + json);
    }

    @Test
    void absentAndNullFactsAreUnknownNotFalse() {
        FactsDocument doc =
                parse("{\"answers\": {\"docker\": null}, \"host\": {\"hardware\": {}}}");
        assertThat(doc.answers().getDocker()).isNull();
        assertThat(doc.hardware().getSlat()).isNull();
        assertThat(doc.isKnown("answers.docker")).isFalse();
        assertThat(doc.describe("answers.docker")).isEqualTo("answers.docker unknown");
    }

    @Test
    void everyContractFieldIsRead() {
        FactsDocument doc =
                parse(
                        """
                {"schemaVersion": 1, "id": "LAPTOP-0042",
                 "host": {"os": {"edition": "Pro", "build": 19045, "revision": 4894, "displayVersion": "22H2", "architecture": "x64"},
                   "hardware": {"memoryMb": 16384, "logicalProcessors": 8, "virtualizationFirmwareEnabled": true, "slat": true,
                     "hypervisorPresent": false, "isVirtualMachine": false, "nestedVirtualization": null, "vmHost": null, "diskFreeGb": 120.5},
                   "features": {"virtualMachinePlatform": "disabled", "windowsSubsystemForLinux": "enabled", "hyperV": "absent",
                     "windowsHypervisorPlatform": "enable-pending"},
                   "wsl": {"installed": true, "packageVersion": "2.3.26.0", "kernelVersion": "5.15.167.4-1", "defaultVersion": 2,
                     "distributions": [{"name": "Ubuntu", "version": 2, "state": "Stopped", "default": true}]},
                   "software": {"virtualBox": {"version": "6.0.24"}, "vmware": {"product": "Workstation Pro", "version": "15.5.1"},
                     "dockerDesktop": {"version": "4.30.0", "backend": "wsl2"}, "otherHypervisors": ["haxm"]}},
                 "answers": {"docker": true, "projectLocation": "windows", "windowsFsHeavyIo": true, "fileWatching": false,
                   "guiApps": false, "gpuCompute": false, "serialPort": false, "usbDevices": false, "systemd": false,
                   "kernelFeatures": false, "vpn": false, "lanAccess": false, "memoryTight": false, "fastStartup": false,
                   "otherHypervisorVms": true, "windowsToolsOnSameFiles": false,
                   "errors": ["WslRegisterDistribution failed with error: 0x80370102"]}}
                """);
        assertThat(doc.warnings()).isEmpty();
        assertThat(doc.id()).isEqualTo("LAPTOP-0042");
        assertThat(doc.os().getBuild()).isEqualTo(19045);
        assertThat(doc.os().getEditionKind()).isEqualTo("pro");
        assertThat(doc.hardware().getDiskFreeGb()).isEqualTo(120.5);
        assertThat(doc.features().getWindowsHypervisorPlatform()).isEqualTo("enable-pending");
        assertThat(doc.wsl().getDistributions())
                .singleElement()
                .satisfies(d -> assertThat(d.getDefaultDistribution()).isTrue());
        assertThat(doc.products())
                .extracting(Product::getName)
                .containsExactly("virtualBox", "vmware", "dockerDesktop", "haxm");
        assertThat(doc.answers().getOtherHypervisorVms()).isTrue();
        assertThat(doc.ruleFacts()).hasAtLeastOneElementOfType(ReportedError.class);
    }

    @Test
    void unknownFieldGetsDidYouMeanWithTheWholePath() {
        FactsDocument doc = parse("{\"hots\": {\"os\": {\"build\": 19045}}}");
        assertThat(doc.warnings())
                .singleElement()
                .asString()
                .contains("host.json:1:10")
                .contains("unknown field hots.os")
                .contains("did you mean host.os?");
    }

    @Test
    void misspeltAnswerIsNamedWithItsNeighbour() {
        FactsDocument doc = parse("{\"answers\": {\"dockr\": true}}");
        assertThat(doc.warnings())
                .singleElement()
                .asString()
                .contains("answers.dockr")
                .contains("did you mean answers.docker?");
    }

    @Test
    void strictTurnsUnknownFieldsIntoErrors() {
        assertThatThrownBy(
                        () ->
                                new FactsReader(true)
                                        .parse(
                                                "{\"answers\": {\"dockr\": true}}"
                                                        .getBytes(StandardCharsets.UTF_8),
                                                "f.json"))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining(
                        "f.json:1:23: unknown field answers.dockr: did you mean answers.docker?")
                .hasMessageContaining("--strict");
    }

    @Test
    void strictNamesEveryUnknownFieldAtOnce() {
        assertThatThrownBy(
                        () ->
                                new FactsReader(true)
                                        .parse(
                                                "{\"answers\": {\"dockr\": true, \"gui\": true}, \"hots\": {}}"
                                                        .getBytes(StandardCharsets.UTF_8),
                                                "f.json"))
                .hasMessageContaining("answers.dockr")
                .hasMessageContaining("answers.gui")
                .hasMessageContaining("hots");
    }

    @Test
    void wrongTypeNamesPathLineColumnExpectedAndFound() {
        String message = errorOf("{\n  \"host\": {\"os\": {\"build\": \"abc\"}}\n}");
        assertThat(message)
                .startsWith(
                        "host.json:2:28: host.os.build: expected an integer from 7600 to 99999, found the string \"abc\"");
    }

    @Test
    void quotedNumberSuggestsWritingItWithoutQuotes() {
        assertThat(errorOf("{\"host\": {\"os\": {\"build\": \"19045\"}}}"))
                .contains("Write the number without quotes: 19045");
    }

    @Test
    void outOfRangeValueIsAnError() {
        assertThat(errorOf("{\"host\": {\"hardware\": {\"memoryMb\": 0}}}"))
                .contains(
                        "host.hardware.memoryMb: expected an integer >= 1, found 0 (out of range)");
        assertThat(errorOf("{\"host\": {\"wsl\": {\"defaultVersion\": 3}}}"))
                .contains("host.wsl.defaultVersion: expected 1 or 2, found 3");
        assertThat(errorOf("{\"host\": {\"os\": {\"build\": 19045.5}}}")).contains("host.os.build");
    }

    @Test
    void enumValuesAreMatchedIgnoringCaseAndMisspellingsSuggested() {
        assertThat(
                        parse("{\"host\": {\"os\": {\"architecture\": \"X64\"}}}")
                                .os()
                                .getArchitecture())
                .isEqualTo("x64");
        assertThat(errorOf("{\"host\": {\"features\": {\"hyperV\": \"enabeld\"}}}"))
                .contains(
                        "host.features.hyperV: expected one of enabled, disabled, absent, enable-pending")
                .contains("Did you mean \"enabled\"?");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertThat(errorOf("{\n  \"answers\": {\"docker\": true,}\n}"))
                .startsWith("host.json:2:")
                .contains("malformed JSON");
    }

    @Test
    void duplicateFieldIsAnErrorNamingItsPath() {
        assertThat(errorOf("{\"answers\": {\"docker\": true, \"docker\": false}}"))
                .contains("answers.docker is given twice in the same object. Keep one of them.")
                .doesNotContain("brackets");
    }

    @Test
    void emptyInputSaysWhatAFactsDocumentLooksLike() {
        assertThat(errorOf("  \n")).contains("empty").contains("{\"answers\"");
    }

    @Test
    void documentMustBeAnObject() {
        assertThat(errorOf("[1, 2]")).contains("must be a JSON object");
    }

    @Test
    void binaryGarbageIsRefusedClearly() {
        byte[] garbage = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2};
        assertThatThrownBy(() -> new FactsReader(false).parse(garbage, "img.png"))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("img.png: the file holds binary data");
    }

    @Test
    void utf16IsRefusedWithHowToSaveAsUtf8() {
        byte[] utf16 = "\uFEFF{}".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> new FactsReader(false).parse(utf16, "ps.json"))
                .hasMessageContaining("UTF-16")
                .hasMessageContaining("-Encoding utf8");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedToo() {
        byte[] utf16 = "{\"answers\": {}}".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> new FactsReader(false).parse(utf16, "ps.json"))
                .hasMessageContaining("UTF-16 encoded, without a byte order mark")
                .hasMessageContaining("-Encoding utf8");
    }

    @Test
    void invalidUtf8IsPlacedByLineAndColumn() {
        byte[] latin1 =
                "{\"answers\":\n  {\"projectLocation\": \"caf\u00e9\"}}"
                        .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new FactsReader(false).parse(latin1, "host.json"))
                .hasMessage(
                        "host.json:2:27: not valid UTF-8 text (byte 0xe9). Save it as UTF-8 and try again.");
    }

    @Test
    void malformedJsonIsExplainedWithoutTheParsersInternals() {
        String comment = errorOf("{\"answers\": {// mine\n\"docker\": true}}");
        assertThat(comment)
                .contains(
                        "host.json:1:14: malformed JSON in answers: a comment, and JSON has none");
        assertThat(errorOf("{\"answers\": {\"docker\": NaN}}"))
                .contains("in answers.docker: NaN and Infinity are not JSON numbers");
        assertThat(errorOf("{\"id\": \"x\", \"host\": [}"))
                .contains("malformed JSON in host:")
                .contains("starting at host.json:1:21");
        assertThat(errorOf("{\"answers\": {\"docker\": true}"))
                .contains("it starts at host.json:1:1");
        assertThat(errorOf("[".repeat(1001) + "]".repeat(1001))).contains("nested too deeply");
        for (String bad :
                new String[] {
                    "{\"a\": NaN}",
                    "{\"a\": 1 // x\n}",
                    "{\"id\": [}",
                    "{\"answers\": {\"docker\": true}",
                    "[".repeat(1001) + "]".repeat(1001),
                    "{'a': 1}",
                    "{\"a\": tru}"
                }) {
            assertThat(errorOf(bad))
                    .as(bad)
                    .doesNotContain(
                            "REDACTED",
                            "Feature",
                            "JsonReadFeature",
                            "StreamReadConstraints",
                            "Source:",
                            "ALLOW_");
        }
    }

    @Test
    void windowsOwnNameForAnArchitectureGetsTheContractsName() {
        assertThat(errorOf("{\"host\": {\"os\": {\"architecture\": \"AMD64\"}}}"))
                .contains("\"AMD64\" is what other tools call \"x64\": write \"x64\".")
                .doesNotContain("arm64\"?");
        assertThat(errorOf("{\"host\": {\"os\": {\"architecture\": \"aarch64\"}}}"))
                .contains("write \"arm64\"");
    }

    @Test
    void wholeNumbersBeyondJavasIntAreRefusedNotWrappedAround() {
        assertThat(errorOf("{\"host\": {\"hardware\": {\"memoryMb\": 2147483648}}}"))
                .contains(
                        "host.hardware.memoryMb",
                        "found 2147483648 (too large: at most 2147483647)");
        assertThat(errorOf("{\"host\": {\"os\": {\"build\": 19045, \"revision\": 4294967296}}}"))
                .contains("host.os.revision");
        assertThat(errorOf("{\"host\": {\"hardware\": {\"memoryMb\": 1e400}}}"))
                .contains("too large");
        assertThat(
                        new FactsReader(false)
                                .parse(
                                        "{\"host\": {\"hardware\": {\"memoryMb\": 2147483647}}}"
                                                .getBytes(StandardCharsets.UTF_8),
                                        "host.json")
                                .hardware()
                                .getMemoryMb())
                .isEqualTo(2147483647);
    }

    @Test
    void utf8ByteOrderMarkIsTolerated() {
        byte[] bom = ("\uFEFF{\"answers\": {\"docker\": true}}").getBytes(StandardCharsets.UTF_8);
        assertThat(new FactsReader(false).parse(bom, "bom.json").answers().getDocker()).isTrue();
    }

    @Test
    void unsupportedSchemaVersionIsAnError() {
        assertThat(errorOf("{\"schemaVersion\": 2}")).contains("schemaVersion").contains("found 2");
    }

    @Test
    void fileOverTenMebibytesIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        try (var out = Files.newOutputStream(huge)) {
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write(
                    ' '); // one byte over: "10 MiB; limited to 10 MiB" would not say what is wrong
        }
        assertThatThrownBy(
                        () ->
                                new FactsReader(false)
                                        .read(huge.toString(), InputStream.nullInputStream()))
                .hasMessageContaining("10.0 MiB (10485761 bytes)")
                .hasMessageContaining("limited to 10 MiB");
    }

    @Test
    void standardInputIsReadForDash() {
        var in =
                new ByteArrayInputStream(
                        "{\"answers\": {\"vpn\": true}}".getBytes(StandardCharsets.UTF_8));
        assertThat(new FactsReader(false).read("-", in).answers().getVpn()).isTrue();
    }

    @Test
    void missingFileSaysSo() {
        assertThatThrownBy(
                        () ->
                                new FactsReader(false)
                                        .read("no/such.json", InputStream.nullInputStream()))
                .hasMessageContaining("no/such.json: no such file");
    }

    @Test
    void probeProvenanceIsAccepted() {
        FactsDocument doc =
                parse(
                        "{\"provenance\": {\"host.os.build\": \"systeminfo.txt:4\"}, \"probeNotes\": [\"x\"]}");
        assertThat(doc.warnings()).isEmpty();
    }

    private interface InputStream {
        static java.io.InputStream nullInputStream() {
            return java.io.InputStream.nullInputStream();
        }
    }
}
