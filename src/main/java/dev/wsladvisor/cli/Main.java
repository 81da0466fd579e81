package dev.wsladvisor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The entry point, and the only place that exits. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, new Console(System.in, System.console() != null, System.getenv()), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; tests call this in-process. */
    public static int run(String[] args, Console console, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(console);
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(Console console) {
        CommandLine cli = new CommandLine(new WslAdvisorCommand(console));
        ErrorHandling.install(cli);
        return cli;
    }

    /** Convenience for tests: run with no terminal and the given environment. */
    public static int run(String[] args, InputStream in, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(args, new Console(in, false, env), out, err);
    }
}
