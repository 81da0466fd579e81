package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.errors.UserInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed facts document against {@link FactsSchema}: types and ranges are errors naming
 * the JSON path, line and column; unknown field names are warnings with the closest known name
 * (errors with --strict). Enumeration values are matched case-insensitively and normalised to the
 * contract's spelling.
 */
final class FactsValidator {

    /**
     * A list holds at most this many entries; the rest are ignored with a warning. A real host has
     * a few distributions and a person a few error messages, and every entry is matched by the
     * rules on every what-if trial: 400,000 error messages took minutes and gigabytes before there
     * was a limit.
     */
    public static final int MAX_LIST_ENTRIES = 100;

    private final LocatedJson json;
    private final boolean strict;
    private final FactsErrors errors;
    private final ScalarChecks scalars;
    private final UnknownFields unknownFields;
    private final List<String> warnings = new ArrayList<>();

    FactsValidator(LocatedJson json, boolean strict) {
        this.json = json;
        this.strict = strict;
        this.errors = new FactsErrors(json);
        this.scalars = new ScalarChecks(errors);
        this.unknownFields = new UnknownFields(errors);
    }

    /** Validates in place (normalising enumeration spelling) and returns the warnings. */
    List<String> validate() {
        JsonNode root = json.root();
        if (!root.isObject()) {
            throw errors.error(
                    "",
                    "the document must be a JSON object, found "
                            + FactsErrors.describe(root)
                            + ". Wrap the facts in { }, for example {\"answers\": {\"docker\": true}}.");
        }
        checkObject((ObjectNode) root, FactsSchema.root(), "");
        List<String> unknown = unknownFields.messages();
        if (strict && unknownFields.count() > 0) {
            // Every unknown field at once (up to the limit): fixing them one run at a time would be
            // tedious.
            throw new UserInputException(
                    String.join("\n", unknown) + "\n(--strict makes unknown fields an error)");
        }
        warnings.addAll(0, unknown);
        JsonNode version = root.get("schemaVersion");
        if (version != null
                && version.isIntegralNumber()
                && version.asInt() != FactsSchema.VERSION) {
            throw errors.error(
                    "schemaVersion",
                    "this wsl-advisor reads facts version "
                            + FactsSchema.VERSION
                            + ", found "
                            + version.asText()
                            + ". Set \"schemaVersion\": 1 or upgrade wsl-advisor.");
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
                unknownFields.add(field.getKey(), field.getValue(), spec, childPath);
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
                    throw errors.mismatch(path, spec, value);
                }
                checkObject((ObjectNode) value, spec, path);
                return value;
            case OBJECT_ARRAY:
                if (!value.isArray()) {
                    throw errors.mismatch(path, spec, value);
                }
                value = firstEntries((ArrayNode) value, path);
                for (int i = 0; i < value.size(); i++) {
                    JsonNode item = value.get(i);
                    if (!item.isObject()) {
                        throw errors.error(
                                path + "[" + i + "]",
                                "expected an object, found " + FactsErrors.describe(item) + ".");
                    }
                    checkObject((ObjectNode) item, spec, path + "[" + i + "]");
                }
                return value;
            case STRING_ARRAY:
                if (!value.isArray()) {
                    throw errors.mismatch(path, spec, value);
                }
                value = firstEntries((ArrayNode) value, path);
                for (int i = 0; i < value.size(); i++) {
                    if (!value.get(i).isTextual()) {
                        throw errors.error(
                                path + "[" + i + "]",
                                "expected a string, found "
                                        + FactsErrors.describe(value.get(i))
                                        + ".");
                    }
                }
                return value;
            case STRING_MAP:
                if (!value.isObject()) {
                    throw errors.mismatch(path, spec, value);
                }
                value.fields()
                        .forEachRemaining(
                                e -> {
                                    if (!e.getValue().isTextual() && !e.getValue().isNull()) {
                                        throw errors.error(
                                                path + "." + e.getKey(),
                                                "expected a string, found "
                                                        + FactsErrors.describe(e.getValue())
                                                        + ".");
                                    }
                                });
                return value;
            case BOOLEAN:
                if (!value.isBoolean()) {
                    throw errors.mismatch(path, spec, value);
                }
                return value;
            case STRING:
                if (!value.isTextual()) {
                    throw errors.mismatch(path, spec, value);
                }
                return value;
            case ENUM:
                return scalars.checkEnum(value, spec, path);
            case INTEGER:
                return scalars.checkNumber(value, spec, path, true);
            case NUMBER:
                return scalars.checkNumber(value, spec, path, false);
            default:
                throw new IllegalStateException("unhandled kind " + spec.kind());
        }
    }

    /**
     * The list itself, or its first {@link #MAX_LIST_ENTRIES} entries with a warning naming how
     * many are ignored.
     */
    private JsonNode firstEntries(ArrayNode list, String path) {
        if (list.size() <= MAX_LIST_ENTRIES) {
            return list;
        }
        warnings.add(
                json.place(path)
                        + ": "
                        + path
                        + " has "
                        + list.size()
                        + " entries; the first "
                        + MAX_LIST_ENTRIES
                        + " are read and the other "
                        + (list.size() - MAX_LIST_ENTRIES)
                        + " ignored (a list holds at most "
                        + MAX_LIST_ENTRIES
                        + ").");
        ArrayNode first = list.arrayNode(MAX_LIST_ENTRIES);
        for (int i = 0; i < MAX_LIST_ENTRIES; i++) {
            first.add(list.get(i));
        }
        return first;
    }
}
