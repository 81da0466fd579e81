package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Lays one facts document over another: what the person wrote wins over what was probed. */
public final class FactsMerge {

    private FactsMerge() {}

    /**
     * A copy of {@code base} with every non-null value of {@code over} laid on top, objects merged
     * deeply.
     */
    public static ObjectNode over(ObjectNode base, JsonNode over) {
        ObjectNode out = base.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode mine = out.get(f.getKey());
            if (f.getValue().isNull()) {
                continue;
            }
            if (mine != null && mine.isObject() && f.getValue().isObject()) {
                out.set(f.getKey(), over((ObjectNode) mine, f.getValue()));
            } else {
                out.set(f.getKey(), f.getValue().deepCopy());
            }
        }
        return out;
    }
}
