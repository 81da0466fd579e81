package dev.wsladvisor.rules;

import dev.wsladvisor.facts.Reads;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.rule.constraint.Constraint;
import org.drools.model.constraints.AbstractSingleConstraint;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.drools.mvel.MVELConstraint;

/**
 * What one constraint of a rule reads on a fact, from its text as Drools keeps it: a property names
 * its field (by the contract's name), a helper or derived property what its {@link Reads} says.
 * Kept apart from {@link MatchedFacts}, which puts these reads at their places in the facts
 * document.
 */
final class ConstraintReads {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.$])([A-Za-z_]\\w*)(\\s*\\()?");
    private static final Set<String> WORDS =
            Set.of(
                    "null",
                    "true",
                    "false",
                    "this",
                    "instanceof",
                    "matches",
                    "contains",
                    "memberOf",
                    "soundslike",
                    "in",
                    "not",
                    "str",
                    "excludes");

    private ConstraintReads() {}

    /** The constraint as written in the rule, or null. */
    static String text(Constraint c) {
        if (c instanceof LambdaConstraint l
                && l.getEvaluator().getConstraint() instanceof AbstractSingleConstraint s) {
            String text = s.predicateInformation().getStringConstraint();
            return text == null || text.isEmpty() ? null : text;
        }
        if (c instanceof MVELConstraint m) {
            return m.getExpression();
        }
        return null;
    }

    /**
     * Adds the fields the constraint {@code text} reads on a fact of {@code type}, in the order it
     * names them.
     */
    static void read(Class<?> type, String text, Set<String> fields, List<String> gaps) {
        String code = STRINGS.matcher(text).replaceAll("\"\"");
        Matcher m = NAME.matcher(code);
        while (m.find()) {
            String name = m.group(1);
            if (WORDS.contains(name)) {
                continue;
            }
            int arguments = m.group(2) == null ? -1 : arguments(code, m.end());
            List<Method> methods = methods(type, name, arguments);
            if (methods.isEmpty()) {
                if (arguments >= 0) {
                    gaps.add(type.getSimpleName() + "." + name + "(): no such method");
                }
                continue;
            }
            fields.addAll(fieldsRead(type, methods, gaps));
        }
    }

    /**
     * How many arguments the call whose "(" ends just before {@code from} passes: top-level commas,
     * plus one.
     */
    private static int arguments(String code, int from) {
        int depth = 0;
        int count = 0;
        boolean any = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth-- == 0) {
                    break;
                }
            } else if (c == ',' && depth == 0) {
                count++;
            } else if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        return any ? count + 1 : 0;
    }

    /**
     * The getter of a property {@code name} ({@code arguments} -1), or the methods called {@code
     * name} taking that many.
     */
    private static List<Method> methods(Class<?> type, String name, int arguments) {
        List<Method> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            boolean match =
                    arguments < 0
                            ? name.equals(FactProperties.property(m))
                            : m.getName().equals(name) && m.getParameterCount() == arguments;
            if (match) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The fields {@code methods} read: {@code @Reads}, else a property's own field; "" for what
     * names no field of its own (a product's name says which entry it is; an error's text is the
     * entry), which quotes an entry of a list as the list and nothing else.
     */
    private static List<String> fieldsRead(Class<?> type, List<Method> methods, List<String> gaps) {
        List<String> out = new ArrayList<>();
        for (Method m : methods) {
            Reads reads = m.getAnnotation(Reads.class);
            String property = FactProperties.property(m);
            if (reads != null) {
                out.addAll(List.of(reads.value()));
            } else if (!FactProperties.SECTIONS.containsKey(type)) {
                out.add("");
            } else if (property != null) {
                String field =
                        FactProperties.CONTRACT_NAMES
                                .getOrDefault(type, Map.of())
                                .getOrDefault(property, property);
                out.add(FactProperties.specs(type, field).isEmpty() ? "" : field);
            } else {
                gaps.add(
                        type.getSimpleName()
                                + "."
                                + m.getName()
                                + "(): say what it reads with @Reads");
            }
        }
        return out;
    }
}
