package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A validated facts document: the JSON as given (the source of truth for "what was said") and the
 * fact objects the rules match on. Absent and null are the same: unknown.
 */
public final class FactsDocument {

    private static final String[] PRODUCTS = {"virtualBox", "vmware", "dockerDesktop"};

    private final JsonNode root;
    private final List<String> warnings;
    private final String source;
    private final HostOs os;
    private final Hardware hardware;
    private final Features features;
    private final WslInstall wsl;
    private final CurrentDistribution currentDistribution;
    private final List<Product> products = new ArrayList<>();
    private final Answers answers;
    private final List<ReportedError> reportedErrors = new ArrayList<>();

    private FactsDocument(JsonNode root, List<String> warnings, String source) {
        this.root = root;
        this.warnings = List.copyOf(warnings);
        this.source = source;
        JsonNode host = root.path("host");
        JsonNode o = host.path("os");
        this.os =
                new HostOs(
                        this,
                        text(o, "edition"),
                        integer(o, "build"),
                        integer(o, "revision"),
                        text(o, "displayVersion"),
                        text(o, "architecture"));
        JsonNode h = host.path("hardware");
        this.hardware =
                new Hardware(
                        this,
                        integer(h, "memoryMb"),
                        integer(h, "logicalProcessors"),
                        bool(h, "virtualizationFirmwareEnabled"),
                        bool(h, "slat"),
                        bool(h, "hypervisorPresent"),
                        bool(h, "isVirtualMachine"),
                        bool(h, "nestedVirtualization"),
                        text(h, "vmHost"),
                        h.path("diskFreeGb").isNumber() ? h.path("diskFreeGb").asDouble() : null);
        JsonNode f = host.path("features");
        this.features =
                new Features(
                        this,
                        text(f, "virtualMachinePlatform"),
                        text(f, "windowsSubsystemForLinux"),
                        text(f, "hyperV"),
                        text(f, "windowsHypervisorPlatform"));
        JsonNode w = host.path("wsl");
        List<Distribution> distributions = null;
        if (w.path("distributions").isArray()) {
            distributions = new ArrayList<>();
            for (JsonNode d : w.path("distributions")) {
                distributions.add(
                        new Distribution(
                                this,
                                text(d, "name"),
                                integer(d, "version"),
                                text(d, "state"),
                                bool(d, "default")));
            }
        }
        this.wsl =
                new WslInstall(
                        this,
                        bool(w, "installed"),
                        text(w, "packageVersion"),
                        text(w, "kernelVersion"),
                        integer(w, "defaultVersion"),
                        distributions);
        JsonNode c = w.path("currentDistribution");
        this.currentDistribution =
                c.isObject()
                        ? new CurrentDistribution(
                                this,
                                text(c, "name"),
                                integer(c, "version"),
                                text(c, "kernelRelease"),
                                text(c, "osId"))
                        : null;
        JsonNode s = host.path("software");
        for (String name : PRODUCTS) {
            JsonNode p = s.path(name);
            if (p.isObject()) {
                products.add(
                        new Product(
                                this,
                                name,
                                text(p, "version"),
                                text(p, "product"),
                                text(p, "backend")));
            }
        }
        for (JsonNode other : s.path("otherHypervisors")) {
            products.add(
                    new Product(
                            this,
                            other.asText().trim().toLowerCase(java.util.Locale.ROOT),
                            null,
                            null,
                            null));
        }
        JsonNode a = root.path("answers");
        if (a.path("errors").isArray()) {
            for (JsonNode e : a.path("errors")) {
                reportedErrors.add(new ReportedError(this, e.asText()));
            }
        }
        this.answers = new Answers(this, a);
    }

    /** Wraps an already validated JSON tree. */
    static FactsDocument of(JsonNode root, List<String> warnings, String source) {
        return new FactsDocument(root, warnings, source);
    }

    /** A document with no facts at all: every fact unknown. */
    public static FactsDocument empty() {
        return new FactsDocument(JsonNodeFactory.instance.objectNode(), List.of(), "<empty>");
    }

