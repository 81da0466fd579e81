package dev.wsladvisor.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.text.Visible;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts found so far, where each came from, and what the person should know about the rest.
 * Sources are consulted best first, so {@link #fill} keeps the first value a path gets: a later, weaker
 * source never overwrites a stronger one. Unknown facts stay absent; nothing here writes a default.
 */
public final class ProbeResult {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The contract's order, so that documents read like the contract's example. */
    private static final List<String> ORDER = List.of(
            "os", "edition", "build", "revision", "displayVersion", "architecture",
            "hardware", "memoryMb", "logicalProcessors", "virtualizationFirmwareEnabled", "slat",
            "hypervisorPresent", "isVirtualMachine", "nestedVirtualization", "vmHost", "diskFreeGb",
            "features", "virtualMachinePlatform", "windowsSubsystemForLinux", "hyperV", "windowsHypervisorPlatform",
            "wsl", "installed", "packageVersion", "kernelVersion", "defaultVersion", "distributions",
            "software", "virtualBox", "vmware", "dockerDesktop", "otherHypervisors");

    private final ObjectNode root = JSON.objectNode();
    private final Map<String, String> provenance = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Sets {@code path} (dotted, from the document root, e.g. {@code host.os.build}) unless it is already known. */
    public boolean fill(String path, Object value, String source) {
        if (value == null || has(path)) {
            return false;
        }
        String problem = ContractRanges.problem(path, value);
        if (problem != null) {
            note(source + ": " + problem + ".");
            return false;
        }
        set(path, value, source);
        return true;
    }

    /** Sets {@code path} even when known: for a source that is better than the one that filled it. */
    public void replace(String path, Object value, String source) {
        if (value != null && ContractRanges.problem(path, value) == null) {
            set(path, value, source);
        }
    }

    public boolean has(String path) {
        JsonNode node = get(path);
        return node != null && !node.isNull();
    }

    public JsonNode get(String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.get(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** Text quoted from a source may hold control characters; they are shown as escapes ({@link Visible}). */
    public void note(String message) {
        message = Visible.escape(message);
        if (!notes.contains(message)) {
            notes.add(message);
        }
    }

    /** A source that could not be read as expected; the message must name the file or command and the line. */
    public void warn(String message) {
        message = Visible.escape(message);
        if (!warnings.contains(message)) {
            warnings.add(message);
        }
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public Map<String, String> provenance() {
        return Collections.unmodifiableMap(provenance);
    }

    /** The facts document: contract fields, then {@code provenance} and {@code probeNotes} (warnings first). */
    public ObjectNode toDocument() {
        ObjectNode doc = JSON.objectNode();
        doc.put("schemaVersion", 1);
        JsonNode host = root.get("host");
        if (host instanceof ObjectNode hostObject && hostObject.size() > 0) {
            doc.set("host", ordered(hostObject));
        }
        ObjectNode prov = doc.putObject("provenance");
        provenance.forEach(prov::put);
        var list = doc.putArray("probeNotes");
        warnings.forEach(w -> list.add("warning: " + w));
        notes.forEach(list::add);
        return doc;
    }

    private void set(String path, Object value, String source) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        node.set(parts[parts.length - 1], toNode(value));
        provenance.put(path, source);
    }

    private static JsonNode toNode(Object value) {
        if (value instanceof JsonNode json) {
            return json;
        } else if (value instanceof Integer i) {
            return JSON.numberNode(i);
        } else if (value instanceof Long l) {
            return JSON.numberNode(l);
        } else if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        return JSON.textNode(value.toString());
    }

    private static ObjectNode ordered(ObjectNode node) {
        ObjectNode out = JSON.objectNode();
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        for (String name : names) {
            JsonNode child = node.get(name);
            out.set(name, child instanceof ObjectNode object ? ordered(object) : child);
        }
        return out;
    }

    private static int rank(String name) {
        int index = ORDER.indexOf(name);
        return index < 0 ? ORDER.size() : index;
    }
}
