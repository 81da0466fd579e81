package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.support.FixtureEngine;
import dev.wsladvisor.usecase.WslconfigServices;
import dev.wsladvisor.wslconfig.lint.WslConfigRuleEngine;
import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WslconfigCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String recommendation = "WSL2";
    private List<SuggestedSetting> settings =
            List.of(
                    new SuggestedSetting(
                            "wsl2",
                            "memory",
                            "10GB",
                            "Docker needs more than half of 16GB",
                            "https://x",
                            "r1"),
                    new SuggestedSetting(
                            "experimental",
                            "autoMemoryReclaim",
                            "gradual",
                            "gives memory back",
                            "https://y",
                            "r2"));

    private int run(String... args) {
        WslconfigServices services =
                new WslconfigServices() {
                    @Override
                    public WslConfigRuleEngine engine(List<Path> ruleDirs) {
                        return new FixtureEngine();
                    }

                    @Override
                    public HostFacts hostFacts(String factsFile) {
                        return new HostFacts(List.of(), List.of());
                    }

                    @Override
                    public Suggestions suggest(String factsFile, List<Path> ruleDirs) {
                        return new Suggestions(
                                recommendation,
                                "WSL2".equals(recommendation) ? settings : List.of());
                    }

                    @Override
                    public Clock clock() {
                        return Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
                    }
                };
        CommandLine cmd =
                new CommandLine(
                        new WslconfigCommand(
                                services,
                                new Console(InputStream.nullInputStream(), false, Map.of())));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        // the root command maps UserInputException to exit 2 the same way
        cmd.setExecutionExceptionHandler(
                (e, c, p) -> {
                    if (e instanceof UserInputException) {
                        c.getErr().println("wsl-advisor: " + e.getMessage());
                        return ExitCode.BAD_INPUT;
                    }
                    throw e;
                });
        return cmd.execute(args);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void lintExitsOneOnErrorsAndPrintsLineAndFix() throws Exception {
        Path f = file(".wslconfig", "[wsl2]\nmemroy=8GB\n");
        assertThat(run("lint", f.toString())).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(out.toString())
                .contains(f + ":2:1: error: Unknown key 'wsl2.memroy'")
                .contains("fix: did you mean memory?");
    }

    @Test
    void lintOfACleanFileExitsZero() throws Exception {
        Path f = file(".wslconfig", "[wsl2]\nmemory=8GB\n");
        assertThat(run("lint", f.toString())).isZero();
        assertThat(out.toString()).contains("no problems found");
    }

    @Test
    void lintSpeaksJsonAndSarif() throws Exception {
        Path f = file(".wslconfig", "[wsl2]\nmemory=8gb\n");
        run("lint", f.toString(), "--format", "json");
        assertThat(out.toString()).contains("\"severity\" : \"error\"").contains("\"line\" : 2");
        out.getBuffer().setLength(0);
        run("lint", f.toString(), "--format", "sarif");
        assertThat(out.toString())
                .contains("\"version\" : \"2.1.0\"")
                .contains("\"startLine\" : 2")
                .contains("\"startColumn\" : 1");
    }

    @Test
    void twoFilesMakeOneJsonDocument() throws Exception {
        Path f = file(".wslconfig", "[wsl2]\nmemory=8GB\n");
        Path conf = file("wsl.conf", "[wsl2]\nmemory=4GB\n");
        run("lint", f.toString(), "--wsl-conf", conf.toString(), "--format", "json");
        com.fasterxml.jackson.databind.JsonNode root =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(root.get("files")).hasSize(2);
        assertThat(root.get("files").get(1).get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void lintChecksWslConfToo() throws Exception {
        Path conf = file("wsl.conf", "[boot]\nsystemd=true\n[wsl2]\nmemory=4GB\n");
        assertThat(run("lint", "--wsl-conf", conf.toString())).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(out.toString()).contains("[wsl2] is a .wslconfig section");
    }

    @Test
    void aMissingFileIsBadInputWithoutAStackTrace() {
        assertThat(run("lint", dir.resolve("nope").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("no such file").doesNotContain("Exception");
    }

    @Test
    void explainPrintsWhatTheCatalogueKnows() {
        assertThat(run("explain", "memory")).isZero();
        assertThat(out.toString())
                .contains("[wsl2] memory")
                .contains("50% of total physical memory");
        assertThat(run("explain", "memroy")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("did you mean memory?");
    }

    @Test
    void suggestPrintsACompleteFileOrSaysWsl1NeedsNone() {
        assertThat(run("suggest", "--facts", "f.json")).isZero();
        assertThat(out.toString())
                .isEqualTo(
                        "[wsl2]\n# Docker needs more than half of 16GB\nmemory=10GB\n\n"
                                + "[experimental]\n# gives memory back\nautoMemoryReclaim=gradual\n");
        out.getBuffer().setLength(0);
        recommendation = "WSL1";
        run("suggest", "--facts", "f.json");
        assertThat(out.toString()).contains("WSL1 is recommended").contains("nothing to set");
    }

    @Test
    void applyDryRunShowsTheDiffAndTouchesNothing() throws Exception {
        Path f = file(".wslconfig", "# mine\n[wsl2]\nmemory=4 GB # old\n");
        assertThat(run("apply", "--facts", "f.json", "--file", f.toString(), "--dry-run")).isZero();
        assertThat(out.toString())
                .contains("-memory=4 GB # old")
                .contains("+memory=10GB # old")
                .contains("Dry run");
        assertThat(Files.readString(f)).isEqualTo("# mine\n[wsl2]\nmemory=4 GB # old\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void applyBacksUpWritesAndASecondApplyChangesNothing() throws Exception {
        Path f = file(".wslconfig", "# mine\r\n[wsl2]\r\nmemory=4GB\r\nfoo=bar\r\n");
        assertThat(run("apply", "--facts", "f.json", "--file", f.toString())).isZero();
        assertThat(Files.readString(f))
                .isEqualTo(
                        "# mine\r\n[wsl2]\r\nmemory=4GB\r\nfoo=bar\r\n\r\n"
                                + "[experimental]\r\nautoMemoryReclaim=gradual\r\n");
        assertThat(out.toString())
                .contains("Kept your memory=4GB (line 3) instead of the suggested memory=10GB");
        assertThat(Files.readString(dir.resolve(".wslconfig.bak-20260304-050607")))
                .isEqualTo("# mine\r\n[wsl2]\r\nmemory=4GB\r\nfoo=bar\r\n");
        assertThat(out.toString()).contains("wsl --shutdown");
        out.getBuffer().setLength(0);
        assertThat(run("apply", "--facts", "f.json", "--file", f.toString())).isZero();
        assertThat(out.toString()).contains("nothing to change");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).as("no second backup").isEqualTo(2);
        }
    }

    @Test
    void applyLeavesOtherProblemsAloneButPointsThemOut() throws Exception {
        Path f = file(".wslconfig", "[wsl2]\nmemroy=8GB\n");
        assertThat(run("apply", "--facts", "f.json", "--file", f.toString())).isZero();
        assertThat(Files.readString(f)).startsWith("[wsl2]\nmemroy=8GB\nmemory=10GB\n");
        assertThat(out.toString()).contains("1 other line(s)");
    }

    @Test
    void applyRefusesAUtf16FileAndSaysWhichAndHowToFix() throws Exception {
        Path f = dir.resolve(".wslconfig");
        Files.write(f, "\uFEFF[wsl2]\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(run("apply", "--facts", "f.json", "--file", f.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains(f.toString())
                .contains("UTF-16")
                .contains("save it as UTF-8");
    }

    @Test
    void applyCreatesAMissingFile() throws Exception {
        Path f = dir.resolve("new.wslconfig");
        assertThat(run("apply", "--facts", "f.json", "--file", f.toString())).isZero();
        assertThat(Files.readString(f)).contains("[wsl2]").contains("memory=10GB");
    }

    @Test
    void applyWithoutFileOffWindowsAsksForIt() {
        org.junit.jupiter.api.Assumptions.assumeFalse(
                System.getProperty("os.name").startsWith("Windows"));
        assertThat(run("apply", "--facts", "f.json")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--file PATH is required");
    }

    @Test
    void helpTeachesWithExamples() {
        assertThat(run("apply", "--help")).isZero();
        assertThat(out.toString())
                .contains("wsl-advisor wslconfig apply --facts facts.json --dry-run");
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void applyKeepsBytesThatAreNotUtf8OnEditedAndUneditedLines() throws Exception {
        Path f = dir.resolve(".wslconfig");
        Files.write(f, bytes("[wsl2]\nmemory=4gb # caf\u00e9\n# d\u00e9j\u00e0 vu"));
        assertThat(run("apply", "--facts", "f.json", "--file", f.toString())).isZero();
        assertThat(Files.readAllBytes(f))
                .isEqualTo(
                        bytes(
                                "[wsl2]\nmemory=10GB # caf\u00e9\n# d\u00e9j\u00e0 vu\n\n"
                                        + "[experimental]\nautoMemoryReclaim=gradual\n"));
    }

    /**
     * Issue 18: apply on a 100,000-line file ran out of memory in its diff. Past the stated line
     * limit it is refused with one message and the file kept; at the limit the diff and merge
     * finish quickly.
     */
    @Test
    void applyOnHugeFilesIsBoundedOrRefusedWithOneMessage() throws Exception {
        Path huge = file(".wslconfig", "[wsl2]\nmemory=4gb\n" + "# filler\n".repeat(100_000));
        byte[] before = Files.readAllBytes(huge);
        assertThat(run("apply", "--facts", "f.json", "--file", huge.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .isEqualTo(
                        "wsl-advisor: "
                                + huge
                                + ": has 100,002 lines, more than the 10,000 a WSL"
                                + " config file may have here (at most 1 MiB, 10,000 lines and 16,384 characters a line); check the path\n");
        assertThat(Files.readAllBytes(huge)).isEqualTo(before);

        Path big = file("big.wslconfig", "[wsl2]\nmemory=4gb\n" + "# filler\n".repeat(9_990));
        int code =
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        java.time.Duration.ofSeconds(20),
                        () ->
                                run(
                                        "apply",
                                        "--facts",
                                        "f.json",
                                        "--file",
                                        big.toString(),
                                        "--dry-run"));
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("-memory=4gb\n+memory=10GB\n")
                .contains("+autoMemoryReclaim=gradual");
    }

    @Test
    void applyRefusesAFileThatIsNotText() throws Exception {
        Path f = dir.resolve(".wslconfig");
        byte[] junk = new byte[600];
        new java.util.Random(7).nextBytes(junk);
        Files.write(f, junk);
        assertThat(run("apply", "--facts", "f.json", "--file", f.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(f.toString()).contains("not a text config file");
        assertThat(out.toString()).doesNotContain("Wrote");
        assertThat(Files.readAllBytes(f)).isEqualTo(junk);
    }

    @Test
    void lintOfAFileThatIsNotTextSaysSoInsteadOfGuessingKeys() throws Exception {
        Path f = dir.resolve("junk.bin");
        byte[] junk = new byte[600];
        new java.util.Random(11).nextBytes(junk);
        Files.write(f, junk);
        assertThat(run("lint", f.toString())).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(out.toString())
                .contains("not a text config file")
                .contains("[wslconfig-not-text]")
                .doesNotContain("did you mean");
    }

    @Test
    void applyDoesNotBringALineWslDropsBackToLifeByEndingIt() throws Exception {
        for (String text :
                List.of(
                        "[wsl2]\nswap=0\nkernelCommandLine=vsyscall=emulate\\",
                        "[wsl2]\nswap=0\nmemory=4GB\\")) {
            Path f = file(".wslconfig", text);
            err.getBuffer().setLength(0);
            assertThat(run("apply", "--facts", "f.json", "--file", f.toString()))
                    .as(text)
                    .isEqualTo(ExitCode.BAD_INPUT);
            assertThat(err.toString()).contains("line 3").contains("backslash");
            assertThat(Files.readString(f)).isEqualTo(text);
        }
    }

    @Test
    void applyDiffShowsAMissingFinalNewline() throws Exception {
        Path f = file(".wslconfig", "[wsl2]\nmemory=4GB\n# end");
        assertThat(run("apply", "--facts", "f.json", "--file", f.toString(), "--dry-run")).isZero();
        assertThat(out.toString())
                .contains("-# end\n\\ No newline at end of file\n")
                .contains("\n+# end\n");
    }

    @Test
    void aWindowsPathOffWindowsIsRefusedWithThePathToUseInstead() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(
                System.getProperty("os.name").startsWith("Windows"));
        String windows = "C:\\Users\\me\\wsladvisor-test.wslconfig";
        try {
            assertThat(run("apply", "--facts", "f.json", "--file", windows))
                    .isEqualTo(ExitCode.BAD_INPUT);
            assertThat(err.toString())
                    .contains("is a Windows path")
                    .contains("/mnt/c/Users/me/wsladvisor-test.wslconfig");
            assertThat(Path.of(windows)).doesNotExist();
            err.getBuffer().setLength(0);
            assertThat(run("lint", windows)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(err.toString()).contains("/mnt/c/Users/me/wsladvisor-test.wslconfig");
            err.getBuffer().setLength(0);
            assertThat(
                            run(
                                    "apply",
                                    "--facts",
                                    "f.json",
                                    "--file",
                                    "C:Usersmewsladvisor-test.wslconfig"))
                    .isEqualTo(ExitCode.BAD_INPUT);
            assertThat(err.toString()).contains("backslashes the shell removed");
        } finally {
            Files.deleteIfExists(Path.of(windows));
            Files.deleteIfExists(Path.of("C:Usersmewsladvisor-test.wslconfig"));
        }
    }

    @Test
    void lintOfADeviceOrPipeWithoutEndStopsAtTheSizeLimitWithOneMessage() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThat(run("lint", "/dev/zero")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .isEqualTo(
                        "wsl-advisor: /dev/zero: is more than 1 MiB, too big for a WSL config"
                                + " file (at most 1 MiB, 10,000 lines and 16,384 characters a line); check the path\n");
    }

    @Test
    void explainOfAWslConfKeyUnderWsl2SaysWhereItIsRead() {
        assertThat(run("explain", "wsl2.systemd")).isZero();
        assertThat(out.toString())
                .contains("'wsl2.systemd' is not a key WSL reads")
                .contains("/etc/wsl.conf [boot] systemd");
    }

    @Test
    void lintDashReadsStandardInput() {
        CliRun r =
                CliRun.runWith(
                        "[wsl2]\nmemroy=8GB\n",
                        java.util.Map.of(),
                        false,
                        "wslconfig",
                        "lint",
                        "-");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(r.out()).contains("<stdin>:2:").contains("did you mean memory?");
    }

    @Test
    void helpOfEveryWslconfigCommandFitsEightyColumnsWithoutBreakingSentences() {
        for (String c : List.of("lint", "suggest", "apply", "explain")) {
            out.getBuffer().setLength(0);
            assertThat(run(c, "--help")).isZero();
            assertThat(out.toString().lines())
                    .as(c)
                    .allSatisfy(l -> assertThat(l.length()).as(l).isLessThan(80));
        }
        out.getBuffer().setLength(0);
        run("apply", "--help");
        assertThat(out.toString())
                .contains("changes only the values that differ")
                .contains("Restart WSL afterwards with: wsl --shutdown")
                .contains("--file /mnt/c/Users/me/.wslconfig");
    }
}
