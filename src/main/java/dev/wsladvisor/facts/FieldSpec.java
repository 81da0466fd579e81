package dev.wsladvisor.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of the facts document: its JSON type, the values it may take, and the question or
 * meaning behind it. The tree of specs in {@link FactsSchema} is the one catalogue of the facts
 * format: the reader validates against it, the JSON Schema is generated from it, and the advisor
 * draws its "what if" and "unknown" candidates from it.
 */
public final class FieldSpec {

    /** The JSON shapes a field can have. */
    public enum Kind {
        OBJECT,
        BOOLEAN,
        INTEGER,
        NUMBER,
        STRING,
        ENUM,
        STRING_ARRAY,
        OBJECT_ARRAY,
        STRING_MAP
    }

    private final String name;
    private final Kind kind;
    private final String description;
    private final Long min;
    private final Long max;
    private final List<String> values;
    private final List<Object> trialValues;
    private final Map<String, FieldSpec> children = new LinkedHashMap<>();
    private String path = "";
    private String help = "";

    private FieldSpec(
            String name,
            Kind kind,
            String description,
            Long min,
            Long max,
            List<String> values,
            List<Object> trialValues) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.min = min;
        this.max = max;
        this.values = values == null ? List.of() : List.copyOf(values);
        this.trialValues = trialValues == null ? List.of() : List.copyOf(trialValues);
    }

    static FieldSpec object(String name, String description, FieldSpec... fields) {
        FieldSpec spec = new FieldSpec(name, Kind.OBJECT, description, null, null, null, null);
        for (FieldSpec f : fields) {
            spec.children.put(f.name, f);
        }
        return spec;
    }

    static FieldSpec objectArray(String name, String description, FieldSpec... fields) {
        FieldSpec spec =
                new FieldSpec(name, Kind.OBJECT_ARRAY, description, null, null, null, null);
        for (FieldSpec f : fields) {
            spec.children.put(f.name, f);
        }
        return spec;
    }

    static FieldSpec bool(String name, String description) {
        return new FieldSpec(
                name, Kind.BOOLEAN, description, null, null, null, List.of(true, false));
    }

    static FieldSpec integer(
            String name, String description, Long min, Long max, List<Object> trialValues) {
        return new FieldSpec(name, Kind.INTEGER, description, min, max, null, trialValues);
    }

    static FieldSpec number(String name, String description, Long min) {
        return new FieldSpec(name, Kind.NUMBER, description, min, null, null, null);
    }

    static FieldSpec string(String name, String description, List<Object> trialValues) {
        return new FieldSpec(name, Kind.STRING, description, null, null, null, trialValues);
    }

    static FieldSpec enumeration(String name, String description, List<String> values) {
        return new FieldSpec(
                name, Kind.ENUM, description, null, null, values, new ArrayList<>(values));
    }

    /** An enumeration whose values are integers (such as a WSL version, 1 or 2). */
    static FieldSpec integerChoice(String name, String description, long... allowed) {
        List<Object> trials = new ArrayList<>();
        for (long a : allowed) {
            trials.add((int) a);
        }
        return new FieldSpec(
                name,
                Kind.INTEGER,
                description,
                allowed[0],
                allowed[allowed.length - 1],
                null,
                trials);
    }

    static FieldSpec stringArray(String name, String description) {
        return new FieldSpec(name, Kind.STRING_ARRAY, description, null, null, null, null);
    }

    static FieldSpec stringMap(String name, String description) {
        return new FieldSpec(name, Kind.STRING_MAP, description, null, null, null, null);
    }

    /**
     * Adds the longer help a person sees when they type {@code ?} at this field's question: what
     * the question means and how to tell the answer. Questions are the {@code answers.*} fields;
     * see docs/questionnaire.md.
     */
    FieldSpec help(String text) {
        this.help = text == null ? "" : text;
        return this;
    }

    FieldSpec withPaths(String parentPath) {
        path = parentPath.isEmpty() ? name : parentPath + "." + name;
        for (FieldSpec child : children.values()) {
            child.withPaths(name.isEmpty() ? "" : path);
        }
        return this;
    }

    public String name() {
        return name;
    }

    /** Dotted path from the document root, such as {@code host.os.build}; empty for the root. */
    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** The help behind a question ({@code ?} at the prompt); empty when the field has none. */
    public String help() {
        return help;
    }

    public Long min() {
        return min;
    }

    public Long max() {
        return max;
    }

    /** Allowed values of an enumeration, lower case. */
    public List<String> values() {
        return values;
    }

    /** Values worth trying when asking "would this fact change the verdict?". */
    public List<Object> trialValues() {
        return trialValues;
    }

    public Map<String, FieldSpec> children() {
        return Collections.unmodifiableMap(children);
    }

    public FieldSpec child(String childName) {
        return children.get(childName);
    }

    /** Every spec below this one that holds a single value (no objects, no arrays), depth first. */
    public List<FieldSpec> leaves() {
        List<FieldSpec> out = new ArrayList<>();
        collectLeaves(out);
        return out;
    }

    private void collectLeaves(List<FieldSpec> out) {
        if (kind == Kind.OBJECT) {
            for (FieldSpec c : children.values()) {
                c.collectLeaves(out);
            }
        } else if (kind != Kind.OBJECT_ARRAY && kind != Kind.STRING_MAP) {
            out.add(this);
        }
    }

    /** Human description of what this field expects, used in error messages. */
    public String expectation() {
        switch (kind) {
            case BOOLEAN:
                return "true, false or null";
            case INTEGER:
                if (min != null && min.equals(max)) {
                    return String.valueOf(min);
                }
                if (min != null && max != null && max - min <= 1) {
                    return min + " or " + max;
                }
                if (min != null && max != null) {
                    return "an integer from " + min + " to " + max;
                }
                if (min != null) {
                    return min == 0 ? "an integer >= 0" : "an integer >= " + min;
                }
                return "an integer";
            case NUMBER:
                return min == null ? "a number" : "a number >= " + min;
            case STRING:
                return "a string";
            case ENUM:
                return "one of " + String.join(", ", values);
            case STRING_ARRAY:
                return "an array of strings";
            case OBJECT_ARRAY:
                return "an array of objects";
            case STRING_MAP:
                return "an object of strings";
            default:
                return "an object";
        }
    }
}
