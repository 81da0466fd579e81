package dev.wsladvisor.facts;

import static dev.wsladvisor.facts.FactsErrors.quoted;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsladvisor.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Field names the contract does not know, each with the closest known name: warnings, or errors
 * under --strict.
 */
final class UnknownFields {

    /**
     * Unknown fields warned about one by one; the rest are counted in one line, so the warnings
     * stay readable.
     */
    static final int MAX_UNKNOWN_FIELD_WARNINGS = 20;

    private final FactsErrors errors;
    private final List<String> unknownFields = new ArrayList<>();
    private int unknownFieldCount;

    UnknownFields(FactsErrors errors) {
        this.errors = errors;
    }

    /** How many unknown fields were met, listed or not. */
    int count() {
        return unknownFieldCount;
    }

    void add(String name, JsonNode value, FieldSpec parent, String path) {
        if (++unknownFieldCount > MAX_UNKNOWN_FIELD_WARNINGS) {
            return;
        }
        Optional<String> closest = Suggestions.closest(name, parent.children().keySet());
        String shown = path;
        String suggestion = null;
        if (closest.isPresent()) {
            FieldSpec meant = parent.child(closest.get());
            suggestion = meant.path();
            // Name the nested field too ("hots.os" -> "host.os") so the person sees the whole
            // correction.
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
        String message =
                "unknown field "
                        + quoted(shown)
                        + (suggestion == null
                                ? "; it is ignored. See docs/facts-format.md for the known fields."
                                : ": did you mean " + suggestion + "?");
        unknownFields.add(errors.place(path) + ": " + message);
    }

    /**
     * One message per unknown field (up to {@link #MAX_UNKNOWN_FIELD_WARNINGS}), then one counting
     * the rest.
     */
    List<String> messages() {
        List<String> out = new ArrayList<>(unknownFields);
        if (unknownFieldCount > unknownFields.size()) {
            out.add(
                    errors.place("")
                            + ": "
                            + (unknownFieldCount - unknownFields.size())
                            + " more unknown fields, not listed; they are ignored. See docs/facts-format.md for the known fields.");
        }
        return out;
    }
}
