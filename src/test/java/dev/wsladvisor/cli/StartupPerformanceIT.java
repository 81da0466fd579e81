package dev.wsladvisor.cli;

import static dev.wsladvisor.cli.FastStartIT.FEATURE;
import static dev.wsladvisor.cli.FastStartIT.JAR;
import static dev.wsladvisor.cli.FastStartIT.JAVA;
import static dev.wsladvisor.cli.FastStartIT.JAVA_25;
import static dev.wsladvisor.cli.FastStartIT.LAUNCHER;
import static dev.wsladvisor.cli.FastStartIT.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wsladvisor.cli.FastStartIT.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks of what makes the built jar start fast (docs/performance.md), not of what it does: the
 * start-up cache is one Java really uses, a cold advise does without Jackson's ObjectMapper, the
 * launcher picks the compiler by the length of a batch, picocli's class files can be archived. They
 * run in the performance profile, {@code mvn -P perf verify}, not in the default build: a change
 * that trades one of these for another is a performance decision, measured as that document says,
 * not a broken behaviour.
 */
@Tag("performance")
class StartupPerformanceIT {

    /**
     * The start-up cache the launcher makes is one its Java takes: asked to fail rather than go on
     * without it.
     */
    @Test
    void theStartUpCacheTheLauncherMakesIsOneItsJavaAccepts(@TempDir Path dir) throws Exception {
        Path sample = Path.of("facts/home-laptop.json").toAbsolutePath();
        List<Path> caches = cacheMadeBy(dir, System.getProperty("java.home"), sample);
        // -Xshare:on and -XX:AOTMode=on make Java fail instead of silently ignoring a cache it
        // cannot use (another JDK
        // build, another jar).
        List<String> strictFlags =
                FEATURE >= 25
                        ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + caches.get(0))
                        : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + caches.get(0));
        List<String> strictRun = new ArrayList<>(List.of(JAVA));
        strictRun.addAll(strictFlags);
        strictRun.addAll(
                List.of(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xlog:class+load:file=" + dir.resolve("classes.log"),
                        "-jar",
                        JAR.toString(),
                        "advise",
                        "--facts",
                        sample.toString()));
        Result strict = run(dir, Map.of(), strictRun);
        assertThat(strict.code()).as(strict.err()).isZero();
        assertThat(strict.out()).contains("WSL2");
        // picocli ships Java 5 class files, which the cache could not hold; the build upgrades them
        // (ClassFileUpgrade).
        assertThat(Files.readAllLines(dir.resolve("classes.log")))
                .anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file"))
                .anyMatch(
                        line ->
                                line.contains(
                                        " dev.wsladvisor.cli.Main source: shared objects file"));
    }

    @Test
    void onJava25TheAotCacheTheLauncherMakesIsOneJavaAccepts(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(JAVA_25.resolve("bin/java")), "no Java 25 at " + JAVA_25);
        Path sample = Path.of("facts/home-laptop.json").toAbsolutePath();
        List<Path> caches = cacheMadeBy(dir, JAVA_25.toString(), sample);
        // -XX:AOTMode=on makes Java fail instead of going on without a cache it cannot use.
        Result strict =
                run(
                        dir,
                        Map.of(),
                        List.of(
                                JAVA_25.resolve("bin/java").toString(),
                                "-XX:AOTMode=on",
                                "-XX:AOTCache=" + caches.get(0),
                                "-XX:TieredStopAtLevel=1",
                                "-XX:+UseSerialGC",
                                "-Xlog:class+load:file=" + dir.resolve("classes.log"),
                                "-jar",
                                JAR.toString(),
                                "advise",
                                "--facts",
                                sample.toString()));
        assertThat(strict.code()).as(strict.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("classes.log")))
                .anyMatch(
                        line ->
                                line.contains(
                                        " dev.wsladvisor.cli.Main source: shared objects file"));
    }

    /**
     * Runs the launcher's advise on {@code javaHome} once, which makes its start-up cache; the
     * cache files.
     */
    private static List<Path> cacheMadeBy(Path dir, String javaHome, Path sample) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("JAVA_HOME", javaHome);
        Result advise =
                run(
                        dir,
                        env,
                        List.of(
                                LAUNCHER.toString(),
                                "advise",
                                "--facts",
                                sample.toString(),
                                "--format",
                                "json"));
        assertThat(advise.code()).as(advise.err()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("cache/wsl-advisor"))) {
            List<Path> caches = files.toList();
            assertThat(caches).hasSize(1);
            return caches;
        }
    }

    /**
     * Setting up Jackson's ObjectMapper costs a cold start 20 to 80 ms (the host with reported
     * errors took 327 ms instead of 246 while its explanation quoted answers.errors through
     * JsonNode.toString): no sample may load it.
     */
    @Test
    void adviseOnEverySampleStartsWithoutJacksonsObjectMapper(@TempDir Path dir) throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThan(5);
        for (Path sample : samples) {
            Path log = dir.resolve("classes.log");
            Result r =
                    run(
                            dir,
                            Map.of(),
                            List.of(
                                    JAVA,
                                    "-XX:TieredStopAtLevel=1",
                                    "-Xlog:class+load:file=" + log,
                                    "-jar",
                                    JAR.toString(),
                                    "advise",
                                    "--facts",
                                    sample.toAbsolutePath().toString(),
                                    "--format",
                                    "json"));
            assertThat(r.code()).as(sample + ": " + r.err()).isZero();
            assertThat(Files.readAllLines(log))
                    .as(sample.toString())
                    .noneMatch(
                            line -> line.contains(" com.fasterxml.jackson.databind.ObjectMapper "));
        }
    }

    /**
     * The launcher picks the compiler by how long the batch will run; -XX:+PrintFlagsFinal shows
     * what Java got.
     */
    @Test
    void theLauncherRunsShortBatchesOnTheQuickCompilerAndLongOnesWithC2(@TempDir Path dir)
            throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("WSL_ADVISOR_CDS", "0");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("WSL_ADVISOR_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        String line =
                Files.readString(Path.of("facts/home-laptop.json"))
                                .replaceAll("\\s*\\n\\s*", " ")
                                .strip()
                        + "\n";
        Path small = dir.resolve("small.jsonl");
        Files.writeString(small, line.repeat(3));
        Path whatIfSized = dir.resolve("what-if-sized.jsonl");
        Files.writeString(whatIfSized, line.repeat(600 * 1024 / line.length() + 1));

        assertThat(tieredStopAtLevel(dir, env, "--in", small.toString())).isEqualTo("1");
        assertThat(tieredStopAtLevel(dir, env, "--in=" + small)).isEqualTo("1");
        assertThat(tieredStopAtLevel(dir, env, "--in", whatIfSized.toString()))
                .as("600 KiB is a short batch")
                .isEqualTo("1");
        assertThat(tieredStopAtLevel(dir, env, "--in", whatIfSized.toString(), "--what-if"))
                .as("but not with a hundred evaluations per host")
                .isEqualTo("4");
        assertThat(tieredStopAtLevel(dir, env, "--in", "-"))
                .as("standard input: length unknown")
                .isEqualTo("4");
    }

    private static String tieredStopAtLevel(Path dir, Map<String, String> env, String... batchArgs)
            throws Exception {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                LAUNCHER.toString(),
                                "batch",
                                "--out",
                                dir.resolve("advice.jsonl").toString()));
        command.addAll(List.of(batchArgs));
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectOutput(dir.resolve("flags.txt").toFile())
                        .redirectError(dir.resolve("err.txt").toFile())
                        .redirectInput(Path.of("facts/home-laptop.json").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return Files.readAllLines(dir.resolve("flags.txt")).stream()
                .filter(l -> l.matches("\\s*intx TieredStopAtLevel\\s*=.*"))
                .map(l -> l.replaceAll(".*=\\s*(\\d+).*", "$1"))
                .findFirst()
                .orElseThrow();
    }

    /**
     * picocli ships Java 5 class files, which the start-up cache cannot hold; the build upgrades
     * them (ClassFileUpgrade).
     */
    @Test
    void everyPicocliClassInTheJarIsAJava8ClassFile() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> old = new ArrayList<>();
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                if (e.getName().startsWith("picocli/") && e.getName().endsWith(".class")) {
                    byte[] head = jar.getInputStream(e).readNBytes(8);
                    if (((head[6] & 0xff) << 8 | (head[7] & 0xff)) < 52) {
                        old.add(e.getName());
                    }
                }
            }
            assertThat(old).isEmpty();
            assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
        }
    }
}
