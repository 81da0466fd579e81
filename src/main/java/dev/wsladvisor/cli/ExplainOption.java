package dev.wsladvisor.cli;

import picocli.CommandLine.Option;

/** {@code --explain}, for the commands that print advice. */
final class ExplainOption {

    @Option(
            names = "--explain",
            description = "Show, for each reason, the rule id and the facts it matched.")
    private boolean explain;

    boolean explain() {
        return explain;
    }
}
