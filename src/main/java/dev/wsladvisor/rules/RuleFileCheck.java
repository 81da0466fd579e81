package dev.wsladvisor.rules;

import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.facts.FieldSpec;
import dev.wsladvisor.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The checks a rule file gets before it is compiled, which the compiler cannot make: every rule's metadata is
 * present and has a value {@link Dsl} can use ({@code @favors("wsl3")} and {@code @weight(lots)} would fail only
 * when the rule fires), {@code @facts} names facts the contract has, a constraint compares a fact with a value
 * of its type and inside the contract's range (else the rule could never fire), and a {@code System.exit} is
 * pointed out. A file that does not parse gets nothing here: the compiler reports it.
 */
final class RuleFileCheck {

    /** Every metadata name the output vocabulary reads; another name is probably a typo. */
    static final List<String> KNOWN_METADATA = List.of("id", "explanation", "source", "facts", "favors", "strength", "weight",
            "workaround", "workaroundElsewhere", "blocks", "fix", "action", "permanent", "order", "concerns", "step",
            "severity", "setting");

    private static final Pattern COMPARISON = Pattern.compile(
            "^\\s*([A-Za-z_]\\w*)\\s*(==|!=|<=|>=|<|>)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null)\\s*$");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+([-.][a-z0-9]+)*");

    /** A rule as parsed: its name, id, and the line it starts on; for duplicate ids. */
    record ParsedRule(String name, String id, int line, int column) {
    }

    /** The problems of one file, and its rules when it parsed. */
    record Result(List<RuleProblem> problems, List<ParsedRule> rules) {
    }

    private final RuleSource file;
    private final DrlText text;
    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleFileCheck(RuleSource file) {
        this.file = file;
        this.text = new DrlText(file.text());
    }

    static Result check(RuleSource file) {
        return new RuleFileCheck(file).run();
    }

    private Result run() {
        PackageDescr pkg;
        try {
            DrlParser parser = new DrlParser();
            pkg = parser.parse(false, file.text());
            if (parser.hasErrors() || pkg == null) {
                return new Result(List.of(), List.of());
            }
        } catch (DroolsParserException | RuntimeException e) {
            return new Result(List.of(), List.of());
        }
        List<ParsedRule> rules = new ArrayList<>();
        List<RuleDescr> descrs = pkg.getRules();
        for (int i = 0; i < descrs.size(); i++) {
            RuleDescr rule = descrs.get(i);
            int end = i + 1 < descrs.size() ? descrs.get(i + 1).getLine() - 1 : text.lineCount();
            rules.add(checkRule(rule, end));
        }
        DrlText.Place exit = text.find("(System\\s*\\.\\s*exit)\\s*\\(", 1, 0);
        if (exit != null) {
            problems.add(RuleProblem.warning(file, exit.line(), exit.column(), "System.exit".length(),
                    "System.exit ends wsl-advisor itself, with no advice and no message: a rule should say what it"
                    + " found with reason, blocker, warning or nextStep instead. Rules are code that runs with your"
                    + " rights, so run only rule files you trust."));
        }
        return new Result(List.copyOf(problems), List.copyOf(rules));
    }

    private ParsedRule checkRule(RuleDescr rule, int end) {
        int line = Math.max(1, rule.getLine());
        DrlText.Place named = text.find("\\brule\\s+(\"[^\"]*\"|\\S+)", line, end);
        int nameLine = named == null ? line : named.line();
        int nameColumn = named == null ? 1 : named.column();
        DrlText.Place when = text.find("^\\s*(when)\\b", nameLine, end);
        int metaEnd = when == null ? end : when.line();
        Map<String, String> meta = new LinkedHashMap<>();
        for (AnnotationDescr a : rule.getAnnotations()) {
            Object v = a.getSingleValueStripped();
            meta.put(a.getName(), v == null ? "" : String.valueOf(v));
        }
        String name = rule.getName();
        String consequence = rule.getConsequence() == null ? "" : String.valueOf(rule.getConsequence());
        boolean lintRule = meta.containsKey("severity");
        List<String> required = new ArrayList<>(lintRule ? RuleCatalogueReader.LINT_REQUIRED_METADATA : RuleCatalogueReader.REQUIRED_METADATA);
        if (calls(consequence, "reason")) {
            required.add("favors");
            // @weight is the older spelling of a strength, still read (Strength.ofWeight).
            if (!meta.containsKey("weight")) {
                required.add("strength");
            }
        }
        if (calls(consequence, "blocker")) {
            required.add("blocks");
            if (!"true".equalsIgnoreCase(meta.getOrDefault("permanent", "false").trim())) {
                required.add("fix");
            }
        }
        if (calls(consequence, "nextStep")) {
            required.add("step");
        }
        for (String key : required.stream().distinct().toList()) {
            String value = meta.get(key);
            if (value == null || value.isBlank()) {
                problems.add(RuleProblem.error(file, nameLine, nameColumn, name.length() + 2, "rule \"" + name
                        + "\" has no @" + key + (value == null ? "" : " value") + "; " + (lintRule
                        ? "add @" + key + "(...): a .wslconfig lint rule needs @id, @severity(\"error\", \"warning\" or \"info\"),"
                          + " @explanation, @fix and @source (docs/wslconfig-rules.md)."
                        : whyRequired(key)), null));
            }
        }
        for (Map.Entry<String, String> e : meta.entrySet()) {
            checkValue(name, e.getKey(), e.getValue(), nameLine, metaEnd);
        }
        checkConditions(rule.getLhs(), name);
        return new ParsedRule(name, meta.get("id"), nameLine, nameColumn);
    }

