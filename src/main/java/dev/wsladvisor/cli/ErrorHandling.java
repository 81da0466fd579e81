package dev.wsladvisor.cli;

import dev.wsladvisor.UserInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Every error becomes one message and an exit code here, in one place: bad usage and bad input exit 2 with
 * what, where and how to fix; anything else is a bug and exits 70, with the stack trace only under --verbose.
 */
final class ErrorHandling {

    private ErrorHandling() {
    }

    static void install(CommandLine cli) {
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof UserInputException) {
                err.println("wsl-advisor: " + ex.getMessage());
                return ExitCode.BAD_INPUT;
            }
            err.println("wsl-advisor: internal error (a bug in wsl-advisor, not in your input): " + ex);
            if (parseResult.hasMatchedOption("--verbose") || verbose(cmd)) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                err.print(trace);
            } else {
                err.println("Run again with --verbose to see the stack trace, and please report it.");
            }
            return ExitCode.INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("wsl-advisor: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
            return ExitCode.BAD_INPUT;
        });
        cli.setExitCodeExceptionMapper(ex -> ex instanceof UserInputException ? ExitCode.BAD_INPUT : ExitCode.INTERNAL_ERROR);
    }

    /** Whether --verbose was given to the top command. */
    static boolean verbose(CommandLine cmd) {
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            if (c.getCommand() instanceof WslAdvisorCommand && ((WslAdvisorCommand) c.getCommand()).verbose()) {
                return true;
            }
        }
        return false;
    }
}
