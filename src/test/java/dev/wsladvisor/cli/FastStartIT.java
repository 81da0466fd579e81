package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsladvisor.rules.PrecompiledRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built artefacts as a person runs them: the shaded jar carries the model of today's rules/,
 * the launcher makes a class-data archive Java really accepts, and batch streams a long fleet in a
 * small heap.
 */
class FastStartIT {

    static final Path JAR = Path.of("target/wsl-advisor.jar").toAbsolutePath();
    static final Path LAUNCHER = Path.of("bin/wsl-advisor").toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** Lines for the bounded-memory run; the benchmark (bench/run.sh) runs a million. */
    private static final int FLEET_LINES = Integer.getInteger("fleet.lines", 200_000);

    record Result(int code, String out, String err) {}

    static Result run(Path dir, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectOutput(dir.resolve("out.txt").toFile())
                        .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void theJarCarriesTheExecutableModelOfTheRulesFolderAsItIsNow() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            var entry = jar.getJarEntry(PrecompiledRules.INDEX);
            assertThat(entry).as("the precompiled rules index in the jar").isNotNull();
            List<String> index =
                    new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .toList();
            assertThat(index).contains("rules-sha256\t" + PrecompiledRules.hash(Path.of("rules")));
            for (String line : index) {
                if (line.startsWith("model\t")) {
                    assertThat(jar.getJarEntry(line.substring(6).replace('.', '/') + ".class"))
                            .as(line)
                            .isNotNull();
                }
            }
            assertThat(
                            jar.stream()
                                    .map(e -> e.getName())
                                    .filter(n -> n.startsWith("dev/wsladvisor/rules/build/")))
                    .as("the build-time generator stays out of the jar")
                    .isEmpty();
        }
    }

    /**
     * The Java the tests run on: the build runs them on Java 17 and, where it is installed, on Java
     * 25 (pom.xml).
     */
    static final int FEATURE = Runtime.version().feature();

    /**
     * The launcher on the Java the tests run on makes the start-up cache of that Java: before Java
     * 25 a class-data archive, from Java 25 on an AOT cache. That Java accepts it is checked by
     * StartupPerformanceIT (mvn -P perf).
     */
    @Test
    void theLauncherRunsHelpAndAdviseAndMakesTheStartUpCacheOfItsJava(@TempDir Path dir)
            throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));

        Result help = run(dir, env, List.of(LAUNCHER.toString(), "--help"));
        assertThat(help.code()).as(help.err()).isZero();
        assertThat(help.out()).contains("Usage: wsl-advisor", "batch");

        Path sample = Path.of("facts/home-laptop.json").toAbsolutePath();
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
        assertThat(advise.err()).as("no word from Java about the cache").isEmpty();
        assertThat(new ObjectMapper().readTree(advise.out()).get("recommendation").asText())
                .isEqualTo("WSL2");

        String suffix = FEATURE >= 25 ? ".aot" : ".jsa";
        List<Path> caches = caches(dir);
        assertThat(caches)
                .as("Java " + FEATURE)
                .hasSize(1)
                .allMatch(p -> p.toString().endsWith(suffix), suffix);
    }

    /**
     * A training run that fails (here a Java that refuses the training's flag, as a later Java
     * might refuse -XX:-AOTReplayTraining) is not paid again on every run: the launcher leaves a
     * mark and runs without the cache.
     */
    @Test
    void aFailedTrainingRunIsNotRetriedOnEveryRun(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("java/bin"));
        Path log = dir.resolve("trainings.log");
        Path java = bin.resolve("java");
        Files.writeString(
                java,
                "#!/bin/sh\n"
                        + "for a in \"$@\"; do case $a in -XX:AOTCacheOutput=*|"
                        + "-XX:ArchiveClassesAtExit=*) echo training >> '"
                        + log
                        + "'; exit 1 ;; esac; done\n"
                        + "exec '"
                        + Path.of(System.getProperty("java.home"), "bin", "java")
                        + "' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("JAVA_HOME", dir.resolve("java").toString());

        for (int i = 0; i < 2; i++) {
            Result version = run(dir, env, List.of(LAUNCHER.toString(), "--version"));
            assertThat(version.code()).as(version.err()).isZero();
            assertThat(version.out()).startsWith("wsl-advisor ");
        }
        assertThat(Files.readAllLines(log)).as("training runs").hasSize(1);
        assertThat(caches(dir).stream().map(p -> p.getFileName().toString()))
                .singleElement()
                .matches(n -> n.endsWith(".failed"), "a mark, no cache");
    }

    /**
     * macOS's stat takes {@code -f} and its own format letters, not GNU's {@code -c}: the launcher
     * keys its cache by the jar's and Java's device, inode, size and time there too (java -jar
     * hands its runs to the launcher on macOS as on Linux), rather than by nothing, which would
     * keep a stale cache for ever.
     */
    @Test
    void withBsdStatTheLauncherKeysItsCacheByTheJarAsWithGnuStat(@TempDir Path dir)
            throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bsd-bin"));
        Path stat = bin.resolve("stat");
        Files.writeString(
                stat,
                "#!/bin/sh\n"
                        + "[ \"$1\" = -L ] && [ \"$2\" = -f ] || { echo 'stat: illegal option' >&2;"
                        + " exit 1; }\n"
                        + "fmt=$(printf '%s' \"$3\" | sed 's/%z/%s/g; s/%m/%Y/g')\n"
                        + "shift 3\n"
                        + "exec /usr/bin/stat -L -c \"$fmt\" \"$@\"\n");
        assertThat(stat.toFile().setExecutable(true)).isTrue();
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", bin + ":" + System.getenv("PATH"));

        Result version = run(dir, env, List.of(LAUNCHER.toString(), "--version"));
        assertThat(version.code()).as(version.err()).isZero();
        long size = Files.size(JAR);
        assertThat(caches(dir).stream().map(p -> p.getFileName().toString()))
                .singleElement()
                .matches(
                        n -> n.contains("." + size + "."),
                        "named after the jar's size, as GNU stat names it");
    }

    /**
     * A Java before 25, to check that its archive and Java 25's cache live side by side: the one
     * the tests run on, or on the Java 25 run the one that runs Maven (pom.xml passes it).
     */
    private static String olderJava() throws IOException {
        String older =
                FEATURE < 25
                        ? System.getProperty("java.home")
                        : System.getProperty("wsladvisor.olderJava");
        Path release = older == null ? null : Path.of(older, "release");
        // The JDK's release file: JAVA_VERSION="17.0.15".
        assumeTrue(
                release != null
                        && Files.isRegularFile(release)
                        && Files.readString(release)
                                .matches("(?s).*JAVA_VERSION=\"(1[7-9]|2[0-4])[.\"].*"),
                "no Java 17 to 24 to run beside Java 25 (set wsladvisor.olderJava)");
        return older;
    }

    /**
     * Java 25 and later get its AOT cache instead of the AppCDS archive; Temurin 25 is installed on
     * the build machines.
     */
    static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    @Test
    void onJava25TheLauncherMakesAnAotCacheAndAnUnusableOneStaysSilent(@TempDir Path dir)
            throws Exception {
        assumeTrue(Files.isExecutable(JAVA_25.resolve("bin/java")), "no Java 25 at " + JAVA_25);
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("JAVA_HOME", JAVA_25.toString());
        Path sample = Path.of("facts/home-laptop.json").toAbsolutePath();
        List<String> advise =
                List.of(
                        LAUNCHER.toString(),
                        "advise",
                        "--facts",
                        sample.toString(),
                        "--format",
                        "json");

        Result first = run(dir, env, advise);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).as("no word from Java about the cache").isEmpty();
        assertThat(new ObjectMapper().readTree(first.out()).get("recommendation").asText())
                .isEqualTo("WSL2");
        List<Path> caches = caches(dir);
        assertThat(caches)
                .hasSize(1)
                .allMatch(p -> p.toString().endsWith(".aot"), "an AOT cache, no .jsa");
        // A cache Java cannot read (cut short, another build under the same name): the run goes on,
        // without a word.
        Files.writeString(caches.get(0), "not a cache");
        Result broken = run(dir, env, advise);
        assertThat(broken.code()).as(broken.err()).isZero();
        assertThat(broken.err()).isEmpty();
        assertThat(broken.out()).contains("\"recommendation\" : \"WSL2\"");

        // Every command, batch too, runs with the cache's classes but not its method profiles: the
        // short training run's profiles would have the JIT compile more, sooner
        // (docs/performance.md).
        Files.delete(caches.get(0));
        assertThat(run(dir, env, advise).code()).isZero();
        Map<String, String> flags = new HashMap<>(env);
        flags.put("WSL_ADVISOR_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        Path fleet = dir.resolve("fleet.jsonl");
        Files.writeString(
                fleet, Files.readString(sample).replaceAll("\\s*\\n\\s*", " ").strip() + "\n");
        for (List<String> command :
                List.of(
                        List.of(LAUNCHER.toString(), "batch", "--in", fleet.toString()),
                        List.of(LAUNCHER.toString(), "--version"))) {
            Result r = run(dir, flags, command);
            assertThat(jvmFlag(r, "AOTCache"))
                    .as("%s", command)
                    .isEqualTo(caches.get(0).toString());
            assertThat(jvmFlag(r, "AOTReplayTraining")).as("%s", command).isEqualTo("false");
        }

        // Java 17 on the same jar gets its own archive beside it; neither removes the other's.
        env.put("JAVA_HOME", olderJava());
        assertThat(run(dir, env, List.of(LAUNCHER.toString(), "--version")).code()).isZero();
        assertThat(
                        caches(dir).stream()
                                .map(p -> p.getFileName().toString().replaceAll(".*\\.", "")))
                .containsExactlyInAnyOrder("aot", "jsa");
    }

    /**
     * {@code java -jar} runs the launcher beside the jar (LauncherHandOff): the same answers as the
     * jar gives by itself, the launcher's start-up cache and flags, its exit codes, standard input
     * passed through; and a JVM given options of its own keeps them and runs the command itself.
     */
    @Test
    void javaDashJarRunsTheLauncherBesideItWithItsCacheAndTheSameAnswers(@TempDir Path dir)
            throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Path sample = Path.of("facts/home-laptop.json").toAbsolutePath();
        List<String> advise =
                List.of(
                        JAVA,
                        "-jar",
                        JAR.toString(),
                        "advise",
                        "--facts",
                        sample.toString(),
                        "--format",
                        "json");

        Result handedOff = run(dir, env, advise);
        assertThat(handedOff.code()).as(handedOff.err()).isZero();
        assertThat(handedOff.err()).isEmpty();
        String suffix = FEATURE >= 25 ? ".aot" : ".jsa";
        List<Path> caches = caches(dir);
        assertThat(caches)
                .as("the launcher's cache")
                .singleElement()
                .matches(p -> p.toString().endsWith(suffix), suffix);
        Map<String, String> here = new HashMap<>(env);
        here.put("WSL_ADVISOR_CDS", "0");
        Result inProcess = run(dir, here, advise);
        assertThat(inProcess.code()).as(inProcess.err()).isZero();
        assertThat(handedOff.out()).isEqualTo(inProcess.out());

        Map<String, String> flags = new HashMap<>(env);
        flags.put("WSL_ADVISOR_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        Result version = run(dir, flags, List.of(JAVA, "-jar", JAR.toString(), "--version"));
        assertThat(jvmFlag(version, FEATURE >= 25 ? "AOTCache" : "SharedArchiveFile"))
                .isEqualTo(caches.get(0).toString());
        assertThat(jvmFlag(version, "TieredStopAtLevel")).isEqualTo("1");

        Result missing =
                run(
                        dir,
                        env,
                        List.of(JAVA, "-jar", JAR.toString(), "advise", "--facts", "nope.json"));
        assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).startsWith("wsl-advisor: ").contains("nope.json");

        ProcessBuilder piped =
                new ProcessBuilder(JAVA, "-jar", JAR.toString(), "advise", "--facts", "-")
                        .directory(dir.toFile())
                        .redirectInput(sample.toFile())
                        .redirectOutput(dir.resolve("piped.txt").toFile())
                        .redirectError(dir.resolve("piped-err.txt").toFile());
        piped.environment().putAll(env);
        Process p = piped.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("piped-err.txt"))).isZero();
        assertThat(Files.readString(dir.resolve("piped.txt"))).contains("Recommendation: WSL2");

        // Options of the person's own: the JVM keeps them and runs the command itself.
        Map<String, String> fresh = new HashMap<>(flags);
        fresh.put("XDG_CACHE_HOME", dir.resolve("other-cache").toString());
        Result own =
                run(dir, fresh, List.of(JAVA, "-Xmx200m", "-jar", JAR.toString(), "--version"));
        assertThat(own.code()).as(own.err()).isZero();
        assertThat(own.out()).startsWith("wsl-advisor ").doesNotContain("TieredStopAtLevel");
        assertThat(dir.resolve("other-cache")).doesNotExist();
    }

    /**
     * An install whose bin/wsl-advisor is a script of someone else's that runs {@code java -jar} on
     * the jar in lib/: java -jar hands the run to it once, and the JVM it starts runs the command
     * rather than handing it on again, for ever.
     */
    @Test
    void javaDashJarHandsOffOnceEvenToAScriptThatRunsJavaDashJarAgain(@TempDir Path dir)
            throws Exception {
        Path lib = Files.createDirectories(dir.resolve("install/lib"));
        Path bin = Files.createDirectories(dir.resolve("install/bin"));
        Files.copy(JAR, lib.resolve("wsl-advisor.jar"));
        Path log = dir.resolve("wrapper.log");
        Path wrapper = bin.resolve("wsl-advisor");
        Files.writeString(
                wrapper,
                "#!/bin/sh\n"
                        + "echo run >> '"
                        + log
                        + "'\n"
                        + "[ $(wc -l < '"
                        + log
                        + "') -gt 3 ] && exit 9\n"
                        + "exec '"
                        + JAVA
                        + "' -jar '"
                        + lib.resolve("wsl-advisor.jar")
                        + "' \"$@\"\n");
        assertThat(wrapper.toFile().setExecutable(true)).isTrue();

        Result version =
                run(
                        dir,
                        Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                        List.of(
                                JAVA,
                                "-jar",
                                lib.resolve("wsl-advisor.jar").toString(),
                                "--version"));
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("wsl-advisor ");
        assertThat(Files.readAllLines(log)).as("runs of the script").hasSize(1);
    }

    /** The files in the launcher's cache folder under {@code dir}'s XDG_CACHE_HOME. */
    private static List<Path> caches(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache/wsl-advisor"))) {
            return files.toList();
        }
    }

    /** A JVM flag's value as -XX:+PrintFlagsFinal printed it. */
    private static String jvmFlag(Result r, String name) {
        assertThat(r.code()).as(r.err()).isZero();
        return r.out()
                .lines()
                .filter(l -> l.matches("\\s*\\w+ " + name + "\\s*=.*"))
                .map(l -> l.replaceAll(".*?=\\s*(.*?)\\s*\\{.*", "$1"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theBuildTimeClassUpgraderStaysOutOfTheJar() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(
                            jar.stream()
                                    .map(JarEntry::getName)
                                    .filter(n -> n.startsWith("dev/wsladvisor/build/")))
                    .as("the build-time class upgrader stays out of the jar")
                    .isEmpty();
        }
    }

    @Test
    void aLongFleetStreamsThroughASmallHeapWithOneRecordPerLineInOrderAndItsReport(
            @TempDir Path dir) throws Exception {
        List<String> samples = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                samples.add(json.readTree(f.toFile()).toString());
            }
        }
        // The summary and the report aggregate as the records stream past: they too must fit the
        // small heap.
        ProcessBuilder pb =
                new ProcessBuilder(
                                JAVA,
                                "-Xmx64m",
                                "-XX:+UseSerialGC",
                                "-jar",
                                JAR.toString(),
                                "batch",
                                "--format",
                                "jsonl",
                                "--summary",
                                dir.resolve("summary.json").toString(),
                                "--report",
                                dir.resolve("fleet.html").toString())
                        .directory(dir.toFile())
                        .redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        Thread feeder =
                new Thread(
                        () -> {
                            try (OutputStream in = p.getOutputStream()) {
                                byte[] bad =
                                        "{\"schemaVersion\":1,\"host\":{\"os\":{\"build\":\"x\"}}}\n"
                                                .getBytes(StandardCharsets.UTF_8);
                                for (int i = 1; i <= FLEET_LINES; i++) {
                                    in.write(
                                            i % 1000 == 0
                                                    ? bad
                                                    : (samples.get(i % samples.size()) + "\n")
                                                            .getBytes(StandardCharsets.UTF_8));
                                }
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        });
        feeder.start();
        long lines = 0;
        long errors = 0;
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines++;
                assertThat(line).startsWith("{\"line\":" + lines + ",");
                if (line.contains("\"error\":")) {
                    errors++;
                }
            }
        }
        feeder.join();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(err).doesNotContain("OutOfMemoryError");
        assertThat(lines).isEqualTo(FLEET_LINES);
        assertThat(errors).isEqualTo(FLEET_LINES / 1000);
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        JsonNode summary = json.readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.at("/outcomes/inputErrors").asLong()).isEqualTo(FLEET_LINES / 1000);
        assertThat(summary.at("/blockers/0/hostIds")).hasSize(100);
        assertThat(summary.at("/blockers/0/moreHosts").asLong())
                .isEqualTo(summary.at("/blockers/0/hosts").asLong() - 100);
        assertThat(Files.readString(dir.resolve("fleet.html")))
                .contains(
                        "WSL readiness of "
                                + String.format(java.util.Locale.ROOT, "%,d", FLEET_LINES)
                                + " hosts");
    }
}
