package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wslconfig show} end to end, through Main, on the real services. */
class WslconfigShowCommandTest {

    private static final String FACTS = "src/test/resources/wslconfig/facts/docker-16gb-win11.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        Path f =
                file(
                        ".wslconfig",
                        "[wsl2]\nmemory=4GB\nprocessors=2\nmemory=8GB\nswap_file=x\n[experimental]\n"
                                + "ignoredPorts=80,443\n");
        CliRun r = CliRun.run("wslconfig", "show", "--format", "json", f.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode file = JSON.readTree(r.out()).get("files").get(0);
        assertThat(file.get("file").asText()).isEqualTo(f.toString());
        assertThat(file.get("dialect").asText()).isEqualTo("wslconfig");
        JsonNode memory = file.get("settings").get("wsl2.memory");
        assertThat(memory.get("value").asLong()).isEqualTo(4294967296L);
        assertThat(memory.get("line").asInt()).isEqualTo(2);
        assertThat(memory.get("text").asText()).isEqualTo("4GB");
        assertThat(file.get("settings").get("experimental.ignoredPorts").get("value").toString())
                .isEqualTo("[80,443]");
        assertThat(file.get("ignored").findValuesAsText("line")).containsExactly("4", "5");
        assertThat(file.get("ignored").get(0).get("reason").asText())
                .contains("already set on line 2");
        assertThat(file.get("defaults").get("wsl2.swap").get("value").isNull()).isTrue();
        assertThat(file.get("defaults").has("wsl2.memory")).isFalse();
    }

    @Test
    void factsComputeTheDefaultsWslWorksOutPerPc() throws Exception {
        Path f = file(".wslconfig", "[wsl2]\nprocessors=2\n");
        CliRun r =
                CliRun.run("wslconfig", "show", "--format", "json", "--facts", FACTS, f.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode defaults = JSON.readTree(r.out()).get("files").get(0).get("defaults");
        assertThat(defaults.get("wsl2.memory").get("value").asLong()).isEqualTo(8L << 30);
        assertThat(defaults.get("wsl2.swap").get("value").asLong()).isEqualTo(2L << 30);
        assertThat(defaults.get("wsl2.memory").get("note").asText()).contains("for this PC");
    }

    @Test
    void theDialectFollowsTheFileNameUnlessGivenAndSeveralFilesShowInOneRun() throws Exception {
        Path conf = file("wsl.conf", "[boot]\nsystemd=true\n");
        Path other = file("conf.txt", "[boot]\nsystemd=true\n");
        CliRun r =
                CliRun.run(
                        "wslconfig", "show", "--format", "json", conf.toString(), other.toString());
        JsonNode files = JSON.readTree(r.out()).get("files");
        assertThat(files.get(0).get("dialect").asText()).isEqualTo("wsl.conf");
        assertThat(files.get(0).get("settings").get("boot.systemd").get("value").asBoolean())
                .isTrue();
        assertThat(files.get(1).get("dialect").asText()).isEqualTo("wslconfig");
        assertThat(files.get(1).get("settings").size()).isZero();

        CliRun forced =
                CliRun.run(
                        "wslconfig",
                        "show",
                        "--dialect",
                        "wsl.conf",
                        "--format",
                        "json",
                        other.toString());
        assertThat(
                        JSON.readTree(forced.out())
                                .get("files")
                                .get(0)
                                .get("settings")
                                .has("boot.systemd"))
                .isTrue();
    }

    @Test
    void aWrongDialectIsBadUsageWithTheChoices() throws Exception {
        CliRun r =
                CliRun.run(
                        "wslconfig", "show", "--dialect", "ini", file(".wslconfig", "").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .contains("--dialect ini: not a dialect")
                .contains("--dialect wsl.conf")
                .doesNotContain("Exception");
    }

    @Test
    void textShowsLinesAndEscapesWhatTheFileHolds() throws Exception {
        Path f =
                file(
                        ".wslconfig",
                        "[wsl2]\nkernelCommandLine=a\u001b]0;pwned\u0007b\nmemroy=8GB\n");
        CliRun r = CliRun.run("wslconfig", "show", f.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("line 2     wsl2.kernelCommandLine = \"a\\x1b]0;pwned\\x07b\"")
                .contains("line 3     memroy: unknown key 'wsl2.memroy'; did you mean memory?")
                .contains("wsl2.memory = 50% of total physical memory")
                .doesNotContain("\u001b");
    }

    @Test
    void standardInputIsReadOnce() {
        CliRun r = CliRun.runWith("[wsl2]\nswap=0\n", Map.of(), false, "wslconfig", "show", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("<stdin> (read as .wslconfig)").contains("wsl2.swap = 0");
        assertThat(CliRun.run("wslconfig", "show", "-", "-").exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aFileBeyondTheLineLimitIsRefusedWithOneMessage() throws Exception {
        Path f = file(".wslconfig", "[wsl2]\n" + "# x\n".repeat(10_000));
        CliRun r = CliRun.run("wslconfig", "show", f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .isEqualTo(
                        "wsl-advisor: "
                                + f
                                + ": has 10,001 lines, more than the 10,000 a WSL config"
                                + " file may have here (at most 1 MiB, 10,000 lines and 16,384 characters a line); check the path\n");
        Path wide =
                file("wide.wslconfig", "[wsl2]\nkernelCommandLine=" + "x".repeat(16_400) + "\n");
        CliRun w = CliRun.run("wslconfig", "lint", wide.toString());
        assertThat(w.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(w.err())
                .startsWith("wsl-advisor: " + wide + ":2: the line is 16,418 characters long")
                .endsWith("check the path\n");
    }

    @Test
    void helpStatesTheLimits() {
        for (String cmd : new String[] {"show", "lint", "apply"}) {
            CliRun r = CliRun.run("wslconfig", cmd, "--help");
            assertThat(r.out().replaceAll("\\s+", " "))
                    .as(cmd)
                    .contains("at most 1 MiB, 10,000 lines and 16,384 characters a line");
        }
    }
}
