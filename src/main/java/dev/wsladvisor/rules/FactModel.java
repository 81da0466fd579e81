package dev.wsladvisor.rules;

import dev.wsladvisor.facts.Answers;
import dev.wsladvisor.facts.CurrentDistribution;
import dev.wsladvisor.facts.Distribution;
import dev.wsladvisor.facts.Features;
import dev.wsladvisor.facts.FieldSpec;
import dev.wsladvisor.facts.Hardware;
import dev.wsladvisor.facts.HostOs;
import dev.wsladvisor.facts.Product;
import dev.wsladvisor.facts.ReportedError;
import dev.wsladvisor.facts.WslInstall;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts a rule can match, as a rule author sees them: each type, its fields (the bean
 * properties Drools reads) with their Java type and, where the field is one of the facts
 * document's, its contract path and value range from {@link dev.wsladvisor.facts.FactsSchema}, and
 * its helper methods. Read from the classes themselves, so it cannot drift from what a rule
 * compiles against; used for "did you mean" in rule errors, for checking constraints against the
 * contract's ranges, and for the fact model in docs/writing-rules.md.
 */
public final class FactModel {

    /**
     * One field of a fact type. {@code paths} are the facts document's fields it is read from (a
     * product's version from each product entry that has one), empty for a derived field; {@code
     * path} and {@code spec} are the first of them, or null.
     */
    public record Field(String name, Class<?> type, List<String> paths, FieldSpec spec) {
        public String path() {
            return paths.isEmpty() ? null : paths.get(0);
        }

        /** The Java type as a rule author reads it: "true/false", "whole number", "text"... */
        public String typeName() {
            if (type == Boolean.class || type == boolean.class) {
                return "true/false";
            }
            if (type == Integer.class || type == int.class || type == Long.class) {
                return "whole number";
            }
            if (type == Double.class || type == double.class) {
                return "number";
            }
            if (type == String.class) {
                return "text";
            }
            return List.class.isAssignableFrom(type) ? "list" : type.getSimpleName();
        }
    }

    /**
     * A fact type: its simple name, class, the contract section it comes from, fields and helpers.
     */
    public record Type(
            String name,
            Class<?> type,
            String section,
            Map<String, Field> fields,
            List<String> helpers) {
        /** The field names, in declaration order, for messages. */
        public List<String> fieldNames() {
            return List.copyOf(fields.keySet());
        }
    }

    private static final Map<String, Type> TYPES = new LinkedHashMap<>();

    static {
        add(HostOs.class, "host.os");
        add(Hardware.class, "host.hardware");
        add(Features.class, "host.features");
        add(WslInstall.class, "host.wsl");
        add(Distribution.class, "host.wsl.distributions");
        add(CurrentDistribution.class, "host.wsl.currentDistribution");
        add(Product.class, "host.software");
        add(Answers.class, "answers");
        add(ReportedError.class, "answers.errors");
        add(Verdict.class, null);
    }

    private FactModel() {}

    /** Every fact type, in the order the docs list them. */
    public static List<Type> types() {
        return List.copyOf(TYPES.values());
    }

    /**
     * The fact type of this simple or qualified class name, or null when it is not one of the fact
     * model's.
     */
    public static Type type(String name) {
        return TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    }

    /** The names of every fact type, for "did you mean". */
    public static List<String> typeNames() {
        return List.copyOf(TYPES.keySet());
    }

    private static void add(Class<?> type, String section) {
        Map<String, String> contractNames =
                FactProperties.CONTRACT_NAMES.getOrDefault(type, Map.of());
        Map<String, Field> fields = new LinkedHashMap<>();
        List<String> helpers = new ArrayList<>();
        List<Method> methods = new ArrayList<>(List.of(type.getDeclaredMethods()));
        // Declaration order is not guaranteed by reflection; the source order of the getters is the
        // contract's. Overloads are ordered by their parameters: reflection's order of them changes
        // with what the JVM loaded before.
        methods.sort(
                Comparator.comparing(Method::getName)
                        .thenComparing(Method::getParameterCount)
                        .thenComparing(m -> java.util.Arrays.toString(m.getParameterTypes())));
        for (Method m : methods) {
            if (!Modifier.isPublic(m.getModifiers())
                    || Modifier.isStatic(m.getModifiers())
                    || m.getName().equals("document")) {
                continue;
            }
            String property = FactProperties.property(m);
            if (property != null) {
                String contractName = contractNames.getOrDefault(property, property);
                List<FieldSpec> specs = FactProperties.specs(type, contractName);
                fields.put(
                        property,
                        new Field(
                                property,
                                m.getReturnType(),
                                specs.stream().map(FieldSpec::path).toList(),
                                specs.isEmpty() ? null : specs.get(0)));
            } else {
                helpers.add(
                        m.getName()
                                + "("
                                + String.join(
                                        ", ",
                                        List.of(m.getParameterTypes()).stream()
                                                .map(Class::getSimpleName)
                                                .toList())
                                + ")");
            }
        }
        TYPES.put(
                type.getSimpleName(),
                new Type(type.getSimpleName(), type, section, fields, List.copyOf(helpers)));
    }

    /**
     * The fact model as Markdown, for docs/writing-rules.md: each type with the section of the
     * facts document it comes from, its fields with their type and allowed values, and its helpers.
     * Generated, so it cannot drift.
     */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        for (Type t : TYPES.values()) {
            md.append("\n#### `")
                    .append(t.name())
                    .append("`")
                    .append(
                            t.section() == null
                                    ? " (inserted by the tool after the first round)"
                                    : " (`" + t.section() + "`)")
                    .append("\n\n");
            md.append("| field | type | facts document | values |\n|---|---|---|---|\n");
            for (Field f : t.fields().values()) {
                md.append("| `")
                        .append(f.name())
                        .append("` | ")
                        .append(f.typeName())
                        .append(" | ")
                        .append(
                                f.paths().isEmpty()
                                        ? "derived"
                                        : String.join(
                                                ", ",
                                                f.paths().stream()
                                                        .map(p -> "`" + p + "`")
                                                        .toList()))
                        .append(" | ")
                        .append(values(f))
                        .append(" |\n");
            }
            if (!t.helpers().isEmpty()) {
                md.append("\nHelpers: ")
                        .append(
                                String.join(
                                        ", ",
                                        t.helpers().stream().map(h -> "`" + h + "`").toList()))
                        .append(".\n");
            }
        }
        return md.toString();
    }

    private static String values(Field f) {
        FieldSpec spec = f.spec();
        if (spec == null) {
            return "";
        }
        if (!spec.values().isEmpty()) {
            return String.join(", ", spec.values().stream().map(v -> "`" + v + "`").toList());
        }
        if (spec.min() != null || spec.max() != null) {
            return spec.min() != null && spec.max() != null
                    ? spec.min() + " to " + spec.max()
                    : spec.min() != null ? "at least " + spec.min() : "at most " + spec.max();
        }
        return "";
    }
}
