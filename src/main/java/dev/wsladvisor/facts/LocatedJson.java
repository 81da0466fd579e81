package dev.wsladvisor.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.UserInputException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree that remembers where each value started in the text, so that validation errors can name the
 * line and column as well as the JSON path. Jackson's own trees forget locations.
 */
public final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonNode root;
    /** The text as given: a String, or the bytes of a text known to be ASCII (lines and columns are the same). */
    private final Object text;
    private final TextOrigin origin;
    private Map<String, JsonLocation> locations;

    private LocatedJson(JsonNode root, Object text, TextOrigin origin) {
        this.root = root;
        this.text = text;
        this.origin = origin;
    }

    public JsonNode root() {
        return root;
    }

    /**
     * Where the value at a path such as {@code host.wsl.distributions[0].name} starts, as messages name it:
     * "host.json:3:5", or "line 7, column 5" in a JSON Lines file; the start of the text if unknown.
     */
    String place(String path) {
        if (locations == null) {
            // Only an error or a warning needs a position: find them then, and parse fast until then.
            locations = new HashMap<>();
            try (JsonParser p = parser(text)) {
                p.nextToken();
                read(p, "", locations);
            } catch (IOException e) {
                throw new IllegalStateException("the text parsed once already", e);
            }
        }
        JsonLocation loc = locations.get(path);
        return loc == null ? origin.at(1, 1) : at(origin, loc);
    }

    private static String at(TextOrigin origin, JsonLocation loc) {
        return origin.at(loc.getLineNr(), loc.getColumnNr());
    }

    /** Parses one JSON text; {@code where} names the input in error messages. */
    public static LocatedJson parse(String text, String where) {
        return parse(text, TextOrigin.file(where));
    }

    static LocatedJson parse(String text, TextOrigin origin) {
        return parseText(text, origin);
    }

    /**
     * Parses a JSON text held as bytes that are all ASCII (the caller has checked), without making a String
     * of them first: every line of a fleet file comes this way.
     */
    static LocatedJson parseAscii(byte[] bytes, TextOrigin origin) {
        return parseText(bytes, origin);
    }

    private static JsonParser parser(Object text) throws IOException {
        return text instanceof byte[] ? FACTORY.createParser((byte[]) text) : FACTORY.createParser((String) text);
    }

    private static LocatedJson parseText(Object text, TextOrigin origin) {
        String where = origin.name();
        try (JsonParser p = parser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new UserInputException(where + ": the input is empty or only white space. "
                        + "A facts document is one JSON object, for example {\"answers\": {\"docker\": true}}.");
            }
            JsonNode root = read(p, "", null);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new UserInputException(at(origin, p.currentTokenLocation())
                        + ": unexpected text after the end of the JSON document. "
                        + "A facts file holds exactly one JSON object; for many hosts use 'batch' with JSON Lines.");
            }
            return new LocatedJson(root, text, origin);
        } catch (JsonParseException e) {
            JsonLocation loc = e.getLocation();
            throw new UserInputException((loc == null ? where : at(origin, loc)) + ": malformed JSON: " + e.getOriginalMessage()
                    + ". Check the brackets, quotes and commas around that place.");
        } catch (IOException e) {
            throw new UserInputException(where + ": cannot read JSON: " + e.getMessage());
        }
    }

    /** The tree below the current token; with {@code locations}, also where each value starts, by path. */
    private static JsonNode read(JsonParser p, String path, Map<String, JsonLocation> locations) throws IOException {
        if (locations != null) {
            locations.put(path, p.currentTokenLocation());
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode obj = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    obj.set(name, read(p, locations == null ? null : path.isEmpty() ? name : path + "." + name, locations));
                }
                return obj;
            }
            case START_ARRAY: {
                ArrayNode arr = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    arr.add(read(p, locations == null ? null : path + "[" + i + "]", locations));
                    i++;
                }
                return arr;
            }
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return nodes.numberNode(p.getIntValue());
                    case LONG:
                        return nodes.numberNode(p.getLongValue());
                    default:
                        return nodes.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            default:
                return nodes.nullNode();
        }
    }
}
