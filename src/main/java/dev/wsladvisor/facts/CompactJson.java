package dev.wsladvisor.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * A JSON value as one line of text, as {@code JsonNode.toString} writes it, but with the streaming
 * writer: {@code toString} sets up Jackson's whole {@code ObjectMapper} (tens of ms, once per
 * process) and an {@code ObjectWriter} per call, and explanations quote arrays such as {@code
 * answers.errors} on every host.
 */
final class CompactJson {

    private static final JsonFactory JSON = new JsonFactory();

    private CompactJson() {}

    static String of(JsonNode node) {
        StringWriter text = new StringWriter(64);
        try (JsonGenerator g = JSON.createGenerator(text)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON value", e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : node) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NUMBER -> {
                if (node.isInt() || node.isLong()) {
                    g.writeNumber(node.longValue());
                } else if (node.isBigInteger()) {
                    g.writeNumber(node.bigIntegerValue());
                } else if (node.isBigDecimal()) {
                    g.writeNumber(node.decimalValue());
                } else if (node.isFloat()) {
                    g.writeNumber(node.floatValue());
                } else {
                    g.writeNumber(node.doubleValue());
                }
            }
            default -> g.writeNull();
        }
    }
}
