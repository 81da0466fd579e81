package dev.wsladvisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@code java -jar wsl-advisor.jar ...} runs nearly as fast as {@code bin/wsl-advisor ...}: a jar
 * cannot ask for JVM flags or a start-up cache (a manifest takes no JVM options), so when the
 * launcher is beside the jar (the jar in {@code target/} or {@code lib/}, the launcher in {@code
 * bin/}) and nothing says otherwise, this JVM runs the launcher with the same arguments, the same
 * Java and the same jar, and passes on its exit code. That costs a JVM that starts, opens the jar
 * and starts a process (70 to 110 ms on the build machines, docs/performance.md); the launcher's
 * cache and flags save more than half of a cold run.
 *
 * <p>It runs here instead when: a launcher started this JVM ({@code WSL_ADVISOR_TTY} is set) or a
 * JVM that handed off did ({@link #HANDED_OFF}), so there is never a loop; {@code
 * WSL_ADVISOR_CDS=0} (no cache wanted, as for the launcher); Java was given options of its own
 * ({@code java -Xmx1g -jar ...}, or through {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS}:
 * they are the person's, and the launcher's would replace them) or was started some other way than
 * {@code -jar}; its command line cannot be read (Windows: {@code bin\wsl-advisor.cmd} is the
 * launcher there); there is no launcher beside the jar; or the launcher cannot be started.
 */
final class LauncherHandOff {

    /**
     * Set for the launched program: a JVM that finds it runs the command itself. The launcher's
     * WSL_ADVISOR_TTY does that for our own launcher; this also stops a loop through a script of
     * someone else's that is named bin/wsl-advisor and runs {@code java -jar} on the jar beside it.
     */
    static final String HANDED_OFF = "WSL_ADVISOR_HANDED_OFF";

    private LauncherHandOff() {}

    /**
     * What to run in this JVM's place, or empty to run here. {@code jvmArguments} gives this JVM's
     * arguments after the {@code java} command, when they can be read; it is asked only after the
     * environment, so a run the launcher started reads no /proc. {@code classPath} is {@code
     * java.class.path} (the jar, for {@code java -jar}).
     */
    static Optional<ProcessBuilder> plan(
            String[] args,
            Map<String, String> env,
            String osName,
            Supplier<Optional<String[]>> jvmArguments,
            String classPath,
            String javaHome,
            Predicate<Path> executable) {
        if (env.containsKey("WSL_ADVISOR_TTY")
                || env.containsKey(HANDED_OFF)
                || "0".equals(env.get("WSL_ADVISOR_CDS"))
                || givesOptions(env, "JDK_JAVA_OPTIONS")
                || givesOptions(env, "JAVA_TOOL_OPTIONS")
                || osName.startsWith("Windows")
                || classPath == null
                || !classPath.endsWith(".jar")
                || classPath.contains(java.io.File.pathSeparator)
                || javaHome == null) {
            return Optional.empty();
        }
        Optional<String[]> given = jvmArguments.get();
        if (given.isEmpty() || given.get().length < 2 || !given.get()[0].equals("-jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        Path folder = jar.getParent() == null ? null : jar.getParent().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        Path launcher = folder.resolve("bin").resolve("wsl-advisor");
        if (!executable.test(launcher)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(args.length + 1);
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        // This Java and this jar, whatever JAVA_HOME and the folders beside bin/ hold.
        pb.environment().put("JAVA_HOME", javaHome);
        pb.environment().put("WSL_ADVISOR_JAR", jar.toString());
        pb.environment().put(HANDED_OFF, "1");
        return Optional.of(pb);
    }

    /**
     * Options given through the environment are the person's as much as those on the command line;
     * both JVMs would also take them, and each would say so on stderr.
     */
    private static boolean givesOptions(Map<String, String> env, String name) {
        String options = env.get(name);
        return options != null && !options.isBlank();
    }

    /**
     * Runs the launcher in this JVM's place when {@link #plan} says so and returns its exit code;
     * empty to run here (also when the launcher could not be started). Main reads the system and
     * passes it in: {@code java.class.path} and {@code java.home} as {@code classPath} and {@code
     * javaHome}.
     */
    static OptionalInt run(
            String[] args,
            Map<String, String> env,
            String osName,
            String classPath,
            String javaHome) {
        Optional<ProcessBuilder> plan =
                plan(
                        args,
                        env,
                        osName,
                        LauncherHandOff::jvmArguments,
                        classPath,
                        javaHome,
                        p -> Files.isRegularFile(p) && Files.isExecutable(p));
        if (plan.isEmpty()) {
            return OptionalInt.empty();
        }
        Process launched;
        try {
            launched = plan.get().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // Ctrl-C reaches the launched program too (the terminal signals the whole foreground
        // group); it decides how to end, and this JVM waits to pass on its code rather than end
        // first and give the prompt back while it still prints. Anything else that ends this JVM
        // ends the launched one with it.
        ignoreInterrupt();
        Runtime.getRuntime().addShutdownHook(new Thread(launched::destroy));
        while (true) {
            try {
                return OptionalInt.of(launched.waitFor());
            } catch (InterruptedException e) {
                // Nothing here interrupts this thread; waiting on is the only way not to lose the
                // launched program's exit code.
            }
        }
    }

    /**
     * This JVM's arguments after the {@code java} command. On Linux /proc has them at once; asking
     * {@link ProcessHandle.Info} instead costs a cold start ~15 ms (it starts the process reaper).
     * Only their count and the first one are looked at, so bytes are read as Latin-1.
     */
    static Optional<String[]> jvmArguments() {
        byte[] cmdline;
        try {
            cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().arguments();
        }
        return Optional.of(commandLineArguments(cmdline));
    }

    /** The arguments in a /proc cmdline (each ends with a NUL), without the command itself. */
    static String[] commandLineArguments(byte[] cmdline) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                out.add(new String(cmdline, start, i - start, StandardCharsets.ISO_8859_1));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            out.add(
                    new String(
                            cmdline, start, cmdline.length - start, StandardCharsets.ISO_8859_1));
        }
        return out.isEmpty() ? new String[0] : out.subList(1, out.size()).toArray(new String[0]);
    }

    private static void ignoreInterrupt() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGINT here, or the JVM keeps it (-Xrs): this JVM ends with the launched one.
        }
    }
}
