package dev.wsladvisor.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the catalogue reports rule ids used twice while the person's rules are checked: among the
 * problems, at the person's rule (their file named first), and not thrown, so that rules check can
 * list every one. {@code parsed} holds the person's rules by file and name ({@link #key}), {@code
 * sources} their files by the path shown.
 */
record IdClashes(
        List<RuleProblem> problems,
        Map<String, RuleFileCheck.ParsedRule> parsed,
        Map<String, RuleSource> sources) {

    static String key(String file, String ruleName) {
        return file + "\0" + ruleName;
    }

    Set<String> userFiles() {
        return sources.keySet();
    }

    void add(RuleInfo rule, RuleInfo other) {
        boolean mine = userFiles().contains(rule.file());
        boolean theirs = userFiles().contains(other.file());
        RuleInfo yours = mine || !theirs ? rule : other;
        RuleInfo first = yours == rule ? other : rule;
        RuleFileCheck.ParsedRule at = parsed.get(key(yours.file(), yours.name()));
        String message =
                RuleErrors.idReusedByYours(
                        yours,
                        first,
                        first.file() + lineOf(first),
                        userFiles().contains(first.file()));
        problems.add(
                at == null
                        ? RuleProblem.inFile(yours.file(), message)
                        : RuleProblem.error(
                                sources.get(yours.file()),
                                at.line(),
                                at.column(),
                                yours.name().length() + 2,
                                message,
                                null));
    }

    private String lineOf(RuleInfo rule) {
        RuleFileCheck.ParsedRule at = parsed.get(key(rule.file(), rule.name()));
        return at == null ? "" : ":" + at.line();
    }
}
