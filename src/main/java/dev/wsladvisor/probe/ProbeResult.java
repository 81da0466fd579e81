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
 * Sources are consulted best first, so {@link #fill} keeps the first value a path gets: a later,
 * weaker source never overwrites a stronger one. Unknown facts stay absent; nothing here writes a
 * default.
 */
public final class ProbeResult {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The contract's order, so that documents read like the contract's example. */
    private static final List<String> ORDER =
            List.of(
                    "os",
                    "edition",
                    "build",
                    "revision",
                    "displayVersion",
                    "architecture",
                    "hardware",
                    "memoryMb",
                    "logicalProcessors",
                    "virtualizationFirmwareEnabled",
                    "slat",
                    "hypervisorPresent",
                    "isVirtualMachine",
                    "nestedVirtualization",
                    "vmHost",
                    "diskFreeGb",
                    "features",
                    "virtualMachinePlatform",
                    "windowsSubsystemForLinux",
                    "hyperV",
                    "windowsHypervisorPlatform",
                    "wsl",
                    "installed",
                    "packageVersion",
                    "kernelVersion",
                    "defaultVersion",
                    "distributions",
                    "currentDistribution",
                    "software",
                    "virtualBox",
                    "vmware",
                    "dockerDesktop",
                    "otherHypervisors");

    /**
     * Inside {@code currentDistribution}, the contract's order (its names also occur elsewhere, in
     * another order).
     */
    private static final List<String> CURRENT_DISTRIBUTION =
            List.of("name", "version", "kernelRelease", "osId");

    private final ObjectNode root = JSON.objectNode();
    private final Map<String, String> provenance = new LinkedHashMap<>();

    /**
     * Notes and warnings kept each; past it they are counted, so a hostile paste cannot make the
     * document huge.
     */
    static final int MAX_MESSAGES = 200;

    private final java.util.LinkedHashSet<String> notes = new java.util.LinkedHashSet<>();
    private final java.util.LinkedHashSet<String> warnings = new java.util.LinkedHashSet<>();
    private int notesLeftOut;
    private int warningsLeftOut;

    /** The paste block each path was filled from; empty outside a paste. */
    private final Map<String, String> blockOf = new java.util.HashMap<>();

    private final Map<String, String> scopeOf = new java.util.HashMap<>();
    private String block;
    private String scope;

    /**
     * From now on, facts come from the block named {@code block} of a paste, and a later block wins
     * over an earlier one: a value it gives for a known fact replaces that value, with a note.
     * Within one block the first value still wins, as within one file.
     */
    public void beginBlock(String block) {
        beginBlock(block == null ? null : "", block);
    }

    /**
     * As {@link #beginBlock(String)}, where a later block wins only over blocks of the same {@code
     * scope} (one replay file): between files, the order of the files decides, and the first keeps
     * its fact.
     */
    public void beginBlock(String scope, String block) {
        this.scope = scope;
        this.block = block;
    }

    /**
     * Sets {@code path} (dotted, from the document root, e.g. {@code host.os.build}) unless it is
     * already known (or, in a paste, known from an earlier block with the same value).
     */
    public boolean fill(String path, Object value, String source) {
        if (value == null) {
            return false;
        }
        if (has(path)) {
            return laterBlockWins(path, value, source);
        }
        String problem = ContractRanges.problem(path, value);
        if (problem != null) {
            note(source + ": " + problem + ".");
            return false;
        }
        set(path, value, source);
        return true;
    }

    /**
     * Sets {@code path} even when known: for a source that is better than the one that filled it.
     */
    public void replace(String path, Object value, String source) {
        if (value != null && ContractRanges.problem(path, value) == null) {
            if (has(path)) {
                noteLaterBlock(path, value, source);
            }
            set(path, value, source);
        }
    }

    private boolean laterBlockWins(String path, Object value, String source) {
        if (block == null
                || block.equals(blockOf.get(path))
                || !scope.equals(scopeOf.get(path))
                || get(path).equals(toNode(value))
                || ContractRanges.problem(path, value) != null) {
            return false;
        }
        noteLaterBlock(path, value, source);
        set(path, value, source);
        return true;
    }

    /**
     * Two blocks of a paste disagree: say which value was dropped, so a person can check which
     * capture is current.
     */
    private void noteLaterBlock(String path, Object value, String source) {
        JsonNode before = get(path);
        String earlier = blockOf.get(path);
        if (block != null
                && earlier != null
                && !block.equals(earlier)
                && scope.equals(scopeOf.get(path))
                && !before.equals(toNode(value))) {
            note(
                    path
                            + ": "
                            + source
                            + " gives "
                            + shortJson(toNode(value))
                            + " where "
                            + provenance.get(path)
                            + " gave "
                            + shortJson(before)
                            + "; the later block wins.");
        }
    }

    private static String shortJson(JsonNode node) {
        String text = node.isValueNode() ? node.asText() : node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
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

    /**
     * Text quoted from a source may hold control characters; they are shown as escapes ({@link
     * Visible}).
     */
    public void note(String message) {
        message = Visible.escape(message);
        if (notes.size() < MAX_MESSAGES) {
            notes.add(message);
        } else if (!notes.contains(message)) {
            notesLeftOut++;
        }
    }

    /**
     * A source that could not be read as expected; the message must name the file or command and
     * the line.
     */
    public void warn(String message) {
        message = Visible.escape(message);
        if (warnings.size() < MAX_MESSAGES) {
            warnings.add(message);
        } else if (!warnings.contains(message)) {
            warningsLeftOut++;
        }
    }

    /** The notes, the last one counting those left out past {@link #MAX_MESSAGES}. */
    public List<String> notes() {
        return withCount(notes, notesLeftOut, "notes");
    }

    /** The warnings, the last one counting those left out past {@link #MAX_MESSAGES}. */
    public List<String> warnings() {
        return withCount(warnings, warningsLeftOut, "warnings");
    }

    private static List<String> withCount(
            java.util.Collection<String> messages, int leftOut, String what) {
        List<String> list = new ArrayList<>(messages);
        if (leftOut > 0) {
            list.add(
                    leftOut
                            + " more "
                            + what
                            + " left out (only the first "
                            + MAX_MESSAGES
                            + " are kept).");
        }
        return Collections.unmodifiableList(list);
    }

    public Map<String, String> provenance() {
        return Collections.unmodifiableMap(provenance);
    }

    /**
     * The facts document: contract fields, then {@code provenance} and {@code probeNotes} (warnings
     * first).
     */
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
        warnings().forEach(w -> list.add("warning: " + w));
        notes().forEach(list::add);
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
        if (block != null) {
            blockOf.put(path, block);
            scopeOf.put(path, scope);
        }
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
        return ordered(node, ORDER);
    }

    private static ObjectNode ordered(ObjectNode node, List<String> order) {
        ObjectNode out = JSON.objectNode();
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort((a, b) -> Integer.compare(rank(a, order), rank(b, order)));
        for (String name : names) {
            JsonNode child = node.get(name);
            out.set(
                    name,
                    child instanceof ObjectNode object
                            ? ordered(
                                    object,
                                    name.equals("currentDistribution")
                                            ? CURRENT_DISTRIBUTION
                                            : ORDER)
                            : child);
        }
        return out;
    }

    private static int rank(String name, List<String> order) {
        int index = order.indexOf(name);
        return index < 0 ? order.size() : index;
    }
}
