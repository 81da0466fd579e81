package dev.wsladvisor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated facts document: the JSON as given (the source of truth for "what was said") and the
 * fact objects the rules match on ({@link FactObjects}). Absent and null are the same: unknown.
 */
public final class FactsDocument {

    private final JsonNode root;
    private final List<String> warnings;
    private final String source;
    private final FactObjects facts;

    private FactsDocument(JsonNode root, List<String> warnings, String source) {
        this.root = root;
        this.warnings = List.copyOf(warnings);
        this.source = source;
        this.facts = new FactObjects(this, root);
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
        return new FactsDocument(JsonPaths.with(root, path, value), warnings, source);
    }

    /**
     * The fact objects the rules match on, all of them, so a rule on an unknown field simply does
     * not match.
     */
    public List<Object> ruleFacts() {
        List<RuleFact> slots = ruleFactSlots();
        List<Object> objects = new ArrayList<>(slots.size());
        for (RuleFact f : slots) {
            objects.add(f.fact());
        }
        return objects;
    }

    /** {@link #ruleFacts()} with each object's place and source, in the same order. */
    public List<RuleFact> ruleFactSlots() {
        return facts.slots();
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
        for (ReportedError e : facts.reportedErrors) {
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
        return facts.readinessUnknown();
    }

    /** The value at a dotted path as the person gave it, or a missing node. */
    public JsonNode value(String path) {
        return JsonPaths.at(root, path);
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
        return facts.os;
    }

    public Hardware hardware() {
        return facts.hardware;
    }

    public Features features() {
        return facts.features;
    }

    public WslInstall wsl() {
        return facts.wsl;
    }

    public Answers answers() {
        return facts.answers;
    }

    public List<Product> products() {
        return List.copyOf(facts.products);
    }
}
