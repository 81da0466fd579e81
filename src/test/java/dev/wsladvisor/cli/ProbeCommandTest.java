package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsladvisor.probe.HostProbe;
import dev.wsladvisor.probe.LinuxHost;
import dev.wsladvisor.probe.RecordedCommandRunner;
import dev.wsladvisor.usecase.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ProbeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** probe with {@code args} on a machine whose host probe is {@code hostProbe}. */
    private int run(Supplier<HostProbe> hostProbe, String... args) {
        Platform here = Main.platform();
        Platform machine =
                new Platform(
                        here.osName(),
                        here.processors(),
                        here.fileNameEncoding(),
                        here.terminalCharset(),
                        hostProbe);
        String[] line = new String[args.length + 1];
        line[0] = "probe";
        System.arraycopy(args, 0, line, 1, args.length);
        return Main.run(
                line,
                new Console(InputStream.nullInputStream(), false, false, false, Map.of(), machine),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private JsonNode stdoutJson() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    private static Path sample(String sampleCase) {
        try {
            return Path.of(ProbeCommandTest.class.getResource("/probe/" + sampleCase).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain Linux: no WSL kernel, no WSL variables. */
    private static Supplier<HostProbe> plainLinux() {
        LinuxHost host =
                new LinuxHost() {
                    @Override
                    public byte[] read(String path) {
                        return path.endsWith("osrelease")
                                ? "6.1.0-18-amd64\n".getBytes(StandardCharsets.UTF_8)
                                : null;
                    }

                    @Override
                    public boolean exists(String path) {
                        return false;
                    }

                    @Override
                    public Map<String, String> environment() {
                        return Map.of();
                    }
                };
        return () -> new HostProbe("Linux", new RecordedCommandRunner(), host);
    }

    @Test
    void plainLinuxSaysItIsNotWslAndExitsZero() throws IOException {
        int code = run(plainLinux());
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("Linux, but not WSL").contains("--replay");
        JsonNode doc = stdoutJson();
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(doc.has("host")).isFalse();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void realRunOnThisLinuxMachineExitsZeroAndPrintsADocument() throws IOException {
        boolean wsl = System.getenv("WSL_DISTRO_NAME") != null;
        int code = run(Main.platform().hostProbe());
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(stdoutJson().get("schemaVersion").asInt()).isEqualTo(1);
        if (!wsl) {
            assertThat(err.toString()).contains("Linux, but not WSL");
            assertThat(stdoutJson().has("host")).isFalse();
        }
    }

    @Test
    void replayPrintsFactsWithProvenance() throws IOException {
        int code = run(plainLinux(), "--replay", sample("ja-store-wsl").toString());
        assertThat(code).isEqualTo(ExitCode.OK);
        JsonNode doc = stdoutJson();
        assertThat(doc.at("/host/wsl/packageVersion").asText()).isEqualTo("1.0.0.0");
        assertThat(doc.at("/provenance/host.wsl.packageVersion").asText())
                .isEqualTo("wsl-version.txt:1");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void replayOfMissingFolderIsBadInputWithAClearMessage(@TempDir Path tmp) {
        int code = run(plainLinux(), "--replay", tmp.resolve("captured").toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains("captured")
                .contains("does not exist")
                .contains("wsl-version.txt");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unparseableReplayFileWarnsOnStderrAndStillExitsZero(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("uname-r.txt"), "no kernel here\n");
        Files.writeString(
                tmp.resolve("vmware-version.txt"), "VMware Workstation 17.5.2 build-23775571\n");
        int code = run(plainLinux(), "--replay", tmp.toString());
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("warning: uname-r.txt:1:");
        assertThat(stdoutJson().at("/host/software/vmware/version").asText()).isEqualTo("17.5.2");
    }

    @Test
    void outWritesTheDocumentToTheFileKeepingTheOldOneAsABackup(@TempDir Path tmp)
            throws IOException {
        Path file = tmp.resolve("facts.json");
        Files.writeString(file, "old content");
        int code =
                run(
                        plainLinux(),
                        "--replay",
                        sample("es-store-wsl").toString(),
                        "--out",
                        file.toString());
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEmpty();
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertThat(doc.at("/host/wsl/defaultVersion").asInt()).isEqualTo(2);
        try (var files = Files.list(tmp)) {
            Path backup = files.filter(f -> !f.equals(file)).findFirst().orElseThrow();
            assertThat(backup.getFileName().toString()).startsWith("facts.json.bak-");
            assertThat(Files.readString(backup)).isEqualTo("old content");
        }
    }

    @Test
    void outOverOneOfTheReplayInputsIsRefusedAndTheInputIsUntouched(@TempDir Path tmp)
            throws IOException {
        Path captured = Files.createDirectory(tmp.resolve("captured"));
        byte[] cim = Files.readAllBytes(sample("cim").resolve("cim-os.json"));
        Files.write(captured.resolve("cim-os.json"), cim);
        int code =
                run(
                        plainLinux(),
                        "--replay",
                        captured.toString(),
                        "--out",
                        captured.resolve("cim-os.json").toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains("probe --out")
                .contains("cim-os.json")
                .contains("one of the captured outputs")
                .contains(captured.resolve("facts.json").toString());
        assertThat(Files.readAllBytes(captured.resolve("cim-os.json"))).isEqualTo(cim);
        try (var files = Files.list(captured)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void outNamingAnInputThatIsNotThereYetIsRefusedToo(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("uname-r.txt"), "5.15.90.1-microsoft-standard-WSL2\n");
        int code =
                run(
                        plainLinux(),
                        "--replay",
                        tmp.toString(),
                        "--out",
                        tmp.resolve("systeminfo.txt").toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.exists(tmp.resolve("systeminfo.txt"))).isFalse();
    }

    @Test
    void outOverAnInputThroughARelativePathIsRefused(@TempDir Path tmp) throws IOException {
        Path captured = Files.createDirectory(tmp.resolve("captured"));
        Files.writeString(
                captured.resolve("wsl-list.txt"), "  NAME STATE VERSION\n* Ubuntu Running 2\n");
        int code =
                run(
                        plainLinux(),
                        "--replay",
                        captured.toString(),
                        "--out",
                        captured.resolve("../captured/./wsl-list.txt").toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.readString(captured.resolve("wsl-list.txt"))).startsWith("  NAME");
    }

    @Test
    void outBesideTheInputsInTheReplayFolderIsAllowed(@TempDir Path tmp) throws IOException {
        Files.write(
                tmp.resolve("cim-os.json"),
                Files.readAllBytes(sample("cim").resolve("cim-os.json")));
        int code =
                run(
                        plainLinux(),
                        "--replay",
                        tmp.toString(),
                        "--out",
                        tmp.resolve("facts.json").toString());
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(
                        new ObjectMapper()
                                .readTree(tmp.resolve("facts.json").toFile())
                                .at("/host/os/build")
                                .isInt())
                .isTrue();
    }

    @Test
    void outIntoAMissingFolderIsBadInput(@TempDir Path tmp) {
        int code = run(plainLinux(), "--out", tmp.resolve("no/such/dir/facts.json").toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains("probe --out: ", "no/such/dir/facts.json: the folder ", "does not exist");
    }

    @Test
    void helpTeachesWithRealInvocations() {
        int code = run(plainLinux(), "--help");
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString())
                .contains("wsl-advisor probe --replay captured/ --out facts.json")
                .contains("--replay=DIR")
                .contains("--out=FILE")
                .contains("json");
    }

    @Test
    void unknownFormatIsBadInput() {
        int code = run(plainLinux(), "--format", "yaml");
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void pasteReadsAWholeTicketIntoOneDocument() throws IOException {
        int code =
                run(plainLinux(), "--paste", sample("pastes/01-ticket-store-wsl.txt").toString());
        assertThat(code).isZero();
        JsonNode doc = stdoutJson();
        assertThat(doc.at("/host/wsl/packageVersion").asText()).isEqualTo("1.2.5.0");
        assertThat(doc.at("/provenance/host.wsl.packageVersion").asText())
                .endsWith(":5 (block 2, lines 5-11)");
    }

    @Test
    void pasteDashReadsStandardInput() throws IOException {
        CliRun run =
                CliRun.runWith(
                        "$ uname -r\n5.15.90.1-microsoft-standard-WSL2\n",
                        Map.of(),
                        false,
                        "probe",
                        "--paste",
                        "-");
        assertThat(run.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.at("/host/wsl/currentDistribution/version").asInt()).isEqualTo(2);
        assertThat(doc.at("/provenance/host.wsl.kernelVersion").asText())
                .isEqualTo("<stdin>:2 (block 1, lines 2-2)");
    }

    @Test
    void anEmptyReplayPathIsBadInputNotTheCurrentFolder() {
        CliRun run = CliRun.run("probe", "--replay", "");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("--replay", "the file name is empty")
                .doesNotContain("Exception");
    }

    @Test
    void replayAndPasteTogetherIsBadInput() {
        CliRun run =
                CliRun.run(
                        "probe", "--replay", sample("es-store-wsl").toString(), "--paste", "x.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("one source of host facts");
    }

    @Test
    void aMissingPasteFileIsBadInputWithOneMessage() {
        CliRun run = CliRun.run("probe", "--paste", "no-such-ticket.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("no-such-ticket.txt: no such file");
    }

    @Test
    void adviseAndAskTakeAPasteToo() {
        String paste = sample("pastes/04-inside-a-wsl1-distribution.txt").toString();
        CliRun advise = CliRun.run("advise", "--paste", paste, "--format", "json");
        assertThat(advise.exitCode()).isZero();
        assertThat(advise.out()).contains("current-distribution-runs-wsl1");
        CliRun ask = CliRun.runWith("", Map.of(), false, "ask", "--paste", paste);
        assertThat(ask.exitCode()).isZero();
        assertThat(ask.out()).contains("runs under WSL1");
        CliRun askStdin = CliRun.run("ask", "--paste", "-");
        assertThat(askStdin.exitCode()).isEqualTo(2);
        assertThat(askStdin.err()).contains("--paste cannot be '-'");
    }
}
