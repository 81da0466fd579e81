package dev.wsladvisor.cli;

import dev.wsladvisor.usecase.Platform;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a command may know about where it runs: standard input, whether a person types at a terminal
 * ({@code terminal}: standard input is one), whether standard output and standard error are
 * terminals, the environment, and the machine ({@link Platform}). Injected, so tests decide it: no
 * command reads {@code System.in}, the environment or the system properties itself. {@code ask
 * --format json > advice.json} is a person at a terminal whose output goes to a file: questions,
 * but no colour.
 */
public record Console(
        InputStream in,
        boolean terminal,
        boolean outTerminal,
        boolean errTerminal,
        Map<String, String> env,
        Platform platform) {

    /** On this machine ({@link Main#platform()}). */
    public Console(
            InputStream in,
            boolean terminal,
            boolean outTerminal,
            boolean errTerminal,
            Map<String, String> env) {
        this(in, terminal, outTerminal, errTerminal, env, Main.platform());
    }

    /** All three streams at a terminal, or none, on this machine. */
    public Console(InputStream in, boolean terminal, Map<String, String> env) {
        this(in, terminal, terminal, terminal, env);
    }

    /**
     * Colour when standard output is a terminal, unless NO_COLOR is set to anything
     * (https://no-color.org).
     */
    public boolean colour() {
        String noColor = env.get("NO_COLOR");
        return outTerminal && (noColor == null || noColor.isEmpty());
    }

    /** A progress line on standard error only when a person sees it there. */
    public boolean progress() {
        return errTerminal;
    }

    /** A terminal types in its own code page; pipes and tests give UTF-8. */
    public Charset inputCharset() {
        return terminal ? platform.terminalCharset() : StandardCharsets.UTF_8;
    }
}