    private static boolean calls(String consequence, String helper) {
        return Pattern.compile("(?<![\\w.])" + helper + "\\s*\\(").matcher(consequence).find();
    }

    private static String whyRequired(String key) {
        switch (key) {
            case "id": return "add @id(\"a-stable-kebab-case-id\") under the rule's name; every rule needs one.";
            case "explanation": return "add @explanation(\"one sentence a person understands\"); every rule needs one.";
            case "source": return "add @source(\"https://...\"), the public page the rule rests on; every rule needs one.";
            case "favors": return "reason(kcontext) votes for a version: add @favors(\"WSL1\") or @favors(\"WSL2\").";
            case "strength": return "reason(kcontext) needs a strength: add @strength(\"need\"), \"exception\", \"preference\" or \"note\" (docs/verdict-policy.md).";
            case "blocks": return "blocker(kcontext) needs the version it blocks: add @blocks(\"WSL1\"), @blocks(\"WSL2\") or @blocks(\"both\").";
            case "fix": return "add @fix(\"what to do\"); a blocker needs one unless it is @permanent(true), a .wslconfig lint rule always.";
            case "step": return "nextStep(...) needs its place in the list: add @step(N) (10s fixes, 20s install, 30s convert, 40s configure).";
            case "severity": return "a .wslconfig lint rule needs @severity(\"error\"), \"warning\" or \"info\".";
            default: return "add @" + key + "(...).";
        }
    }

    private void checkValue(String rule, String key, String value, int from, int to) {
        DrlText.Place at = text.find("@" + Pattern.quote(key) + "\\s*\\(\\s*(\\S)", from, to);
        int line = at == null ? from : at.line();
        int column = at == null ? 1 : at.column();
        int length = Math.max(1, value.length() + (text.line(line).length() > column && text.line(line).charAt(column - 1) == '"' ? 2 : 0));
        String v = value.trim();
        String problem = null;
        switch (key) {
            case "favors":
            case "concerns":
                if (!List.of("WSL1", "WSL2").contains(v.toUpperCase(Locale.ROOT))) {
                    problem = "@" + key + "(\"" + value + "\") names no WSL version; write @" + key + "(\"WSL1\") or @" + key + "(\"WSL2\").";
                }
                break;
            case "blocks":
                if (!List.of("WSL1", "WSL2", "BOTH").contains(v.toUpperCase(Locale.ROOT))) {
                    problem = "@blocks(\"" + value + "\") names no WSL version; write @blocks(\"WSL1\"), @blocks(\"WSL2\") or @blocks(\"both\").";
                }
                break;
            case "weight":
            case "step":
            case "order":
                if (!v.matches("-?\\d{1,9}")) {
                    problem = "@" + key + "(" + value + ") is not a whole number; write for example @" + key + "("
                            + ("weight".equals(key) ? "50" : "step".equals(key) ? "40" : "20") + ")"
                            + ("weight".equals(key) ? " (100 or more is a hard need)." : ".");
                } else if ("weight".equals(key) && Integer.parseInt(v) < 0) {
                    problem = "@weight(" + value + ") is negative; a reason's weight says how strongly it favors @favors, from 1 to 100 (a hard need).";
                }
                break;
            case "strength":
                if (Strength.parse(v) == null) {
                    problem = "@strength(\"" + value + "\") is not a strength; write @strength(\"need\") (only this version can do it),"
                            + " \"exception\" (one of Microsoft's exceptions), \"preference\" (a friction with a workaround) or \"note\".";
                }
                break;
            case "permanent":
                if (!List.of("true", "false").contains(v.toLowerCase(Locale.ROOT))) {
                    problem = "@permanent(" + value + ") must be true or false.";
                }
                break;
            case "severity":
                if (!List.of("error", "warning", "info").contains(v)) {
                    problem = "@severity(\"" + value + "\") is not a severity; write \"error\", \"warning\" or \"info\".";
                }
                break;
            case "facts":
                checkFacts(value, line, column);
                break;
            case "id":
                if (!v.isEmpty() && !KEBAB.matcher(v).matches()) {
                    problems.add(RuleProblem.warning(file, line, column, length, "@id(\"" + value + "\") is not kebab-case"
                            + " (lower-case words and numbers joined by '-', like docker-needs-wsl2 or needs-wsl-2.1.5); ids are what scenarios and"
                            + " scripts refer to, so keep them plain and stable."));
                }
                break;
            case "source":
                if (!v.isEmpty() && !v.matches("https?://\\S+")) {
                    problems.add(RuleProblem.warning(file, line, column, length, "@source(\"" + value + "\") is not a web address;"
                            + " give the public page the rule rests on, https://..."));
                }
                break;
            default:
                if (!KNOWN_METADATA.contains(key)) {
                    problems.add(RuleProblem.warning(file, line, Math.max(1, column - key.length() - 2), key.length() + 1,
                            "@" + key + " is not metadata wsl-advisor reads"
                            + Suggestions.closest(key, KNOWN_METADATA).map(s -> "; did you mean @" + s + "?").orElse(".")
                            + " The names are: " + String.join(", ", KNOWN_METADATA) + "."));
                }
        }
        if (problem != null) {
            problems.add(RuleProblem.error(file, line, column, length, "rule \"" + rule + "\": " + problem, null));
        }
    }

