package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.text.Visible;

/**
 * How a wrong facts document is put in words: {@code file:line:col: path: what was expected, what
 * was found}.
 */
final class FactsErrors {

    /**
     * Names and values quoted in messages are cut to this many characters: a message stays one
     * readable line.
     */
    private static final int QUOTED_CHARS = 60;

    private final LocatedJson json;

    FactsErrors(LocatedJson json) {
        this.json = json;
    }

    /** Where {@code path} is in the input: {@code file:line:col}. */
    String place(String path) {
        return json.place(path);
    }

    /**
     * A name or text from the input as a message shows it: escaped (no control characters) and cut
     * short.
     */
    static String quoted(String text) {
        return Visible.escape(text, QUOTED_CHARS);
    }

    UserInputException mismatch(String path, FieldSpec spec, JsonNode value) {
        return error(path, "expected " + spec.expectation() + ", found " + describe(value) + ".");
    }

    UserInputException error(String path, String message) {
        String at = path.isEmpty() ? "" : quoted(path) + ": ";
        return new UserInputException(json.place(path) + ": " + at + message);
    }

    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the string \"" + Visible.escape(value.asText(), 40) + "\"";
        }
        if (value.isBoolean()) {
            return "the boolean " + value.asText();
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }
}
