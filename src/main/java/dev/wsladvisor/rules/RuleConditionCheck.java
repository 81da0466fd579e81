package dev.wsladvisor.rules;

import dev.wsladvisor.facts.FieldSpec;
import dev.wsladvisor.text.Suggestions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * A rule file's check of each rule's conditions: a constraint compares a fact with a value of its
 * type and inside the contract's range (else the rule could never fire).
 */
final class RuleConditionCheck {

    private static final Pattern COMPARISON =
            Pattern.compile(
                    "^\\s*([A-Za-z_]\\w*)\\s*(==|!=|<=|>=|<|>)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null)\\s*$");
    private final RuleSource file;
    private final List<RuleProblem> problems;

    RuleConditionCheck(RuleSource file, List<RuleProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The conditions of rule {@code rule}, from the root of its left-hand side down. */
    void check(BaseDescr descr, String rule) {
        if (descr instanceof PatternDescr) {
            PatternDescr pattern = (PatternDescr) descr;
            FactModel.Type type =
                    pattern.getObjectType() == null
                            ? null
                            : FactModel.type(pattern.getObjectType());
            for (BaseDescr c : pattern.getConstraint().getDescrs()) {
                if (type != null && c instanceof ExprConstraintDescr) {
                    checkConstraint(type, (ExprConstraintDescr) c, rule);
                }
            }
            if (pattern.getSource() != null) {
                check(pattern.getSource(), rule);
            }
        } else if (descr instanceof ConditionalElementDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
                check(child, rule);
            }
        }
    }

    private void checkConstraint(FactModel.Type type, ExprConstraintDescr c, String rule) {
        String expression = c.getExpression();
        int offset = 0;
        for (String part : expression.split("&&|\\|\\|", -1)) {
            Matcher m = COMPARISON.matcher(part);
            if (m.matches()) {
                FactModel.Field field = type.fields().get(m.group(1));
                if (field != null) {
                    String problem = mismatch(type, field, m.group(2), m.group(3));
                    if (problem != null) {
                        int column = c.getColumn() + 1 + offset + m.start(1);
                        problems.add(
                                RuleProblem.error(
                                        file,
                                        c.getLine(),
                                        column,
                                        part.trim().length(),
                                        "rule \"" + rule + "\": " + problem,
                                        null));
                    }
                }
            }
            offset += part.length() + 2;
        }
    }

    /**
     * Why comparing {@code field} with {@code literal} by {@code op} is wrong or can never be true;
     * null if fine.
     */
    private static String mismatch(
            FactModel.Type type, FactModel.Field field, String op, String literal) {
        if ("null".equals(literal)) {
            return null;
        }
        String what =
                type.name()
                        + "."
                        + field.name()
                        + (field.path() == null ? "" : " (" + field.path() + ")");
        boolean text = literal.startsWith("\"");
        String value = text ? literal.substring(1, literal.length() - 1) : literal;
        boolean bool = "true".equals(literal) || "false".equals(literal);
        switch (field.typeName()) {
            case "true/false":
                return bool
                        ? null
                        : what
                                + " is true or false, so "
                                + field.name()
                                + " "
                                + op
                                + " "
                                + literal
                                + " compares it with "
                                + (text ? "a text" : "a number")
                                + ": write "
                                + field.name()
                                + " == true or == false.";
            case "whole number":
            case "number":
                if (text || bool) {
                    return what
                            + " is a "
                            + field.typeName()
                            + ", and "
                            + literal
                            + " is not: write "
                            + field.name()
                            + " "
                            + op
                            + " "
                            + (text && value.matches("-?\\d+") ? value : "19041")
                            + " (no quotes).";
                }
                return outOfRange(what, field, op, Double.parseDouble(value));
            case "text":
                if (!text) {
                    return what
                            + " is a text: put the value in double quotes, "
                            + field.name()
                            + " "
                            + op
                            + " \""
                            + value
                            + "\".";
                }
                FieldSpec spec = field.spec();
                if (spec != null
                        && spec.kind() == FieldSpec.Kind.ENUM
                        && !spec.values().contains(value)
                        && ("==".equals(op) || "!=".equals(op))) {
                    return what
                            + " is one of "
                            + String.join(", ", spec.values())
                            + ", so \""
                            + value
                            + "\" can never "
                            + ("==".equals(op) ? "match" : "differ usefully")
                            + Suggestions.closest(value, spec.values())
                                    .map(s -> "; did you mean \"" + s + "\"?")
                                    .orElse(".");
                }
                return null;
            default:
                return null;
        }
    }

    /**
     * For a number outside the contract's range: the comparison is always false (the rule never
     * fires) or always true.
     */
    private static String outOfRange(String what, FactModel.Field field, String op, double value) {
        FieldSpec spec = field.spec();
        if (spec == null) {
            return null;
        }
        Long min = spec.min();
        Long max = spec.max();
        boolean never;
        switch (op) {
            case "==":
                never = (min != null && value < min) || (max != null && value > max);
                break;
            case "<":
                never = min != null && value <= min;
                break;
            case "<=":
                never = min != null && value < min;
                break;
            case ">":
                never = max != null && value >= max;
                break;
            case ">=":
                never = max != null && value > max;
                break;
            default:
                never = false;
        }
        if (!never) {
            return null;
        }
        String range =
                min != null && max != null
                        ? "from " + min + " to " + max
                        : min != null ? "at least " + min : "at most " + max;
        return "the rule can never fire: "
                + what
                + " is "
                + range
                + " in the facts document, so "
                + field.name()
                + " "
                + op
                + " "
                + (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value))
                + " is never true.";
    }
}
