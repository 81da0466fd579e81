package dev.wsladvisor.cli;

import dev.wsladvisor.wslconfig.parse.WslConfigFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --wslconfig FILE}: the person's .wslconfig, checked within the advice. */
final class WslconfigOption {

    @Option(
            names = "--wslconfig",
            paramLabel = "FILE",
            description =
                    "Your existing .wslconfig, to check it as well (exit code 1 when a finding is an error, as wslconfig lint)."
                            + " Read within "
                            + WslConfigFiles.LIMITS
                            + ".")
    private Path wslconfig;

    /** The file, or null. */
    Path wslconfig() {
        return wslconfig;
    }
}
