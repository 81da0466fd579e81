package dev.wsladvisor.cli;

import dev.wsladvisor.usecase.FactsSource;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --probe}, {@code --probe-replay DIR} and {@code --paste FILE}: where a command finds the
 * host facts.
 */
final class HostProbeOptions {

    @Option(
            names = "--probe",
            description =
                    "Detect the host facts on this PC first (see 'wsl-advisor probe'); --facts, if given,"
                            + " adds to and overrides them.")
    private boolean probe;

    @Option(
            names = "--probe-replay",
            paramLabel = "DIR",
            description =
                    "Read the host facts from outputs captured earlier (see 'wsl-advisor probe --replay').")
    private Path replay;

    @Option(
            names = "--paste",
            paramLabel = "FILE",
            description =
                    "Read the host facts from a whole paste (outputs of wsl --version, wsl -l -v, systeminfo, ... as copied"
                            + " from a ticket; see 'wsl-advisor probe --paste'), or '-' for standard input.")
    private String paste;

    /** Where the facts come from: the {@code --facts} document over these host facts. */
    FactsSource with(FactsOption facts, StrictOption strict) {
        return new FactsSource(facts.facts(), probe, replay, paste, strict.strict());
    }

    String paste() {
        return paste;
    }
}
