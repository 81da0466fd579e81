package dev.wsladvisor.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the facts document, generated from {@link FactsSchema} so the
 * two cannot drift. The checked-in copy, {@code src/main/resources/wsladvisor/facts.schema.json},
 * is compared with this by a test.
 */
public final class FactsJsonSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FactsJsonSchema() {}

    public static String generate() {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://wsl-advisor.dev/schema/facts-v1.json");
        schema.put("title", "wsl-advisor facts document, version 1");
        describeObject(schema, FactsSchema.root());
        try {
            return new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(schema)
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describeObject(ObjectNode node, FieldSpec spec) {
        node.put("description", spec.description());
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        for (FieldSpec child : spec.children().values()) {
            properties.set(child.name(), describe(child));
        }
    }

    private static ObjectNode describe(FieldSpec spec) {
        ObjectNode node = NODES.objectNode();
        switch (spec.kind()) {
            case OBJECT:
                describeObject(node, spec);
                node.set("type", types("object"));
                return node;
            case OBJECT_ARRAY:
                {
                    node.put("description", spec.description());
                    node.set("type", types("array"));
                    ObjectNode items = node.putObject("items");
                    describeObject(items, spec);
                    items.remove("description");
                    return node;
                }
            case STRING_ARRAY:
                node.put("description", spec.description());
                node.set("type", types("array"));
                node.putObject("items").put("type", "string");
                return node;
            case STRING_MAP:
                node.put("description", spec.description());
                node.set("type", types("object"));
                node.putObject("additionalProperties").set("type", types("string"));
                return node;
            case BOOLEAN:
                node.put("description", spec.description());
                node.set("type", types("boolean"));
                return node;
            case STRING:
                node.put("description", spec.description());
                node.set("type", types("string"));
                return node;
            case ENUM:
                {
                    node.put("description", spec.description() + " Matched case-insensitively.");
                    node.set("type", types("string"));
                    ArrayNode values = node.putArray("enum");
                    spec.values().forEach(values::add);
                    values.addNull();
                    return node;
                }
            case INTEGER:
            case NUMBER:
                node.put("description", spec.description());
                node.set(
                        "type",
                        types(spec.kind() == FieldSpec.Kind.INTEGER ? "integer" : "number"));
                if (spec.min() != null) {
                    node.put("minimum", spec.min());
                }
                if (spec.max() != null) {
                    node.put("maximum", spec.max());
                }
                return node;
            default:
                throw new IllegalStateException("unhandled kind " + spec.kind());
        }
    }

    /** Every field may also be null: null means unknown. */
    private static ArrayNode types(String type) {
        return NODES.arrayNode().add(type).add("null");
    }
}
