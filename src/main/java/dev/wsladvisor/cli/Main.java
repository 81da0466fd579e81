package dev.wsladvisor.cli;

import dev.wsladvisor.probe.HostProbe;
import dev.wsladvisor.usecase.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import picocli.CommandLine;

/** The entry point, and the only place that exits. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        OptionalInt launched =
                LauncherHandOff.run(
                        args,
                        System.getenv(),
                        System.getProperty("os.name", ""),
                        System.getProperty("java.class.path"),
                        System.getProperty("java.home"));
        if (launched.isPresent()) {
            System.exit(launched.getAsInt());
        }
        StartupWarmup warmup = StartupWarmup.begin(namedSubcommand(args), mentionsWslconfig(args));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, console(), out, err, warmup);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Java 17 knows a terminal only when standard input and output both are one (System.console()),
     * so {@code ask > advice.json} would look like a script. The launchers say which streams are
     * terminals ({@code WSL_ADVISOR_TTY}: the digits 0, 1, 2 of those that are; "-" for none).
     * Without a launcher, on Linux {@code /proc/self/fd} tells each stream apart. From Java 22
     * System.console() may be there when no terminal is, so its {@code isTerminal()} decides.
     */
    private static Console console() {
        java.io.Console system = System.console();
        return console(
                System.in,
                System.getenv(),
                system != null && isTerminal(system),
                Main::linuxTerminal);
    }

    /**
     * This machine, read once: the only place besides {@link #console()} that reads the system
     * properties (the commands get them through {@link Console#platform()}). A terminal types in
     * the console's code page.
     */
    static Platform platform() {
        java.io.Console system = System.console();
        String osName = System.getProperty("os.name", "");
        Map<String, String> env = System.getenv();
        return new Platform(
                osName,
                Runtime.getRuntime().availableProcessors(),
                fileNameEncoding(),
                system != null ? system.charset() : StandardCharsets.UTF_8,
                () -> HostProbe.local(osName, env));
    }

    private static String fileNameEncoding() {
        return System.getProperty("sun.jnu.encoding", "");
    }

    static Console console(
            InputStream in,
            Map<String, String> env,
            boolean inAndOutTerminals,
            IntPredicate terminal) {
        String tty = env.get("WSL_ADVISOR_TTY");
        if (inAndOutTerminals) {
            // The Windows launcher knows only standard input ("0"): standard error is then taken to
            // be where the others are.
            return new Console(
                    in, true, true, tty == null || tty.contains("2") || !tty.contains("1"), env);
        }
        if (tty == null) {
            return new Console(in, terminal.test(0), terminal.test(1), terminal.test(2), env);
        }
        return new Console(in, tty.contains("0"), tty.contains("1"), tty.contains("2"), env);
    }

    /**
     * {@code Console.isTerminal()} from Java 22 on (we compile for 17, so by reflection); before, a
     * console is one.
     */
    private static boolean isTerminal(java.io.Console system) {
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(system);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether file descriptor {@code fd} is a terminal, where Linux shows it in /proc; false
     * elsewhere.
     */
    private static boolean linuxTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Runs one command line and returns its exit code; tests call this in-process. */
    public static int run(String[] args, Console console, PrintWriter out, PrintWriter err) {
        return run(args, console, out, err, null);
    }

    /**
     * As above; {@code warmup}, when given, learns from the parsed command what to build before it
     * runs.
     */
    private static int run(
            String[] args,
            Console console,
            PrintWriter out,
            PrintWriter err,
            StartupWarmup warmup) {
        CommandLine cli = commandLine(console, args);
        if (warmup != null) {
            cli.setExecutionStrategy(warmup.before(cli.getExecutionStrategy()));
        }
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The subcommands, held apart from Main's own fields so that a {@code java -jar} run that
     * {@link LauncherHandOff} hands to the launcher loads none of their classes.
     */
    static final class Subcommands {
        private Subcommands() {}

        /** Every subcommand, in the order the help lists them. */
        static final List<Class<?>> CLASSES =
                List.of(
                        AdviseCommand.class,
                        AskCommand.class,
                        BatchCommand.class,
                        ReportCommand.class,
                        WslconfigCommand.class,
                        ProbeCommand.class,
                        RulesCommand.class);

        /**
         * Their names, as their annotations say (StartupWarmupTest checks): written out because
         * reading an annotation the first time costs a cold start ~30 ms, and the subcommand is
         * looked up at the top of main, before the rules are begun on the second core.
         */
        static final List<String> NAMES =
                List.of("advise", "ask", "batch", "report", "wslconfig", "probe", "rules");
    }

    /**
     * Picocli reads the annotations of every command it is given, which cost a cold {@code advise}
     * about 35 ms (docs/performance.md): when the arguments name a subcommand, only that one is
     * built. Anything else (no subcommand, a typo, an {@code @file}) gets all of them, so help and
     * "did you mean" see every command.
     */
    static CommandLine commandLine(Console console, String[] args) {
        CommandLine cli = new CommandLine(new WslAdvisorCommand(console));
        Class<?> named = namedSubcommand(args);
        for (Class<?> sub : Subcommands.CLASSES) {
            if (named == null || named == sub) {
                cli.addSubcommand(sub);
            }
        }
        versionEverywhere(cli);
        // --format JSON works as well as --format json: an enum's case carries no meaning for a
        // person.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Path.class, Main::path);
        ErrorHandling.install(cli);
        return cli;
    }

    /**
     * Every file or folder option: an empty name would be the current folder, which no option
     * means.
     */
    private static Path path(String name) {
        if (name.isEmpty()) {
            throw new CommandLine.TypeConversionException(
                    "the file name is empty; name a file or folder");
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(
                    ErrorHandling.unusableFileName(name, fileNameEncoding()));
        }
    }

    /**
     * {@code wsl-advisor advise --version} says the same as {@code wsl-advisor --version}, not
     * nothing.
     */
    private static void versionEverywhere(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(cli.getCommandSpec().versionProvider());
            versionEverywhere(sub);
        }
    }

    /**
     * The subcommand the arguments name, or null. This look at the raw arguments is the one
     * exception to planning from the parsed command: picocli cannot parse before it has the model
     * this chooses, and the start-up preload (StartupWarmup) is begun for the command named before
     * that model is built, then told by the parsed command which rules it needs.
     */
    static Class<?> namedSubcommand(String[] args) {
        String name = subcommandName(args);
        int at = name == null ? -1 : Subcommands.NAMES.indexOf(name);
        return at < 0 ? null : Subcommands.CLASSES.get(at);
    }

    /**
     * Whether {@code --wslconfig} is among the arguments: the guess the start-up preload is begun
     * on (a command given a .wslconfig needs the rules that check its lines), confirmed or
     * overruled by the parsed command. Part of the same one exception as {@link #namedSubcommand}.
     */
    static boolean mentionsWslconfig(String[] args) {
        for (String arg : args) {
            if (arg.equals("--wslconfig") || arg.startsWith("--wslconfig=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first argument that is not an option: the subcommand, when there is one (top-level
     * options take no value).
     */
    static String subcommandName(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    /** Convenience for tests: run with no terminal and the given environment. */
    public static int run(
            String[] args,
            InputStream in,
            Map<String, String> env,
            PrintWriter out,
            PrintWriter err) {
        return run(args, new Console(in, false, env), out, err);
    }
}
