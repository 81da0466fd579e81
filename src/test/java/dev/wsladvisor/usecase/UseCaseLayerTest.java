package dev.wsladvisor.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.SourceDependencies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the layers, read from the sources: the commands only parse, call and print, so no
 * class in {@code cli} but {@code Main}, and none in {@code usecase}, reads standard input, the
 * environment or the system itself (they come through the injected {@code Console}); and the
 * use-case layer below the commands knows neither them nor picocli.
 */
class UseCaseLayerTest {

    private static final Path CLI = Path.of("src/main/java/dev/wsladvisor/cli");
    private static final Path USECASE = Path.of("src/main/java/dev/wsladvisor/usecase");

    /**
     * What reads the process's surroundings directly; {@code Main} alone does, once, into the
     * console.
     */
    private static final Pattern SYSTEM_READ =
            Pattern.compile(
                    "\\bSystem\\s*\\.\\s*(in|getenv|getProperty|getProperties|console)\\b"
                            + "|\\bavailableProcessors\\b|\\bHostProbe\\s*(::|\\.)\\s*local\\b|\\bLinuxHost\\s*\\.\\s*real\\b");

    private static final Pattern UPWARDS =
            Pattern.compile("\\b(dev\\.wsladvisor\\.cli|picocli)\\.");

    @Test
    void noCommandOrUseCaseReadsStandardInputTheEnvironmentOrTheSystemItself() throws IOException {
        List<String> reads = new ArrayList<>();
        for (Path file : Stream.concat(sources(CLI).stream(), sources(USECASE).stream()).toList()) {
            if (!file.equals(CLI.resolve("Main.java"))) {
                reads.addAll(matches(file, SYSTEM_READ));
            }
        }
        assertThat(reads)
                .as(
                        "reads of System.in, the environment or the system outside Main: take them from the Console")
                .isEmpty();
    }

    @Test
    void theUseCaseLayerKnowsNeitherTheCommandsNorPicocli() throws IOException {
        List<String> upwards = new ArrayList<>();
        for (Path file : sources(USECASE)) {
            upwards.addAll(matches(file, UPWARDS));
        }
        assertThat(sources(USECASE)).isNotEmpty();
        assertThat(upwards).as("usecase must not depend on cli or picocli").isEmpty();
    }

    @Test
    void aCommandReadingTheEnvironmentIsFound() {
        String source =
                """
                package dev.wsladvisor.cli;
                /** Reads System.getenv in a comment: not a read. */
                class Sneaky { String home = System.getenv("HOME"); java.io.InputStream in = System .in; }
                """;
        assertThat(matches(Path.of("Sneaky.java"), source, SYSTEM_READ)).hasSize(2);
        assertThat(
                        matches(
                                Path.of("Up.java"),
                                "package dev.wsladvisor.usecase;\nimport picocli.CommandLine;\n",
                                UPWARDS))
                .hasSize(1);
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> matches(Path file, Pattern pattern) throws IOException {
        return matches(file, Files.readString(file), pattern);
    }

    private static List<String> matches(Path file, String source, Pattern pattern) {
        String code = SourceDependencies.withoutCommentsAndStrings(source);
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            found.add(
                    file
                            + ":"
                            + (code.substring(0, m.start()).split("\n", -1).length)
                            + ": "
                            + m.group());
        }
        return found;
    }
}
