package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A value of a facts tree at a dotted path ("answers.docker", "host.os.build"): read or replaced.
 */
final class JsonPaths {

    private JsonPaths() {}

    /** The value at {@code path}, or a missing node. */
    static JsonNode at(JsonNode root, String path) {
        // Explanations quote facts by path on every host of a batch: walk the parts without
        // String.split's list and array.
        JsonNode node = root;
        int from = 0;
        while (true) {
            int dot = path.indexOf('.', from);
            node = node.path(dot < 0 ? path.substring(from) : path.substring(from, dot));
            if (dot < 0) {
                return node;
            }
            from = dot + 1;
        }
    }

    /** A tree like {@code root} with the value at {@code path} set, or removed when null. */
    static ObjectNode with(JsonNode root, String path, Object value) {
        // Only the objects on the path are copied; the rest of the tree is shared, as nothing
        // changes a document's tree once it is read. What-if makes about a hundred of these per
        // host, so a copy of the whole tree (unknown fields and lists included) would multiply the
        // input's size by the number of trials.
        ObjectNode copy = shallowCopy(root);
        String[] parts = path.split("\\.");
        ObjectNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = parent.get(parts[i]);
            ObjectNode child =
                    next != null && next.isObject()
                            ? shallowCopy(next)
                            : JsonNodeFactory.instance.objectNode();
            parent.set(parts[i], child);
            parent = child;
        }
        String leaf = parts[parts.length - 1];
        if (value == null) {
            parent.remove(leaf);
        } else {
            parent.set(leaf, toNode(value));
        }
        return copy;
    }

    private static ObjectNode shallowCopy(JsonNode node) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        if (node.isObject()) {
            copy.setAll((ObjectNode) node);
        }
        return copy;
    }

    private static JsonNode toNode(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Boolean) {
            return nodes.booleanNode((Boolean) value);
        }
        if (value instanceof Integer) {
            return nodes.numberNode((Integer) value);
        }
        if (value instanceof JsonNode) {
            return (JsonNode) value;
        }
        return nodes.textNode(String.valueOf(value));
    }
}
