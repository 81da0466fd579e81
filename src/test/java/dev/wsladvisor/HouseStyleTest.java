package dev.wsladvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house style the formatter cannot hold: tests named after the behaviour in one convention,
 * classes small enough to read in one sitting, and the root package left to the entry point. Read
 * from the sources, so it holds for what is written.
 */
class HouseStyleTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TESTS = Path.of("src/test/java");

    /**
     * Lines of code (not blank, not comment) a class may have; about 250 lines as written before
     * the formatter.
     */
    static final int MOST_CODE_LINES = 250;

    /**
     * Longer on purpose, each with its reason. A class is listed here only when splitting it would
     * scatter one thing a reader wants in one place.
     */
    static final Map<String, String> LONGER_ON_PURPOSE =
            Map.of(
                    "dev/wsladvisor/facts/FactsSchema.java",
                    "the one declaration of every facts field, read top to bottom like the contract's table");

    private static final Pattern TEST_ANNOTATION =
            Pattern.compile(
                    "@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example)\\b");

    /**
     * A method declaration: its name, parameters (which may hold annotations with arguments), then
     * its body.
     */
    private static final Pattern METHOD =
            Pattern.compile(
                    "\\s(\\w+)\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*(?:throws [\\w., ]+)?\\{");

    @Test
    void testMethodsAreNamedAfterTheBehaviourInCamelCase() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : javaFiles(TESTS)) {
            // Text blocks hold example sources (this class's own check does), not tests.
            String source = Files.readString(file).replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"");
            for (String name : testMethods(source)) {
                if (!camelCase(name)) {
                    offending.add(TESTS.relativize(file) + ": " + name);
                }
            }
        }
        assertThat(offending)
                .as("test methods not in camelCase (dockerNeedMakesWsl2Required, no underscores)")
                .isEmpty();
    }

    @Test
    void theNamingCheckFindsTestsInEveryAnnotationForm() {
        String source =
                """
                @Test void good_one() {}
                @ParameterizedTest
                @ValueSource(strings = {"a"})
                void secondOne(String s) {}
                @Property(tries = 10) void third_one(@ForAll @IntRange(min = 1) int i) throws Exception {}
                """;
        List<String> names = testMethods(source);
        assertThat(names).containsExactly("good_one", "secondOne", "third_one");
        assertThat(names.stream().filter(HouseStyleTest::camelCase)).containsExactly("secondOne");
    }

    @Test
    void noClassIsLongerThanAboutTwoHundredFiftyLinesOfCode() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            int code = codeLines(Files.readAllLines(file));
            if (code > MOST_CODE_LINES && !LONGER_ON_PURPOSE.containsKey(name)) {
                tooLong.add(name + ": " + code + " lines of code");
            }
        }
        assertThat(tooLong)
                .as(
                        "split these by job, or say in LONGER_ON_PURPOSE why one thing needs the length")
                .isEmpty();
    }

    @Test
    void codeLinesLeaveOutBlankLinesAndComments() {
        assertThat(
                        codeLines(
                                List.of(
                                        "/**",
                                        " * Doc.",
                                        " */",
                                        "class A {",
                                        "",
                                        "    // why",
                                        "    int a = 1; // trailing",
                                        "    /* block */",
                                        "}")))
                .isEqualTo(3);
    }

    @Test
    void theRootPackageHoldsNoClasses() throws IOException {
        try (Stream<Path> root = Files.list(MAIN.resolve("dev/wsladvisor"))) {
            assertThat(root.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as(
                            "classes belong in the package of their subject (cli for the entry point, io for files)")
                    .isEmpty();
        }
    }

    /** The names of the methods annotated as tests, in order. */
    static List<String> testMethods(String source) {
        List<String> names = new ArrayList<>();
        Matcher annotation = TEST_ANNOTATION.matcher(source);
        Matcher method = METHOD.matcher(source);
        int from = 0;
        while (annotation.find(from)) {
            if (!method.find(annotation.end())) {
                break;
            }
            names.add(method.group(1));
            from = method.end();
        }
        return names;
    }

    static boolean camelCase(String name) {
        return name.matches("[a-z][a-zA-Z0-9]*");
    }

    static int codeLines(List<String> lines) {
        int code = 0;
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("/*") && !t.startsWith("*")) {
                code++;
            }
        }
        return code;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
