package dev.wsladvisor.probe;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs one external program with fixed arguments, never through a shell. Implementations never
 * throw for a missing, failing or hanging program: they report it in the {@link CommandResult}.
 */
public interface CommandRunner {
    /**
     * @param command the program and its arguments, passed as they are
     * @param environment variables to add to the inherited environment
     * @param timeout how long to wait before the program is killed
     */
    CommandResult run(List<String> command, Map<String, String> environment, Duration timeout);
}
