package dev.wsladvisor.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of the command line: exit code, standard output and standard error. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun run(String... args) {
        return runWith("", Map.of(), false, args);
    }

    public static CliRun runWith(
            String stdin, Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        args,
                        new Console(
                                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                                terminal,
                                env),
                        new PrintWriter(out),
                        new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
