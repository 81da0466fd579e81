package dev.wsladvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FactsJsonSchemaTest {

    static final Path CHECKED_IN = Path.of("src/main/resources/wsladvisor/facts.schema.json");

    /**
     * The schema file is generated from FactsSchema. When this fails after a change to the fact
     * catalogue, regenerate it: {@code mvn -q test -Dtest=FactsJsonSchemaTest
     * -Dwsladvisor.regenerate=true}.
     */
    @Test
    void checkedInSchemaMatchesTheFactCatalogue() throws Exception {
        String generated = FactsJsonSchema.generate();
        if (Boolean.getBoolean("wsladvisor.regenerate")) {
            Files.createDirectories(CHECKED_IN.getParent());
            Files.writeString(CHECKED_IN, generated);
        }
        assertThat(Files.readString(CHECKED_IN)).isEqualTo(generated);
    }

    @Test
    void schemaNamesEveryContractField() {
        String schema = FactsJsonSchema.generate();
        for (String field :
                new String[] {
                    "virtualizationFirmwareEnabled",
                    "nestedVirtualization",
                    "windowsHypervisorPlatform",
                    "packageVersion",
                    "otherHypervisors",
                    "windowsToolsOnSameFiles",
                    "errors",
                    "diskFreeGb",
                    "vmHost"
                }) {
            assertThat(schema).contains("\"" + field + "\"");
        }
    }
}