    /**
     * This document with one fact changed: {@code value} null makes it unknown. Used for "what if"
     * and to find which unknown facts matter; the value must already fit the schema.
     */
    public FactsDocument withFact(String path, Object value) {
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
        return new FactsDocument(copy, warnings, source);
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

    /**
     * The fact objects the rules match on, all of them, so a rule on an unknown field simply does
     * not match.
     */
    public List<Object> ruleFacts() {
        List<RuleFact> slots = ruleFactSlots();
        List<Object> facts = new ArrayList<>(slots.size());
        for (RuleFact f : slots) {
            facts.add(f.fact());
        }
        return facts;
    }

    /**
     * One object the rules match on and what it was read from: {@code slot} names its place
     * ("host.os", "answers.errors[1]"), {@code source} is the JSON node it was built from, and
     * {@code across} what it reads from elsewhere in the document. A variant made by {@link
     * #withFact} shares every JSON node off the changed path with this document, so an object of
     * the same slot, source node and {@code across} says to the rules what this one says (as does
     * one read from an equal node): the what-if trials replace only the others in the rule session.
     * {@code wholeSource} is false where the object is read from more than its node's own fields
     * (the diagnosis, from the whole host), so a change cannot be narrowed to fields.
     */
    public record RuleFact(
            String slot, JsonNode source, Object across, boolean wholeSource, Object fact) {
        /**
         * Both say the same to every rule: read from the same JSON (the same node, or an equal
         * one), and alike across.
         */
        public boolean sameAs(RuleFact other) {
            return (source == other.source || source.equals(other.source))
                    && Objects.equals(across, other.across);
        }

        /**
         * The names of the source's own fields whose values differ in {@code other} ("docker",
         * "build"), or null when what changed cannot be told field by field: then every property of
         * the object may have changed.
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

    /** {@link #ruleFacts()} with each object's place and source, in the same order. */
    public List<RuleFact> ruleFactSlots() {
        JsonNode host = root.path("host");
        List<RuleFact> facts = new ArrayList<>();
        // HostOs also answers readinessUnknown(), which reads the whole host: a trial that changes
        // it changes HostOs.
        facts.add(new RuleFact("host.os", host.path("os"), readinessUnknown(), true, os));
        facts.add(new RuleFact("host.hardware", host.path("hardware"), null, true, hardware));
        facts.add(new RuleFact("host.features", host.path("features"), null, true, features));
        facts.add(new RuleFact("host.wsl", host.path("wsl"), null, true, wsl));
        if (wsl.getDistributions() != null) {
            JsonNode list = host.path("wsl").path("distributions");
            for (int i = 0; i < wsl.getDistributions().size(); i++) {
                facts.add(
                        new RuleFact(
                                "host.wsl.distributions[" + i + "]",
                                list.path(i),
                                null,
                                true,
                                wsl.getDistributions().get(i)));
            }
        }
        if (currentDistribution != null) {
            facts.add(
                    new RuleFact(
                            "host.wsl.currentDistribution",
                            host.path("wsl").path("currentDistribution"),
                            null,
                            true,
                            currentDistribution));
        }
        JsonNode software = host.path("software");
        int k = 0;
        for (String name : PRODUCTS) {
            if (software.path(name).isObject()) {
                facts.add(
                        new RuleFact(
                                "host.software." + name,
                                software.path(name),
                                null,
                                true,
                                products.get(k++)));
            }
        }
        for (int i = 0; k < products.size(); i++) {
            facts.add(
                    new RuleFact(
                            "host.software.otherHypervisors[" + i + "]",
                            software.path("otherHypervisors").path(i),
                            null,
                            false,
                            products.get(k++)));
        }
        facts.add(new RuleFact("answers", root.path("answers"), null, true, answers));
        JsonNode errors = root.path("answers").path("errors");
        for (int i = 0; i < reportedErrors.size(); i++) {
            facts.add(
                    new RuleFact(
                            "answers.errors[" + i + "]",
                            errors.path(i),
                            null,
                            false,
                            reportedErrors.get(i)));
        }
        for (ReportedError e : reportedErrors) {
            if (e.stopsWsl2()) {
                // The diagnosis weighs the hardware, features, WSL and software facts: all of the
                // host.
                facts.add(new RuleFact("diagnosis", host, null, false, new VmStartDiagnosis(this)));
                break;
            }
        }
        return facts;
    }

    /**
     * The place in this document of one of its fact objects ({@link RuleFact#slot()}: "host.os",
     * "answers.errors[1]"), or null for an object that is not one of this document's.
     */
    public String placeOf(Object fact) {
        for (RuleFact f : ruleFactSlots()) {
            if (f.fact() == fact) {
                return f.slot();
            }
        }
        return null;
    }

    /**
     * Some error the person saw is one no rule recognises ({@link ReportedError#getKind()} is
     * null).
     */
    public boolean hasUnrecognisedError() {
        for (ReportedError e : reportedErrors) {
            if (e.getKind() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nothing is known about the host (no build, firmware, hypervisor or component state, no WSL
     * state): whether WSL2 can run here now cannot be told, however the person answered.
     */
    public boolean readinessUnknown() {
        return os.getBuild() == null
                && hardware.getVirtualizationFirmwareEnabled() == null
                && hardware.getHypervisorPresent() == null
                && hardware.getSlat() == null
                && hardware.getVirtualMachine() == null
                && features.getVirtualMachinePlatform() == null
                && wsl.getInstalled() == null
                && reportedErrors.stream().noneMatch(ReportedError::stopsWsl2);
    }

    /** The value at a dotted path as the person gave it, or a missing node. */
    public JsonNode value(String path) {
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

    public boolean isKnown(String path) {
        JsonNode v = value(path);
        return !v.isMissingNode() && !v.isNull();
    }

    /** "answers.docker = true", or "answers.docker unknown": how an explanation quotes a fact. */
    public String describe(String path) {
        JsonNode v = value(path);
        if (v.isMissingNode() || v.isNull()) {
            return path + " unknown";
        }
        // asText for single values, and never JsonNode.toString: it starts Jackson's whole
        // ObjectMapper.
        return path + " = " + (v.isValueNode() ? v.asText() : CompactJson.of(v));
    }

    public JsonNode json() {
        return root;
    }

    public List<String> warnings() {
        return warnings;
    }

    public String source() {
        return source;
    }

    /** The document's {@code id}, or null. */
    public String id() {
        JsonNode id = root.path("id");
        return id.isTextual() ? id.asText() : null;
    }

    public HostOs os() {
        return os;
    }

    public Hardware hardware() {
        return hardware;
    }

    public Features features() {
        return features;
    }

    public WslInstall wsl() {
        return wsl;
    }

    public Answers answers() {
        return answers;
    }

    public List<Product> products() {
        return List.copyOf(products);
    }

    private static String text(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static Integer integer(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        return v.isNumber() ? v.intValue() : null;
    }

    private static Boolean bool(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        return v.isBoolean() ? v.booleanValue() : null;
    }
}
