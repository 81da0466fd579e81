package dev.wsladvisor.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The advice document, version 1, exactly as the advice contract (docs/advice-format.md) names it.
 * Lists are ordered most important first. Fields may be added, never renamed.
 */
@JsonPropertyOrder({
    "schemaVersion",
    "id",
    "recommendation",
    "blocked",
    "confidence",
    "summary",
    "blockers",
    "reasons",
    "warnings",
    "wslconfig",
    "whatIf",
    "nextSteps",
    "unknown"
})
public record Advice(
        int schemaVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String id,
        String recommendation,
        boolean blocked,
        double confidence,
        String summary,
        List<BlockerItem> blockers,
        List<ReasonItem> reasons,
        List<WarningItem> warnings,
        WslConfigPart wslconfig,
        List<WhatIfItem> whatIf,
        List<String> nextSteps,
        List<String> unknown) {

    public static final int SCHEMA_VERSION = 1;

    /** What stops the recommended version from running now, and the concrete fix. */
    @JsonPropertyOrder({"id", "message", "fix", "source", "facts"})
    public record BlockerItem(
            String id, String message, String fix, String source, List<String> facts) {}

    /** A rule that weighed in, for either side, with the facts it used. */
    @JsonPropertyOrder({"rule", "favors", "weight", "explanation", "facts", "source"})
    public record ReasonItem(
            String rule,
            String favors,
            int weight,
            String explanation,
            List<String> facts,
            String source) {}

    /** What will not stop it but will bite. */
    @JsonPropertyOrder({"id", "message", "fix", "source", "facts"})
    public record WarningItem(
            String id,
            String message,
            @JsonInclude(JsonInclude.Include.NON_NULL) String fix,
            String source,
            List<String> facts) {}

    /** A single change of a fact that flips the recommendation or the blocked state. */
    @JsonPropertyOrder({"change", "recommendation", "blocked"})
    public record WhatIfItem(String change, String recommendation, boolean blocked) {}

    /** Suggested .wslconfig content and findings on the person's own file. */
    @JsonPropertyOrder({"settings", "text", "findings", "note"})
    public record WslConfigPart(
            List<Setting> settings,
            String text,
            List<Finding> findings,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note) {}

    /** One suggested setting and why. */
    @JsonPropertyOrder({"section", "key", "value", "reason", "source"})
    public record Setting(
            String section,
            String key,
            String value,
            String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) String source) {}

    /** One problem in the person's .wslconfig. */
    @JsonPropertyOrder({"severity", "line", "section", "key", "message", "fix"})
    /**
     * @param line 1-based, or null for the file as a whole
     * @param column 1-based, or null when the whole line is meant (added field)
     * @param file the path of the checked file (added field)
     * @param rule the id of the lint rule (added field)
     */
    public record Finding(
            String severity,
            Integer line,
            String section,
            String key,
            String message,
            String fix,
            Integer column,
            String file,
            String rule) {
        public Finding(
                String severity,
                Integer line,
                String section,
                String key,
                String message,
                String fix) {
            this(severity, line, section, key, message, fix, null, null, null);
        }
    }
}
