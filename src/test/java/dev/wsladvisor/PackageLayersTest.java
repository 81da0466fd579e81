package dev.wsladvisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.SourceDependencies;
import dev.wsladvisor.support.SourceDependencies.Reference;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package list is the path of the data (docs/architecture.md): each package refers only to
 * those listed before it, and to the small shared ones every layer may use. Read from the sources,
 * so a class that reaches up fails here, naming its file and line.
 */
class PackageLayersTest {

    /**
     * In the order of docs/architecture.md: facts in, rules fire, advice out, then what drives it.
     */
    static final List<String> LAYERS =
            List.of(
                    "facts",
                    "probe",
                    "rules",
                    "wslconfig",
                    "advice",
                    "ask",
                    "batch",
                    "scenario",
                    "usecase",
                    "cli");

    /** Used by every layer; they use none of the layers. */
    static final List<String> SHARED = List.of("text", "io", "errors");

    @Test
    void eachPackageRefersOnlyToThoseBeforeItAndTheSharedOnes() {
        List<Reference> upwards =
                SourceDependencies.under(Path.of("src/main/java/dev/wsladvisor")).stream()
                        .filter(PackageLayersTest::reachesUp)
                        .toList();
        assertThat(upwards).as("references against the order %s", LAYERS).isEmpty();
    }

    @Test
    void aFactsClassNamingTheAdviceIsFound() {
        List<Reference> refs =
                SourceDependencies.of(
                        Path.of("F.java"),
                        """
                        package dev.wsladvisor.facts;
                        import dev.wsladvisor.advice.Advice;
                        import dev.wsladvisor.errors.UserInputException;
                        class F {}
                        """);
        assertThat(refs.stream().filter(PackageLayersTest::reachesUp))
                .extracting(Reference::target)
                .containsExactly("dev.wsladvisor.advice.Advice");
    }

    static boolean reachesUp(Reference r) {
        String from = top(r.fromPackage());
        String to = top(r.targetPackage());
        if (from.equals(to) || SHARED.contains(to) && !SHARED.contains(from)) {
            return false;
        }
        if (SHARED.contains(from)) {
            // Among the shared ones: io may word its errors, nothing else reaches anywhere.
            return !(from.equals("io") && to.equals("errors"));
        }
        return LAYERS.indexOf(to) < 0 || LAYERS.indexOf(to) > LAYERS.indexOf(from);
    }

    private static String top(String pkg) {
        String rest =
                pkg.startsWith("dev.wsladvisor.") ? pkg.substring("dev.wsladvisor.".length()) : pkg;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
