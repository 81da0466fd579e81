package dev.wsladvisor.scenario;

import dev.wsladvisor.errors.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds scenario files: a file named as it is, a folder searched for {@code *.scenario.json} below
 * it.
 */
public final class ScenarioFiles {

    public static final String SUFFIX = ".scenario.json";

    private ScenarioFiles() {}

    /** Every scenario named by {@code paths}, in the order given, each folder's sorted by path. */
    public static List<Path> find(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new UserInputException(
                            path + ": cannot read the folder: " + e.getMessage());
                }
            } else if (Files.exists(path)) {
                out.add(path);
            } else {
                throw new UserInputException(
                        path
                                + ": no such file or folder. Name a "
                                + SUFFIX
                                + " file or a folder that holds them.");
            }
        }
        return out;
    }
}
