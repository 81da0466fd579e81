package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The fact model in docs/writing-rules.md is generated from the fact classes and the facts catalogue. */
class FactModelDocTest {

    private static final Path DOC = Path.of("docs/writing-rules.md");
    private static final String START = "<!-- fact-model:start -->\n";
    private static final String END = "<!-- fact-model:end -->";

    /** Regenerate: {@code mvn -q test -Dtest=FactModelDocTest -Dwsladvisor.regenerate=true}. */
    @Test
    void theDocsFactModelIsTheGeneratedOne() throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf(START) + START.length();
        int end = doc.indexOf(END);
        String generated = FactModel.markdown().substring(1) + "\n";
        if (Boolean.getBoolean("wsladvisor.regenerate")) {
            doc = doc.substring(0, start) + generated + doc.substring(end);
            Files.writeString(DOC, doc);
            end = doc.indexOf(END);
        }
        assertThat(doc.substring(start, end)).isEqualTo(generated);
        assertThat(generated).contains("| `docker` | true/false | `answers.docker` |",
                "| `build` | whole number | `host.os.build` | 7600 to 99999 |",
                "| `virtualMachinePlatform` | text | `host.features.virtualMachinePlatform` | `enabled`, `disabled`, `absent`, `enable-pending` |",
                "| `virtualMachine` | true/false | `host.hardware.isVirtualMachine` |", "`buildAtLeast(int)`");
    }

    @Test
    void everyFieldOfTheFactsDocumentIsSomeFactsField() {
        java.util.Set<String> mapped = new java.util.HashSet<>();
        FactModel.types().forEach(t -> t.fields().values().forEach(f -> mapped.add(f.path())));
        assertThat(mapped).contains("host.os.build", "host.hardware.memoryMb", "host.wsl.packageVersion", "answers.vpn",
                "host.wsl.distributions.default", "host.software.dockerDesktop.backend");
    }
}
