package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * When {@code java -jar} runs the launcher beside the jar in its place, and when it runs the
 * command itself (the end-to-end run with a real launcher and cache is in FastStartIT).
 */
class LauncherHandOffTest {

    private static final String JAR = "/opt/wsl-advisor/lib/wsl-advisor.jar";
    private static final Path LAUNCHER = Path.of("/opt/wsl-advisor/bin/wsl-advisor");
    private static final String JAVA_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64";
    private static final String[] ARGS = {"advise", "--facts", "host.json"};

    private static Optional<ProcessBuilder> plan(
            Map<String, String> env, String osName, String... jvmArguments) {
        return plan(env, osName, Optional.of(jvmArguments), LAUNCHER::equals);
    }

    private static Optional<ProcessBuilder> plan(
            Map<String, String> env,
            String osName,
            Optional<String[]> jvmArguments,
            Predicate<Path> executable) {
        return LauncherHandOff.plan(
                ARGS, env, osName, () -> jvmArguments, JAR, JAVA_HOME, executable);
    }

    @Test
    void plainJavaDashJarRunsTheLauncherBesideTheJarWithTheSameArgumentsJavaAndJar() {
        ProcessBuilder pb =
                plan(Map.of(), "Linux", "-jar", JAR, "advise", "--facts", "host.json")
                        .orElseThrow();
        assertThat(pb.command())
                .containsExactly(LAUNCHER.toString(), "advise", "--facts", "host.json");
        assertThat(pb.environment())
                .containsEntry("JAVA_HOME", JAVA_HOME)
                .containsEntry("WSL_ADVISOR_JAR", JAR);
        assertThat(pb.redirectInput()).isEqualTo(ProcessBuilder.Redirect.INHERIT);
        assertThat(pb.redirectOutput()).isEqualTo(ProcessBuilder.Redirect.INHERIT);
        assertThat(pb.redirectError()).isEqualTo(ProcessBuilder.Redirect.INHERIT);
    }

    @Test
    void aJarInTargetUsesTheLauncherInBinOfTheSameCheckout() {
        Optional<ProcessBuilder> pb =
                LauncherHandOff.plan(
                        ARGS,
                        Map.of(),
                        "Mac OS X",
                        () -> Optional.of(new String[] {"-jar", "target/wsl-advisor.jar"}),
                        "/home/me/wsl-advisor/target/wsl-advisor.jar",
                        JAVA_HOME,
                        Path.of("/home/me/wsl-advisor/bin/wsl-advisor")::equals);
        assertThat(pb).isPresent();
        assertThat(pb.get().command().get(0)).isEqualTo("/home/me/wsl-advisor/bin/wsl-advisor");
    }

    @Test
    void aJvmStartedByTheLauncherRunsTheCommandItselfSoThereIsNeverALoop() {
        assertThat(plan(Map.of("WSL_ADVISOR_TTY", "-"), "Linux", "-jar", JAR)).isEmpty();
        assertThat(plan(Map.of(), "Linux", "-jar", JAR).orElseThrow().environment())
                .containsEntry(LauncherHandOff.HANDED_OFF, "1");
        assertThat(plan(Map.of(LauncherHandOff.HANDED_OFF, "1"), "Linux", "-jar", JAR)).isEmpty();
    }

    @Test
    void aRunTheLauncherStartedDoesNotReadItsCommandLine() {
        assertThat(
                        LauncherHandOff.plan(
                                ARGS,
                                Map.of("WSL_ADVISOR_TTY", "01"),
                                "Linux",
                                () -> {
                                    throw new AssertionError("the command line was read");
                                },
                                JAR,
                                JAVA_HOME,
                                LAUNCHER::equals))
                .isEmpty();
    }

    @Test
    void withoutTheCacheWantedTheCommandRunsHereAsTheLauncherWouldRunIt() {
        assertThat(plan(Map.of("WSL_ADVISOR_CDS", "0"), "Linux", "-jar", JAR)).isEmpty();
        Map<String, String> on = new HashMap<>();
        on.put("WSL_ADVISOR_CDS", "1");
        assertThat(plan(on, "Linux", "-jar", JAR)).isPresent();
    }

    @Test
    void javaOptionsThePersonGaveAreKeptByRunningHere() {
        assertThat(plan(Map.of(), "Linux", "-Xmx1g", "-jar", JAR)).isEmpty();
        assertThat(plan(Map.of(), "Linux", "-cp", JAR, "dev.wsladvisor.cli.Main")).isEmpty();
        assertThat(plan(Map.of(), "Linux", "-jar")).isEmpty();
        assertThat(plan(Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"), "Linux", "-jar", JAR)).isEmpty();
        assertThat(plan(Map.of("JAVA_TOOL_OPTIONS", "-Xss4m"), "Linux", "-jar", JAR)).isEmpty();
        assertThat(plan(Map.of("JDK_JAVA_OPTIONS", " "), "Linux", "-jar", JAR)).isPresent();
    }

    @Test
    void onWindowsOrWithoutAReadableCommandLineTheCommandRunsHere() {
        assertThat(plan(Map.of(), "Windows 11", "-jar", JAR)).isEmpty();
        assertThat(plan(Map.of(), "Linux", Optional.empty(), LAUNCHER::equals)).isEmpty();
    }

    @Test
    void withoutALauncherBesideTheJarTheCommandRunsHere() {
        assertThat(plan(Map.of(), "Linux", Optional.of(new String[] {"-jar", JAR}), p -> false))
                .isEmpty();
    }

    @Test
    void aClassPathThatIsNotOneJarRunsHere() {
        assertThat(planWithClassPath("/opt/classes")).isEmpty();
        assertThat(planWithClassPath(JAR + java.io.File.pathSeparator + "/opt/more.jar")).isEmpty();
    }

    private static Optional<ProcessBuilder> planWithClassPath(String classPath) {
        return LauncherHandOff.plan(
                ARGS,
                Map.of(),
                "Linux",
                () -> Optional.of(new String[] {"-jar", JAR}),
                classPath,
                JAVA_HOME,
                p -> true);
    }

    @Test
    void procCommandLinesAreSplitAtEachNulWithoutTheCommandItself() {
        byte[] cmdline =
                "/usr/bin/java\0-jar\0/opt/w.jar\0advise\0\0--facts\0h\u00f4te.json\0"
                        .getBytes(StandardCharsets.UTF_8);
        String[] args = LauncherHandOff.commandLineArguments(cmdline);
        assertThat(args).hasSize(6);
        assertThat(args[0]).isEqualTo("-jar");
        assertThat(args[3]).isEmpty();
        assertThat(LauncherHandOff.commandLineArguments(new byte[0])).isEmpty();
        assertThat(LauncherHandOff.commandLineArguments("java".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
