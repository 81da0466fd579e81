package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands on the real services: facts reader, built-in rule base, advisor. */
class WslconfigCommandEndToEndTest {

    private static final String FACTS = "src/test/resources/wslconfig/facts/docker-16gb-win11.json";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd =
                new CommandLine(
                        new WslconfigCommand(
                                null, new Console(InputStream.nullInputStream(), false, Map.of())));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void suggestPrintsAFileThatLintsClean(@TempDir Path dir) throws Exception {
        assertThat(run("suggest", "--facts", FACTS)).isZero();
        String text = out.toString();
        assertThat(text)
                .contains("[wsl2]")
                .contains("networkingMode=mirrored")
                .doesNotContain("memory=");
        Path file = dir.resolve(".wslconfig");
        Files.writeString(file, text);
        out.getBuffer().setLength(0);
        assertThat(run("lint", file.toString(), "--facts", FACTS)).isZero();
        assertThat(out.toString()).contains("no problems found");
    }

    @Test
    void applyTwiceChangesTheFileOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".wslconfig");
        Files.writeString(file, "# my settings\n[wsl2]\nprocessors=4   # keep\n");
        assertThat(run("apply", "--facts", FACTS, "--file", file.toString())).isZero();
        String after = Files.readString(file);
        assertThat(after)
                .startsWith("# my settings\n[wsl2]\nprocessors=4   # keep\n")
                .contains("networkingMode=mirrored");
        out.getBuffer().setLength(0);
        assertThat(run("apply", "--facts", FACTS, "--file", file.toString())).isZero();
        assertThat(out.toString()).contains("nothing to change");
        assertThat(Files.readString(file)).isEqualTo(after);
    }

    @Test
    void lintWithHostFactsSeesTheHostsLimits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".wslconfig");
        Files.writeString(file, "[wsl2]\nprocessors=64\n");
        assertThat(run("lint", file.toString(), "--facts", FACTS)).isZero();
        assertThat(out.toString())
                .contains("warning: processors=64 is more than this PC's 8 logical processors");
    }

    @Test
    void factsWarningsReachTheErrorStream(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("f.json");
        Files.writeString(facts, "{\"schemaVersion\": 1, \"hots\": {}}");
        Path file = dir.resolve(".wslconfig");
        Files.writeString(file, "[wsl2]\nmemory=8GB\n");
        assertThat(run("lint", file.toString(), "--facts", facts.toString())).isZero();
        assertThat(err.toString()).contains("warning: ").contains("hots");
    }
}
