package dev.wsladvisor.wslconfig.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WslConfigDocsTest {

    private static final Path DOC = Path.of("docs/wslconfig.md");

    @Test
    void docsPageIsInStepWithTheCatalogue() throws Exception {
        String expected = WslConfigDocs.render(KeyCatalog.builtIn());
        if (Boolean.getBoolean("wsladvisor.regenerateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as(
                        "docs/wslconfig.md is stale; regenerate with: mvn -q test -Dtest=WslConfigDocsTest"
                                + " -Dwsladvisor.regenerateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void everyCatalogueKeyIsDocumented() {
        String doc = WslConfigDocs.render(KeyCatalog.builtIn());
        for (KeySpec k : KeyCatalog.builtIn().keys()) {
            assertThat(doc).contains("`" + (k.inWslConfig() ? k.name() : k.fullName()) + "`");
        }
    }

    @Test
    void catalogueEntriesAreCompleteAndUnique() {
        var seen = new java.util.HashSet<String>();
        for (KeySpec k : KeyCatalog.builtIn().keys()) {
            assertThat(seen.add(k.file() + ":" + k.fullName().toLowerCase()))
                    .as(k.fullName())
                    .isTrue();
            assertThat(k.source()).as(k.fullName()).startsWith("https://");
            assertThat(k.description()).as(k.fullName()).isNotBlank();
            assertThat(k.defaultValue()).as(k.fullName()).isNotBlank();
            k.valueType();
            if (k.valueType() == ValueType.ENUM) {
                assertThat(k.allowedValues()).as(k.fullName()).isNotEmpty();
            }
        }
    }
}