    private void checkFacts(String value, int line, int column) {
        List<String> known = FactsSchema.allPaths();
        for (String path : value.split(",")) {
            String p = path.trim();
            if (!p.isEmpty() && !known.contains(p)) {
                int offset = Math.max(0, text.line(line).indexOf(p, column - 1));
                problems.add(RuleProblem.error(file, line, offset + 1, p.length(), "@facts names '" + p
                        + "', which is not a fact of the facts document"
                        + Suggestions.closest(p, known).map(s -> "; did you mean '" + s + "'?").orElse(".")
                        + " @facts lists contract paths such as answers.docker or host.os.build (docs/facts-format.md).", null));
            }
        }
    }

    private void checkConditions(BaseDescr descr, String rule) {
        if (descr instanceof PatternDescr) {
            PatternDescr pattern = (PatternDescr) descr;
            FactModel.Type type = pattern.getObjectType() == null ? null : FactModel.type(pattern.getObjectType());
            for (BaseDescr c : pattern.getConstraint().getDescrs()) {
                if (type != null && c instanceof ExprConstraintDescr) {
                    checkConstraint(type, (ExprConstraintDescr) c, rule);
                }
            }
            if (pattern.getSource() != null) {
                checkConditions(pattern.getSource(), rule);
            }
        } else if (descr instanceof ConditionalElementDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
                checkConditions(child, rule);
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
                        problems.add(RuleProblem.error(file, c.getLine(), column, part.trim().length(), "rule \"" + rule + "\": "
                                + problem, null));
                    }
                }
            }
            offset += part.length() + 2;
        }
    }

    /** Why comparing {@code field} with {@code literal} by {@code op} is wrong or can never be true; null if fine. */
    private static String mismatch(FactModel.Type type, FactModel.Field field, String op, String literal) {
        if ("null".equals(literal)) {
            return null;
        }
        String what = type.name() + "." + field.name() + (field.path() == null ? "" : " (" + field.path() + ")");
        boolean text = literal.startsWith("\"");
        String value = text ? literal.substring(1, literal.length() - 1) : literal;
        boolean bool = "true".equals(literal) || "false".equals(literal);
        switch (field.typeName()) {
            case "true/false":
                return bool ? null : what + " is true or false, so " + field.name() + " " + op + " " + literal
                        + " compares it with " + (text ? "a text" : "a number") + ": write " + field.name() + " == true or == false.";
            case "whole number":
            case "number":
                if (text || bool) {
                    return what + " is a " + field.typeName() + ", and " + literal + " is not: write " + field.name()
                            + " " + op + " " + (text && value.matches("-?\\d+") ? value : "19041") + " (no quotes).";
                }
                return outOfRange(what, field, op, Double.parseDouble(value));
            case "text":
                if (!text) {
                    return what + " is a text: put the value in double quotes, " + field.name() + " " + op + " \"" + value + "\".";
                }
                FieldSpec spec = field.spec();
                if (spec != null && spec.kind() == FieldSpec.Kind.ENUM && !spec.values().contains(value)
                        && ("==".equals(op) || "!=".equals(op))) {
                    return what + " is one of " + String.join(", ", spec.values()) + ", so \"" + value + "\" can never "
                            + ("==".equals(op) ? "match" : "differ usefully")
                            + Suggestions.closest(value, spec.values()).map(s -> "; did you mean \"" + s + "\"?").orElse(".");
                }
                return null;
            default:
                return null;
        }
    }

    /** For a number outside the contract's range: the comparison is always false (the rule never fires) or always true. */
    private static String outOfRange(String what, FactModel.Field field, String op, double value) {
        FieldSpec spec = field.spec();
        if (spec == null) {
            return null;
        }
        Long min = spec.min();
        Long max = spec.max();
        boolean never;
        switch (op) {
            case "==": never = (min != null && value < min) || (max != null && value > max); break;
            case "<": never = min != null && value <= min; break;
            case "<=": never = min != null && value < min; break;
            case ">": never = max != null && value >= max; break;
            case ">=": never = max != null && value > max; break;
            default: never = false;
        }
        if (!never) {
            return null;
        }
        String range = min != null && max != null ? "from " + min + " to " + max : min != null ? "at least " + min : "at most " + max;
        return "the rule can never fire: " + what + " is " + range + " in the facts document, so " + field.name() + " "
                + op + " " + (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + " is never true.";
    }

}
