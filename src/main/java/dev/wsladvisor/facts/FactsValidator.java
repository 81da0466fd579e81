package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.text.Suggestions;
import dev.wsladvisor.text.Visible;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a parsed facts document against {@link FactsSchema}: types and ranges are errors naming the JSON path,
 * line and column; unknown field names are warnings with the closest known name (errors with --strict).
 * Enumeration values are matched case-insensitively and normalised to the contract's spelling.
 */
final class FactsValidator {

    /**
     * A list holds at most this many entries; the rest are ignored with a warning. A real host has a few
     * distributions and a person a few error messages, and every entry is matched by the rules on every
     * what-if trial: 400,000 error messages took minutes and gigabytes before there was a limit.
     */
    public static final int MAX_LIST_ENTRIES = 100;

    /** Unknown fields warned about one by one; the rest are counted in one line, so the warnings stay readable. */
    static final int MAX_UNKNOWN_FIELD_WARNINGS = 20;

    /** Names and values quoted in messages are cut to this many characters: a message stays one readable line. */
    private static final int QUOTED_CHARS = 60;

    private final LocatedJson json;
    private final boolean strict;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> unknownFields = new ArrayList<>();
    private int unknownFieldCount;

    FactsValidator(LocatedJson json, boolean strict) {
        this.json = json;
        this.strict = strict;
    }

    /** Validates in place (normalising enumeration spelling) and returns the warnings. */
    List<String> validate() {
        JsonNode root = json.root();
        if (!root.isObject()) {
            throw error("", "the document must be a JSON object, found " + describe(root)
                    + ". Wrap the facts in { }, for example {\"answers\": {\"docker\": true}}.");
        }
        checkObject((ObjectNode) root, FactsSchema.root(), "");
        if (unknownFieldCount > unknownFields.size()) {
            unknownFields.add(json.place("") + ": " + (unknownFieldCount - unknownFields.size())
                    + " more unknown fields, not listed; they are ignored. See docs/facts-format.md for the known fields.");
        }
        if (strict && unknownFieldCount > 0) {
            // Every unknown field at once (up to the limit): fixing them one run at a time would be tedious.
            throw new UserInputException(String.join("\n", unknownFields) + "\n(--strict makes unknown fields an error)");
        }
        warnings.addAll(0, unknownFields);
        JsonNode version = root.get("schemaVersion");
        if (version != null && version.isIntegralNumber() && version.asInt() != FactsSchema.VERSION) {
            throw error("schemaVersion", "this wsl-advisor reads facts version " + FactsSchema.VERSION
                    + ", found " + version.asText() + ". Set \"schemaVersion\": 1 or upgrade wsl-advisor.");
        }
        return warnings;
    }

