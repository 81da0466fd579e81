package dev.wsladvisor.cli;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.text.Visible;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;

/**
 * Every error becomes one message and an exit code here, in one place: bad usage and bad input exit
 * 2 with what, where and how to fix; anything else is a bug and exits 70, with the stack trace only
 * under --verbose.
 */
final class ErrorHandling {

    private ErrorHandling() {}

    static void install(CommandLine cli) {
        cli.setExecutionExceptionHandler(
                (ex, cmd, parseResult) -> {
                    PrintWriter err = cmd.getErr();
                    if (ex instanceof UserInputException) {
                        err.println("wsl-advisor: " + visibleLines(ex.getMessage()));
                        return ExitCode.BAD_INPUT;
                    }
                    if (ex instanceof InvalidPathException) {
                        err.println(
                                "wsl-advisor: "
                                        + unusableFileName(
                                                ((InvalidPathException) ex).getInput(),
                                                fileNameEncoding(cmd)));
                        return ExitCode.BAD_INPUT;
                    }
                    err.println(
                            "wsl-advisor: internal error (a bug in wsl-advisor, not in your input): "
                                    + ex);
                    if (parseResult.hasMatchedOption("--verbose") || verbose(cmd)) {
                        StringWriter trace = new StringWriter();
                        ex.printStackTrace(new PrintWriter(trace));
                        err.print(trace);
                    } else {
                        err.println(
                                "Run again with --verbose to see the stack trace, and please report it.");
                    }
                    return ExitCode.INTERNAL_ERROR;
                });
        cli.setParameterExceptionHandler(
                (ex, args) -> {
                    CommandLine cmd = ex.getCommandLine();
                    PrintWriter err = cmd.getErr();
                    err.println("wsl-advisor: " + visibleLines(ex.getMessage()));
                    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
                    err.println(
                            "Try '"
                                    + cmd.getCommandSpec().qualifiedName()
                                    + " --help' for the options and examples.");
                    return ExitCode.BAD_INPUT;
                });
        cli.setExitCodeExceptionMapper(
                ex ->
                        ex instanceof UserInputException || ex instanceof InvalidPathException
                                ? ExitCode.BAD_INPUT
                                : ExitCode.INTERNAL_ERROR);
    }

    /**
     * A message with every line made visible ({@link Visible}): the places that quote input escape
     * it already; this is the last guard, so no escape sequence from input reaches the terminal
     * through an error.
     */
    static String visibleLines(String message) {
        if (message == null) {
            return "";
        }
        String[] lines = message.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = Visible.escape(lines[i]);
        }
        return String.join("\n", lines);
    }

    /**
     * A file name Java cannot use: under LANG=C (or no locale) Java reads file names as ASCII, so a
     * name with another letter arrives with its bytes lost and cannot name any file.
     */
    static String unusableFileName(String name, String encoding) {
        if (name.indexOf('\0') >= 0) {
            return Visible.escape(name, 80)
                    + ": a file name cannot hold a NUL character; check how the name was made.";
        }
        return Visible.escape(name, 80)
                + ": cannot be used as a file name here"
                + (encoding.isEmpty() ? "" : " (Java reads" + " file names as " + encoding + ")")
                + ". A name with letters beyond ASCII needs a UTF-8 locale:"
                + " run with LANG=C.UTF-8 (or LC_ALL=C.UTF-8), or rename the file.";
    }

    /**
     * How Java names files, from the top command's console; empty for a command run on its own
     * (tests).
     */
    private static String fileNameEncoding(CommandLine cmd) {
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            if (c.getCommand() instanceof WslAdvisorCommand root) {
                return root.console().platform().fileNameEncoding();
            }
        }
        return "";
    }

    /** Whether --verbose was given to the top command. */
    static boolean verbose(CommandLine cmd) {
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            if (c.getCommand() instanceof WslAdvisorCommand
                    && ((WslAdvisorCommand) c.getCommand()).verbose()) {
                return true;
            }
        }
        return false;
    }
}
