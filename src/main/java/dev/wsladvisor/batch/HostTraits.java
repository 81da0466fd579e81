package dev.wsladvisor.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsladvisor.facts.FactsDocument;

/**
 * What the fleet report groups a host by: its Windows edition, build and display version, and how
 * many facts about the host (under {@code host}) its document gave; none means its readiness cannot
 * be judged.
 */
record HostTraits(int hostFacts, String edition, Integer build, String displayVersion) {

    static final HostTraits NONE = new HostTraits(0, null, null, null);

    static HostTraits of(FactsDocument facts) {
        JsonNode json = facts.json();
        JsonNode os = json.path("host").path("os");
        return new HostTraits(
                leaves(json.path("host")),
                text(os.path("edition")),
                os.path("build").isInt() ? os.path("build").intValue() : null,
                text(os.path("displayVersion")));
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.textValue() : null;
    }

    /** Values given, counting each array element's values: nulls are not facts. */
    private static int leaves(JsonNode n) {
        if (n.isContainerNode()) {
            int count = 0;
            for (JsonNode child : n) {
                count += leaves(child);
            }
            return count;
        }
        return n.isMissingNode() || n.isNull() ? 0 : 1;
    }
}
