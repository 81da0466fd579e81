package dev.wsladvisor.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wording of what is wrong with a rule file, for whoever wrote it: what, where, and how to fix
 * it.
 */
final class RuleErrors {

    private RuleErrors() {}

    /**
     * Refuses rules with errors: the first of each file, in the author's words, with its caret
     * line.
     */
    static void refuse(List<RuleProblem> problems) {
        Map<String, RuleProblem> firstByFile = new LinkedHashMap<>();
        for (RuleProblem p : problems) {
            if (!p.warning()) {
                firstByFile.putIfAbsent(p.file(), p);
            }
        }
        if (!firstByFile.isEmpty()) {
            throw new RuleCompileException(
                    String.join(
                                    "\n",
                                    firstByFile.values().stream()
                                            .map(p -> p.describe(false))
                                            .toList())
                            + "\nFix the rule file and try again ('wsl-advisor rules check --rules DIR' lists every problem);"
                            + " docs/writing-rules.md shows a complete rule.");
        }
    }

    /**
     * A compile error from Drools at {@code line} of {@code path} ({@code source} when it is one of
     * ours), or null for the "null Package" Drools adds after a parse error it has reported
     * already.
     */
    static RuleProblem fromDrools(RuleSource source, String path, int line, String message) {
        if (message.startsWith("Parser returned a null Package")) {
            return null;
        }
        return source == null
                ? RuleProblem.inFile(path == null ? "rules" : path, message.trim())
                : DroolsMessages.translate(source, line, message);
    }

    static RuleAuthoringException missingMetadata(String file, String rule, String key) {
        return new RuleAuthoringException(
                file
                        + ": rule \""
                        + rule
                        + "\" has no @"
                        + key
                        + " metadata. Every rule needs @id(\"...\"), @explanation(\"...\") and"
                        + " @source(\"https://...\"); a .wslconfig lint rule also needs @severity(\"error\","
                        + " \"warning\" or \"info\") and @fix(\"...\") (docs/wslconfig-rules.md).");
    }

    static RuleAuthoringException unknownSeverity(String file, String rule, Object severity) {
        return new RuleAuthoringException(
                file
                        + ": rule \""
                        + rule
                        + "\" has @severity("
                        + severity
                        + "); use \"error\", \"warning\" or \"info\".");
    }

    /**
     * Two rules of the knowledge base compiled from files, {@code rule} and the {@code first} one,
     * share an id.
     */
    static RuleAuthoringException idReused(String file, String rule, String id, RuleInfo first) {
        return new RuleAuthoringException(
                file
                        + ": rule \""
                        + rule
                        + "\" reuses the id \""
                        + id
                        + "\" of rule \""
                        + first.name()
                        + "\" in "
                        + first.file()
                        + ". Rule ids must be unique; rename one.");
    }

    /**
     * The person's rule {@code yours} reuses the id of {@code first} (at {@code firstPlace}),
     * itself one of the person's rules or a built-in one.
     */
    static String idReusedByYours(
            RuleInfo yours, RuleInfo first, String firstPlace, boolean firstIsYours) {
        return (firstIsYours
                        ? "rule \""
                                + yours.name()
                                + "\" reuses the id \""
                                + yours.id()
                                + "\" of rule \""
                                + first.name()
                                + "\" in "
                                + firstPlace
                        : "your rule \""
                                + yours.name()
                                + "\" reuses the built-in id \""
                                + yours.id()
                                + "\" of rule \""
                                + first.name()
                                + "\" in "
                                + firstPlace)
                + ". Rule ids must be unique: give yours an id of its own, for example \""
                + prefix(yours)
                + yours.id()
                + "\".";
    }

    private static String prefix(RuleInfo rule) {
        String pkg = rule.file().replaceAll("^.*/", "").replaceAll("\\.drl$", "");
        return pkg.isEmpty() ? "my-" : pkg + "-";
    }
}
