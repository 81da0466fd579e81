package dev.wsladvisor.cli;

import picocli.CommandLine.Option;

/** {@code --strict}, for every command that reads facts documents. */
final class StrictOption {

    @Option(
            names = "--strict",
            description = "Treat unknown field names in the facts as errors instead of warnings.")
    private boolean strict;

    boolean strict() {
        return strict;
    }
}
