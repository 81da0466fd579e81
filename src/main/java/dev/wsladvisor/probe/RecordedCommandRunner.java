package dev.wsladvisor.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers commands with outputs recorded on a real machine, so that the probes run their real
 * parsing code in tests. A command nobody recorded behaves like a program that is not installed.
 */
public final class RecordedCommandRunner implements CommandRunner {
    /** One call as the probe made it. */
    public record Call(List<String> command, Map<String, String> environment, Duration timeout) {}

    private final Map<String, CommandResult> answers = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    /**
     * Records that {@code commandLine} (program and arguments joined by single spaces) printed
     * {@code stdout} and exited 0.
     */
    public RecordedCommandRunner answer(String commandLine, byte[] stdout) {
        return answer(commandLine, CommandResult.completed(0, stdout, new byte[0]));
    }

    public RecordedCommandRunner answer(String commandLine, CommandResult result) {
        answers.put(commandLine, result);
        return this;
    }

    @Override
    public CommandResult run(
            List<String> command, Map<String, String> environment, Duration timeout) {
        calls.add(new Call(List.copyOf(command), Map.copyOf(environment), timeout));
        CommandResult result = answers.get(String.join(" ", command));
        return result != null
                ? result
                : CommandResult.notFound(command.get(0) + " is not installed (nothing recorded)");
    }

    public List<Call> calls() {
        return Collections.unmodifiableList(calls);
    }
}
