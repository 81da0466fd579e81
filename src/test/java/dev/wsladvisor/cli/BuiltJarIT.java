package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar itself, from another folder: proves the merged Drools service descriptors and
 * the packaged rules work outside Maven's class path.
 */
class BuiltJarIT {

    private static final Path JAR = Path.of("target/wsl-advisor.jar").toAbsolutePath();

    private record Result(int code, String out, String err) {}

    private static Result java(Path workDir, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .directory(workDir.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        // The jar itself, not the launcher beside it that java -jar would hand the run to
        // (LauncherHandOff; FastStartIT runs that), and no start-up cache made in the home folder.
        pb.environment().put("WSL_ADVISOR_CDS", "0");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpWorksFromAnyFolder(@TempDir Path dir) throws Exception {
        Result r = java(dir, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: wsl-advisor", "advise");
    }

    @Test
    void adviseRunsTheRulesPackagedInTheJar(@TempDir Path dir) throws Exception {
        Path sample = Path.of("facts/hyper-v-vm-without-nesting.json").toAbsolutePath();
        Result r = java(dir, "advise", "--facts", sample.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"recommendation\" : \"WSL2\"", "vm-hyper-v-without-nesting");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void badInputExitsTwoWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{oops");
        Result r = java(dir, "advise", "--facts", "bad.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("wsl-advisor: bad.json:1:").doesNotContain("\tat ");
    }
}
