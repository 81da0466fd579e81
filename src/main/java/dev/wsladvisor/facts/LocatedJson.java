package dev.wsladvisor.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.errors.UserInputException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON tree that remembers where each value started in the text, so that validation errors can
 * name the line and column as well as the JSON path. Jackson's own trees forget locations.
 */
public final class LocatedJson {

    private static final JsonFactory FACTORY =
            JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonNode root;

    /**
     * The text as given: a String, or the bytes of a text known to be ASCII (lines and columns are
     * the same).
     */
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
     * Where the value at a path such as {@code host.wsl.distributions[0].name} starts, as messages
     * name it: "host.json:3:5", or "line 7, column 5" in a JSON Lines file; the start of the text
     * if unknown.
     */
    String place(String path) {
        if (locations == null) {
            // Only an error or a warning needs a position: find them then, and parse fast until
            // then.
            locations = new HashMap<>();
            try (JsonParser p = parser(text)) {
                p.nextToken();
                locate(p, "", locations);
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
     * Parses a JSON text held as bytes that are all ASCII (the caller has checked), without making
     * a String of them first: every line of a fleet file comes this way.
     */
    static LocatedJson parseAscii(byte[] bytes, TextOrigin origin) {
        return parseText(bytes, origin);
    }

    private static JsonParser parser(Object text) throws IOException {
        return text instanceof byte[]
                ? FACTORY.createParser((byte[]) text)
                : FACTORY.createParser((String) text);
    }

    private static LocatedJson parseText(Object text, TextOrigin origin) {
        String where = origin.name();
        try (JsonParser p = parser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new UserInputException(
                        where
                                + ": the input is empty or only white space. "
                                + "A facts document is one JSON object, for example {\"answers\": {\"docker\": true}}.");
            }
            JsonNode root = read(p);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new UserInputException(
                        at(origin, p.currentTokenLocation())
                                + ": unexpected text after the end of the JSON document. "
                                + (origin.oneLine()
                                        ? "Each line holds one host's facts document: put each on a line of its own."
                                        : "A facts file holds exactly one JSON object; for many hosts use 'batch' with JSON Lines."));
            }
            return new LocatedJson(root, text, origin);
        } catch (JsonParseException e) {
            JsonLocation loc = e.getLocation();
            String place = loc == null ? where : at(origin, loc);
            String path = pathOf(e.getProcessor());
            String in = path.isEmpty() ? "" : " in " + path;
            String original = String.valueOf(e.getOriginalMessage());
            if (original.startsWith("Duplicate field ")) {
                throw new UserInputException(
                        place
                                + ": "
                                + (path.isEmpty() ? "a field" : path)
                                + " is given twice in"
                                + " the same object. Keep one of them.");
            }
            if (original.contains("ALLOW_COMMENTS")) {
                throw new UserInputException(
                        place
                                + ": malformed JSON"
                                + in
                                + ": a comment, and JSON has none. Remove"
                                + " the // or /* */ parts.");
            }
            if (original.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
                throw new UserInputException(
                        place
                                + ": malformed JSON"
                                + in
                                + ": NaN and Infinity are not JSON numbers."
                                + " Write a number, or null for unknown.");
            }
            throw new UserInputException(
                    place
                            + ": malformed JSON"
                            + in
                            + ": "
                            + plain(original, origin)
                            + hintFor(original));
        } catch (StreamConstraintsException e) {
            // Jackson's limits (1,000 levels of nesting, very long numbers and names) are far
            // beyond any facts document.
            throw new UserInputException(
                    where
                            + ": the JSON is nested too deeply or holds a number or name too long"
                            + " to read; a facts document is a few levels deep. Check that this is the file you meant.");
        } catch (IOException e) {
            throw new UserInputException(where + ": cannot read JSON: " + e.getMessage());
        }
    }

    /** "answers.errors[2]": where the parser was, from its context, in the paths messages use. */
    private static String pathOf(Object processor) {
        if (!(processor instanceof JsonParser)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonPointer ptr = ((JsonParser) processor).getParsingContext().pathAsPointer();
                !ptr.matches();
                ptr = ptr.tail()) {
            if (ptr.getMatchingIndex() >= 0
                    && ptr.getMatchingProperty().chars().allMatch(Character::isDigit)) {
                path.append('[').append(ptr.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(ptr.getMatchingProperty());
            }
        }
        return path.toString();
    }

    private static final Pattern SOURCE =
            Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern FEATURE_HINT =
            Pattern.compile("[;:]?\\s*\\(?(?:enable|Feature) [^)]*ALLOW_[^)]*\\)?");

    /**
     * Jackson's message without its internals: its source and feature names, in the places messages
     * use.
     */
    private static String plain(String message, TextOrigin origin) {
        Matcher m = SOURCE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            origin.at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        }
        m.appendTail(out);
        return FEATURE_HINT
                .matcher(out)
                .replaceAll("")
                .replace("start marker at", "it starts at")
                .trim();
    }

    /** How to fix what Jackson names by a feature switch; otherwise where to look. */
    private static String hintFor(String original) {
        if (original.contains("to start field name")) {
            return ". A name in double quotes must follow each comma: look for a comma before a closing } or a name"
                    + " without quotes.";
        }
        if (original.contains("ALLOW_SINGLE_QUOTES") || original.contains("ALLOW_UNQUOTED")) {
            return ". JSON names and texts take double quotes: \"name\": \"text\".";
        }
        return ". Check the brackets, quotes and commas around that place.";
    }

    /**
     * Where each value below the current token starts, by path. Entries of a list past the ones the
     * validator reads ({@link FactsValidator#MAX_LIST_ENTRIES}) are skipped: no message names them,
     * and a list of 400,000 would otherwise cost a map entry each.
     */
    private static void locate(JsonParser p, String path, Map<String, JsonLocation> locations)
            throws IOException {
        locations.put(path, p.currentTokenLocation());
        if (p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                locate(p, path.isEmpty() ? name : path + "." + name, locations);
            }
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (i < FactsValidator.MAX_LIST_ENTRIES) {
                    locate(p, path + "[" + i + "]", locations);
                } else {
                    p.skipChildren();
                }
                i++;
            }
        }
    }

    /** The tree below the current token. */
    private static JsonNode read(JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT:
                {
                    ObjectNode obj = nodes.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        obj.set(name, read(p));
                    }
                    return obj;
                }
            case START_ARRAY:
                {
                    ArrayNode arr = nodes.arrayNode();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        arr.add(read(p));
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
