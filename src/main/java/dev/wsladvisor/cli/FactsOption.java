package dev.wsladvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --facts FILE}, the one declaration for every command that reads a facts document: a
 * String, not a Path, because '-' names standard input.
 */
final class FactsOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(
            names = "--facts",
            paramLabel = "FILE",
            description =
                    "The facts document of the PC (JSON, see docs/facts-format.md; at most 10 MiB, each list read up to"
                            + " 100 entries), or '-' to read it from standard input.")
    private String facts;

    /** The file given, '-', or null. */
    String facts() {
        return facts;
    }

    /**
     * For the commands that cannot work without it: picocli's own words for a missing required
     * option.
     */
    String required() {
        if (facts == null) {
            throw new CommandLine.ParameterException(
                    command.commandLine(), "Missing required option: '--facts=FILE'");
        }
        return facts;
    }
}
