package dev.wsladvisor.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What a command may know about where it runs: standard input, whether a person sits at a terminal, and the
 * environment. Injected, so tests decide it.
 */
public record Console(InputStream in, boolean terminal, Map<String, String> env) {

    /** Colour on a terminal, unless NO_COLOR is set (https://no-color.org). */
    public boolean colour() {
        return terminal && !env.containsKey("NO_COLOR");
    }
}
