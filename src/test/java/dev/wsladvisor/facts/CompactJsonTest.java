package dev.wsladvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CompactJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyValueOfTheSamplesIsQuotedAsJacksonWritesIt() throws IOException {
        List<JsonNode> values = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                collect(MAPPER.readTree(file.toFile()), values);
            }
        }
        assertThat(values).hasSizeGreaterThan(200);
        for (JsonNode value : values) {
            assertThat(CompactJson.of(value)).as("%s", value).isEqualTo(value.toString());
        }
    }

    @Test
    void escapesNumbersAndNestingMatchJackson() throws IOException {
        JsonNode tricky =
                MAPPER.readTree(
                        """
                {"errors": ["0x80370102", "say \\"hi\\"\\n\\u0001 é \\ud83d\\ude00"], "n": [1, -2, 3.5, 1e300, 12345678901234567890,
                 0.1, null, true, false], "empty": {}, "nested": [[], [{"a": {"b": []}}]]}""");
        List<JsonNode> values = new ArrayList<>();
        collect(tricky, values);
        for (JsonNode value : values) {
            assertThat(CompactJson.of(value)).as("%s", value).isEqualTo(value.toString());
        }
    }

    @Test
    void aQuotedArrayOfTheDocumentReadsAsItWasGiven() {
        FactsDocument doc =
                new FactsReader(false)
                        .parse(
                                "{\"answers\": {\"errors\": [\"0x80370102\", \"0x8007019e\"]}}"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                "host.json");
        assertThat(doc.describe("answers.errors"))
                .isEqualTo("answers.errors = [\"0x80370102\",\"0x8007019e\"]");
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        into.add(node);
        for (JsonNode child : node) {
            collect(child, into);
        }
    }
}
