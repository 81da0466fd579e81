package dev.wsladvisor.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contract has no field for "the default distribution" except {@code default: true} on an entry
 * of {@code host.wsl.distributions}. {@code wsl --status} names it without the list, so it becomes
 * an entry of its own, or marks the matching entry when {@code wsl -l -v} came first.
 */
final class DefaultDistribution {
    private DefaultDistribution() {}

    static void record(String name, String source, ProbeResult out) {
        JsonNode list = out.get("host.wsl.distributions");
        if (list instanceof ArrayNode array) {
            for (JsonNode entry : array) {
                if (entry instanceof ObjectNode object
                        && name.equals(object.path("name").asText())
                        && !object.has("default")) {
                    object.put("default", true);
                }
            }
            return;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        array.addObject().put("name", name).put("default", true);
        out.fill("host.wsl.distributions", array, source);
    }
}
