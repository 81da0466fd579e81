package dev.wsladvisor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The checks a rule file gets before it is compiled, which the compiler cannot make: each rule's
 * metadata ({@link RuleMetadataCheck}) and conditions ({@link RuleConditionCheck}), and a {@code
 * System.exit} pointed out. A file that does not parse gets nothing here: the compiler reports it.
 */
final class RuleFileCheck {

    /** A rule as parsed: its name, id, and the line it starts on; for duplicate ids. */
    record ParsedRule(String name, String id, int line, int column) {}

    /** The problems of one file, and its rules when it parsed. */
    record Result(List<RuleProblem> problems, List<ParsedRule> rules) {}

    private final RuleSource file;
    private final DrlText text;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final RuleMetadataCheck metadata;
    private final RuleConditionCheck conditions;

    private RuleFileCheck(RuleSource file) {
        this.file = file;
        this.text = new DrlText(file.text());
        this.metadata = new RuleMetadataCheck(file, text, problems);
        this.conditions = new RuleConditionCheck(file, problems);
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
            problems.add(
                    RuleProblem.warning(
                            file,
                            exit.line(),
                            exit.column(),
                            "System.exit".length(),
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
        String consequence =
                rule.getConsequence() == null ? "" : String.valueOf(rule.getConsequence());
        metadata.check(name, meta, consequence, nameLine, nameColumn, metaEnd);
        conditions.check(rule.getLhs(), name);
        return new ParsedRule(name, meta.get("id"), nameLine, nameColumn);
    }
}
