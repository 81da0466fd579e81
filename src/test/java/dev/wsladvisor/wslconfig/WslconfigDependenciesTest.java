package dev.wsladvisor.wslconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.SourceDependencies;
import dev.wsladvisor.support.SourceDependencies.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The .wslconfig part sits below the advice: the advice asks it for its section, never the other
 * way round, and its subpackages are layered (text, then parse and keys, then lint and suggest,
 * then show and apply) without a cycle. Read from the source files, so the rule holds for what is
 * written, not for what was last compiled.
 */
class WslconfigDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/wsladvisor/wslconfig");
    private static final String WSLCONFIG = "dev.wsladvisor.wslconfig";
    private static final List<String> ABOVE =
            List.of(
                    "dev.wsladvisor.advice",
                    "dev.wsladvisor.cli",
                    "dev.wsladvisor.batch",
                    "dev.wsladvisor.ask");

    @Test
    void noWslconfigClassRefersToTheAdviceOrTheCommandsAboveIt() {
        List<Reference> upwards =
                SourceDependencies.under(SOURCES).stream()
                        .filter(r -> ABOVE.stream().anyMatch(a -> within(r.targetPackage(), a)))
                        .toList();
        assertThat(upwards).as("wslconfig must not depend on %s", ABOVE).isEmpty();
    }

    @Test
    void theWslconfigSubpackagesFormNoCycle() {
        Map<String, Set<String>> graph = wslconfigGraph(SourceDependencies.under(SOURCES));
        assertThat(graph)
                .as("the wslconfig subpackages that refer to others")
                .containsKeys(WSLCONFIG + ".lint", WSLCONFIG + ".apply", WSLCONFIG + ".show");
        assertThat(SourceDependencies.cycle(graph))
                .as("a cycle between wslconfig subpackages")
                .isEmpty();
    }

    @Test
    void everyWslconfigClassLivesInASubpackageOfItsSubject() throws Exception {
        try (Stream<Path> top = Files.list(SOURCES)) {
            assertThat(
                            top.filter(Files::isRegularFile)
                                    .map(Path::getFileName)
                                    .map(Path::toString)
                                    .toList())
                    .as(
                            "classes directly in %s: put each in the subpackage of its subject",
                            WSLCONFIG)
                    .isEmpty();
        }
    }

    @Test
    void aCycleBetweenTwoSubpackagesIsFound() {
        List<Reference> refs =
                Stream.of(
                                SourceDependencies.of(
                                        Path.of("A.java"),
                                        """
                        package dev.wsladvisor.wslconfig.lint;
                        import dev.wsladvisor.wslconfig.keys.KeyCatalog;
                        class A {}
                        """),
                                SourceDependencies.of(
                                        Path.of("B.java"),
                                        """
                        package dev.wsladvisor.wslconfig.keys;
                        class B { Object f = new dev.wsladvisor.wslconfig.lint.LintEntry(); }
                        """))
                        .flatMap(List::stream)
                        .toList();
        assertThat(SourceDependencies.cycle(wslconfigGraph(refs)))
                .hasValueSatisfying(
                        c ->
                                assertThat(c)
                                        .containsExactly(
                                                WSLCONFIG + ".keys",
                                                WSLCONFIG + ".lint",
                                                WSLCONFIG + ".keys"));
    }

    @Test
    void anImportOfTheAdviceIsFoundWithItsLineButNotAMentionInAComment() {
        List<Reference> refs =
                SourceDependencies.of(
                        Path.of("C.java"),
                        """
                package dev.wsladvisor.wslconfig.lint;

                // dev.wsladvisor.advice.Advice is only named here
                import static dev.wsladvisor.advice.Texts.*;
                class C { String s = "dev.wsladvisor.cli.Main"; }
                """);
        assertThat(refs)
                .extracting(Reference::line, Reference::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "dev.wsladvisor.advice.Texts"));
    }

    private static Map<String, Set<String>> wslconfigGraph(List<Reference> refs) {
        return SourceDependencies.graph(
                refs.stream().filter(r -> within(r.targetPackage(), WSLCONFIG)).toList());
    }

    private static boolean within(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }
}
