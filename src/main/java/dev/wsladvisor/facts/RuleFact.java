package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One object the rules match on and what it was read from: {@code slot} names its place ("host.os",
 * "answers.errors[1]"), {@code source} is the JSON node it was built from, and {@code across} what
 * it reads from elsewhere in the document. A variant made by {@link FactsDocument#withFact} shares
 * every JSON node off the changed path with its document, so an object of the same slot, source
 * node and {@code across} says to the rules what the original says (as does one read from an equal
 * node): the what-if trials replace only the others in the rule session. {@code wholeSource} is
 * false where the object is read from more than its node's own fields (the diagnosis, from the
 * whole host), so a change cannot be narrowed to fields.
 */
public record RuleFact(
        String slot, JsonNode source, Object across, boolean wholeSource, Object fact) {
    /**
     * Both say the same to every rule: read from the same JSON (the same node, or an equal one),
     * and alike across.
     */
    public boolean sameAs(RuleFact other) {
        return (source == other.source || source.equals(other.source))
                && Objects.equals(across, other.across);
    }

    /**
     * The names of the source's own fields whose values differ in {@code other} ("docker",
     * "build"), or null when what changed cannot be told field by field: then every property of the
     * object may have changed.
     */
    public Set<String> changedFields(RuleFact other) {
        if (!wholeSource
                || !other.wholeSource
                || !Objects.equals(across, other.across)
                || !fieldsOf(source)
                || !fieldsOf(other.source)) {
            return null;
        }
        Set<String> out = new HashSet<>();
        other.source.fieldNames().forEachRemaining(out::add);
        source.fieldNames().forEachRemaining(out::add);
        out.removeIf(name -> source.path(name).equals(other.source.path(name)));
        return out;
    }

    private static boolean fieldsOf(JsonNode node) {
        return node.isObject() || node.isMissingNode();
    }
}
