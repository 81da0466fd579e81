package dev.wsladvisor.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format text|json}, for every command that prints either for a person or for a program.
 * batch (jsonl, csv), probe (json) and wslconfig lint (also sarif) take other formats and declare
 * their own.
 */
final class FormatOption {

    enum Format {
        text,
        json
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    boolean json() {
        return format == Format.json;
    }

    Format format() {
        return format;
    }
}
