package dev.wsladvisor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/fleet-summary.schema.json describes the summary as written: every golden summary (and so
 * every field the code writes) validates against it, with the subset of JSON Schema the file uses
 * (type, properties, required, additionalProperties, items, minimum, $ref). A field added to {@link
 * FleetReport} without the schema fails here.
 */
class FleetSummarySchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "fleet.summary.json",
                "generated-400.summary.json",
                "generated-400.what-if.summary.json"
            })
    void theSummaryMatchesItsDocumentedSchema(String golden) throws IOException {
        JsonNode schema = JSON.readTree(Path.of("docs/fleet-summary.schema.json").toFile());
        JsonNode summary = JSON.readTree(Path.of("src/test/resources/fleet", golden).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) summary)
                .put("seconds", 1.5)
                .put("hostsPerSecond", 20);

        List<String> problems = new ArrayList<>();
        validate(schema, schema, summary, "$", problems);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"lines\":1}", "{\"lines\":-1}"})
    void theCheckFindsWhatTheSchemaForbids(String wrong) throws IOException {
        JsonNode schema = JSON.readTree(Path.of("docs/fleet-summary.schema.json").toFile());
        List<String> problems = new ArrayList<>();
        validate(schema, schema, JSON.readTree(wrong), "$", problems);
        assertThat(problems).isNotEmpty();
    }

    private static void validate(
            JsonNode root, JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            validate(root, root.at(ref.substring(1)), value, at, problems);
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(at + ": " + value.getNodeType() + " is not " + schema.get("type"));
            return;
        }
        if (schema.has("minimum")
                && value.isNumber()
                && value.asDouble() < schema.get("minimum").asDouble()) {
            problems.add(at + ": below " + schema.get("minimum"));
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(at + ": " + required.asText() + " missing");
                }
            }
            for (Map.Entry<String, JsonNode> field :
                    (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
                JsonNode declared = schema.path("properties").get(field.getKey());
                if (declared != null) {
                    validate(root, declared, field.getValue(), at + "." + field.getKey(), problems);
                } else if (schema.get("additionalProperties") != null
                        && schema.get("additionalProperties").isObject()) {
                    validate(
                            root,
                            schema.get("additionalProperties"),
                            field.getValue(),
                            at + "." + field.getKey(),
                            problems);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    problems.add(at + "." + field.getKey() + ": not in the schema");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(root, schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
