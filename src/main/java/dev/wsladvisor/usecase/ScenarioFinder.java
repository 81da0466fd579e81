package dev.wsladvisor.usecase;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.scenario.ScenarioFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenarios {@code rules test} and {@code rules coverage} run: those named, or those beside the
 * person's rules.
 */
public final class ScenarioFinder {

    private ScenarioFinder() {}

    /**
     * Every *.scenario.json among {@code paths} (files or folders), or below {@code ruleDirs} when
     * none is named.
     */
    public static List<Path> find(List<Path> paths, List<Path> ruleDirs) {
        List<Path> where = paths.isEmpty() ? ruleDirs : paths;
        if (where.isEmpty()) {
            throw new UserInputException(
                    "no scenarios named: give a *.scenario.json file or a folder of them (PATH),"
                            + " or --rules DIR with scenarios beside the rules. docs/writing-rules.md shows a scenario.");
        }
        List<Path> files = ScenarioFiles.find(where);
        if (files.isEmpty()) {
            throw new UserInputException(
                    "no *.scenario.json files in "
                            + String.join(", ", where.stream().map(Path::toString).toList())
                            + ". A scenario is {\"facts\": {...}, \"expect\": {...}}; docs/writing-rules.md shows one.");
        }
        return files;
    }
}
