package dev.wsladvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metadata a rule must have, worked out from what it is (a .wslconfig lint rule has
 * {@code @severity}) and what its consequence calls ({@code reason}, {@code blocker}, {@code
 * nextStep}), and what to write when one is missing.
 */
final class RequiredMetadata {

    private RequiredMetadata() {}

    /** The names rule metadata {@code meta} with consequence {@code consequence} must have. */
    static List<String> of(Map<String, String> meta, String consequence) {
        List<String> required =
                new ArrayList<>(
                        isLintRule(meta)
                                ? RuleCatalogueReader.LINT_REQUIRED_METADATA
                                : RuleCatalogueReader.REQUIRED_METADATA);
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
        return required.stream().distinct().toList();
    }

    static boolean isLintRule(Map<String, String> meta) {
        return meta.containsKey("severity");
    }

    /** What to write when {@code @key} is missing. */
    static String hint(String key, boolean lintRule) {
        return lintRule
                ? "add @"
                        + key
                        + "(...): a .wslconfig lint rule needs @id, @severity(\"error\", \"warning\" or \"info\"),"
                        + " @explanation, @fix and @source (docs/wslconfig-rules.md)."
                : whyRequired(key);
    }

    private static boolean calls(String consequence, String helper) {
        return Pattern.compile("(?<![\\w.])" + helper + "\\s*\\(").matcher(consequence).find();
    }

    private static String whyRequired(String key) {
        switch (key) {
            case "id":
                return "add @id(\"a-stable-kebab-case-id\") under the rule's name; every rule needs one.";
            case "explanation":
                return "add @explanation(\"one sentence a person understands\"); every rule needs one.";
            case "source":
                return "add @source(\"https://...\"), the public page the rule rests on; every rule needs one.";
            case "favors":
                return "reason(kcontext) votes for a version: add @favors(\"WSL1\") or @favors(\"WSL2\").";
            case "strength":
                return "reason(kcontext) needs a strength: add @strength(\"need\"), \"exception\", \"preference\" or \"note\" (docs/verdict-policy.md).";
            case "blocks":
                return "blocker(kcontext) needs the version it blocks: add @blocks(\"WSL1\"), @blocks(\"WSL2\") or @blocks(\"both\").";
            case "fix":
                return "add @fix(\"what to do\"); a blocker needs one unless it is @permanent(true), a .wslconfig lint rule always.";
            case "step":
                return "nextStep(...) needs its place in the list: add @step(N) (10s fixes, 20s install, 30s convert, 40s configure).";
            case "severity":
                return "a .wslconfig lint rule needs @severity(\"error\"), \"warning\" or \"info\".";
            default:
                return "add @" + key + "(...).";
        }
    }
}