    private void checkObject(ObjectNode node, FieldSpec spec, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            FieldSpec childSpec = spec.child(field.getKey());
            if (childSpec == null) {
                unknownField(field.getKey(), field.getValue(), spec, childPath);
                continue;
            }
            JsonNode normalised = checkValue(field.getValue(), childSpec, childPath);
            if (normalised != field.getValue()) {
                field.setValue(normalised);
            }
        }
    }

    private JsonNode checkValue(JsonNode value, FieldSpec spec, String path) {
        if (value.isNull()) {
            return value;
        }
        switch (spec.kind()) {
            case OBJECT:
                if (!value.isObject()) {
                    throw mismatch(path, spec, value);
                }
                checkObject((ObjectNode) value, spec, path);
                return value;
            case OBJECT_ARRAY:
                if (!value.isArray()) {
                    throw mismatch(path, spec, value);
                }
                value = firstEntries((ArrayNode) value, path);
                for (int i = 0; i < value.size(); i++) {
                    JsonNode item = value.get(i);
                    if (!item.isObject()) {
                        throw error(path + "[" + i + "]", "expected an object, found " + describe(item) + ".");
                    }
                    checkObject((ObjectNode) item, spec, path + "[" + i + "]");
                }
                return value;
            case STRING_ARRAY:
                if (!value.isArray()) {
                    throw mismatch(path, spec, value);
                }
                value = firstEntries((ArrayNode) value, path);
                for (int i = 0; i < value.size(); i++) {
                    if (!value.get(i).isTextual()) {
                        throw error(path + "[" + i + "]", "expected a string, found " + describe(value.get(i)) + ".");
                    }
                }
                return value;
            case STRING_MAP:
                if (!value.isObject()) {
                    throw mismatch(path, spec, value);
                }
                value.fields().forEachRemaining(e -> {
                    if (!e.getValue().isTextual() && !e.getValue().isNull()) {
                        throw error(path + "." + e.getKey(), "expected a string, found " + describe(e.getValue()) + ".");
                    }
                });
                return value;
            case BOOLEAN:
                if (!value.isBoolean()) {
                    throw mismatch(path, spec, value);
                }
                return value;
            case STRING:
                if (!value.isTextual()) {
                    throw mismatch(path, spec, value);
                }
                return value;
            case ENUM:
                return checkEnum(value, spec, path);
            case INTEGER:
                return checkNumber(value, spec, path, true);
            case NUMBER:
                return checkNumber(value, spec, path, false);
            default:
                throw new IllegalStateException("unhandled kind " + spec.kind());
        }
    }

    /** The list itself, or its first {@link #MAX_LIST_ENTRIES} entries with a warning naming how many are ignored. */
    private JsonNode firstEntries(ArrayNode list, String path) {
        if (list.size() <= MAX_LIST_ENTRIES) {
            return list;
        }
        warnings.add(json.place(path) + ": " + path + " has " + list.size() + " entries; the first " + MAX_LIST_ENTRIES
                + " are read and the other " + (list.size() - MAX_LIST_ENTRIES) + " ignored (a list holds at most "
                + MAX_LIST_ENTRIES + ").");
        ArrayNode first = list.arrayNode(MAX_LIST_ENTRIES);
        for (int i = 0; i < MAX_LIST_ENTRIES; i++) {
            first.add(list.get(i));
        }
        return first;
    }

    /**
     * Names other tools give to the contract's values, such as Windows's own PROCESSOR_ARCHITECTURE=AMD64: spelling
     * distance would suggest "arm64" for "amd64", the wrong processor.
     */
    private static final Map<String, String> SYNONYMS = Map.of("amd64", "x64", "x86_64", "x64", "x86-64", "x64",
            "aarch64", "arm64", "i386", "x86", "i686", "x86");

    private JsonNode checkEnum(JsonNode value, FieldSpec spec, String path) {
        if (!value.isTextual()) {
            throw mismatch(path, spec, value);
        }
        String given = value.asText().trim().toLowerCase(Locale.ROOT);
        for (String allowed : spec.values()) {
            if (allowed.equals(given)) {
                return allowed.equals(value.asText()) ? value : TextNode.valueOf(allowed);
            }
        }
        String synonym = SYNONYMS.get(given);
        String hint = synonym != null && spec.values().contains(synonym)
                ? " \"" + quoted(value.asText()) + "\" is what other tools call \"" + synonym + "\": write \"" + synonym + "\"."
                : Suggestions.closest(given, spec.values()).map(s -> " Did you mean \"" + s + "\"?").orElse("");
        throw error(path, "expected " + spec.expectation() + ", found \"" + quoted(value.asText()) + "\"." + hint);
    }

    private static final BigDecimal INT_LIMIT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private JsonNode checkNumber(JsonNode value, FieldSpec spec, String path, boolean integral) {
        if (!value.isNumber()) {
            String hint = value.isTextual() && value.asText().trim().matches("-?\\d+(\\.\\d+)?")
                    ? " Write the number without quotes: " + quoted(value.asText().trim()) + "." : "";
            throw error(path, "expected " + spec.expectation() + ", found " + describe(value) + "." + hint);
        }
        BigDecimal number = value.decimalValue();
        if (integral && number.stripTrailingZeros().scale() > 0) {
            throw error(path, "expected " + spec.expectation() + ", found " + quoted(value.asText()) + ".");
        }
        boolean belowMin = spec.min() != null && number.compareTo(BigDecimal.valueOf(spec.min())) < 0;
        boolean aboveMax = spec.max() != null && number.compareTo(BigDecimal.valueOf(spec.max())) > 0;
        if (belowMin || aboveMax) {
            throw error(path, "expected " + spec.expectation() + ", found " + quoted(value.asText()) + " (out of range).");
        }
        // The fact objects hold whole numbers as Java ints: a larger one would wrap around (2147483648 MB of RAM
        // would read as less than 4 GB), so it is refused rather than misread.
        if (integral && number.abs().compareTo(INT_LIMIT) > 0) {
            throw error(path, "expected " + spec.expectation() + ", found " + quoted(value.asText())
                    + " (too large: at most " + Integer.MAX_VALUE + ").");
        }
        return value;
    }

    private void unknownField(String name, JsonNode value, FieldSpec parent, String path) {
        if (++unknownFieldCount > MAX_UNKNOWN_FIELD_WARNINGS) {
            return;
        }
        Optional<String> closest = Suggestions.closest(name, parent.children().keySet());
        String shown = path;
        String suggestion = null;
        if (closest.isPresent()) {
            FieldSpec meant = parent.child(closest.get());
            suggestion = meant.path();
            // Name the nested field too ("hots.os" -> "host.os") so the person sees the whole correction.
            if (value.isObject() && value.size() > 0) {
                String firstChild = value.fieldNames().next();
                if (meant.child(firstChild) != null) {
                    shown = path + "." + firstChild;
                    suggestion = meant.child(firstChild).path();
                }
            }
        } else {
            Optional<String> anywhere = Suggestions.closest(path, FactsSchema.allPaths());
            suggestion = anywhere.orElse(null);
        }
        String message = "unknown field " + quoted(shown) + (suggestion == null
                ? "; it is ignored. See docs/facts-format.md for the known fields."
                : ": did you mean " + suggestion + "?");
        unknownFields.add(json.place(path) + ": " + message);
    }

    /** A name or text from the input as a message shows it: escaped (no control characters) and cut short. */
    private static String quoted(String text) {
        return Visible.escape(text, QUOTED_CHARS);
    }

    private UserInputException mismatch(String path, FieldSpec spec, JsonNode value) {
        return error(path, "expected " + spec.expectation() + ", found " + describe(value) + ".");
    }

    private UserInputException error(String path, String message) {
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
