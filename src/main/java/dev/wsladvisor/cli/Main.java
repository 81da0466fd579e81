package dev.wsladvisor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** The entry point, and the only place that exits. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupWarmup.start(args);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, console(), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Java 17 knows a terminal only when standard input and output both are one (System.console()), so
     * {@code ask > advice.json} would look like a script. The launcher says which streams are terminals
     * ({@code WSL_ADVISOR_TTY}: the digits 0, 1, 2 of those that are; "-" for none); without it, System.console() decides.
     */
    private static Console console() {
        Map<String, String> env = System.getenv();
        String tty = env.get("WSL_ADVISOR_TTY");
        if (tty == null) {
            return new Console(System.in, System.console() != null, env);
        }
        return new Console(System.in, tty.contains("0"), tty.contains("1"), tty.contains("2"), env);
    }

    /** Runs one command line and returns its exit code; tests call this in-process. */
    public static int run(String[] args, Console console, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(console, args);
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Every subcommand, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(AdviseCommand.class, AskCommand.class, BatchCommand.class,
            WslconfigCommand.class, ProbeCommand.class, RulesCommand.class);

    /**
     * Picocli reads the annotations of every command it is given, which cost a cold {@code advise} about 35 ms
     * (docs/performance.md): when the arguments name a subcommand, only that one is built. Anything else
     * (no subcommand, a typo, an {@code @file}) gets all of them, so help and "did you mean" see every command.
     */
    static CommandLine commandLine(Console console, String[] args) {
        CommandLine cli = new CommandLine(new WslAdvisorCommand(console));
        Class<?> named = namedSubcommand(args);
        for (Class<?> sub : SUBCOMMANDS) {
            if (named == null || named == sub) {
                cli.addSubcommand(sub);
            }
        }
        versionEverywhere(cli);
        // --format JSON works as well as --format json: an enum's case carries no meaning for a person.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Path.class, Main::path);
        ErrorHandling.install(cli);
        return cli;
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(ErrorHandling.unusableFileName(name));
        }
    }

    /** {@code wsl-advisor advise --version} says the same as {@code wsl-advisor --version}, not nothing. */
    private static void versionEverywhere(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(cli.getCommandSpec().versionProvider());
            versionEverywhere(sub);
        }
    }

    private static Class<?> namedSubcommand(String[] args) {
        String name = subcommandName(args);
        for (Class<?> sub : SUBCOMMANDS) {
            if (sub.getAnnotation(CommandLine.Command.class).name().equals(name)) {
                return sub;
            }
        }
        return null;
    }

    /** The first argument that is not an option: the subcommand, when there is one (top-level options take no value). */
    static String subcommandName(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    /** Convenience for tests: run with no terminal and the given environment. */
    public static int run(String[] args, InputStream in, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(args, new Console(in, false, env), out, err);
    }
}
