package dev.wsladvisor.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule catalogue as Markdown (docs/rules.md), generated from the rules' own metadata so it
 * cannot drift.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {}

    public static String markdown(List<RuleInfo> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n")
                .append(
                        "Generated from the metadata of the rules in `rules/` (`mvn -q test -Dtest=RuleCatalogueTest -Dwsladvisor.regenerate=true`");
        md.append(" rewrites it; a test fails when it is out of date). ")
                .append(rules.size())
                .append(
                        " rules. Kinds: **reason** speaks for a version with a strength (need, exception, preference or note), ")
                .append(
                        "**blocker** stops a version until its fix (permanent: never on this PC), **warning** will bite, ")
                .append(
                        "**step** is a next step. See docs/verdict-policy.md for how they combine.\n");
        Map<String, List<RuleInfo>> byFile = new TreeMap<>();
        for (RuleInfo r : rules) {
            byFile.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<RuleInfo>> e : byFile.entrySet()) {
            md.append("\n## ").append(e.getKey()).append("\n\n");
            md.append("| id | kind | what it says | facts | source |\n|---|---|---|---|---|\n");
            for (RuleInfo r : e.getValue()) {
                md.append("| `")
                        .append(r.id())
                        .append("` | ")
                        .append(kind(r))
                        .append(" | ")
                        .append(cell(r.meta("explanation")))
                        .append(" | ")
                        .append(
                                r.meta("facts") != null
                                        ? cell(r.meta("facts"))
                                        : cell(String.join(", ", r.facts())))
                        .append(" | ")
                        .append(r.meta("source"))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static String kind(RuleInfo r) {
        if (r.meta("favors") != null) {
            return "reason: "
                    + r.meta("favors")
                    + " "
                    + (r.meta("strength") != null
                            ? r.meta("strength")
                            : "weight " + r.meta("weight"));
        }
        if (r.meta("blocks") != null) {
            return "blocker: "
                    + r.meta("blocks")
                    + ("true".equals(r.meta("permanent")) ? ", permanent" : "");
        }
        if (r.meta("step") != null) {
            return "step " + r.meta("step");
        }
        if (r.meta("severity") != null) {
            return "finding: " + r.meta("severity");
        }
        if (r.meta("setting") != null) {
            return "setting: " + r.meta("setting");
        }
        return r.meta("concerns") == null ? "warning" : "warning (" + r.meta("concerns") + ")";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
