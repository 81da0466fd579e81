package dev.wsladvisor.wslconfig.lint;

import dev.wsladvisor.rules.RecordHash;

/**
 * One problem the linter found, inserted by a lint rule.
 *
 * @param severity {@code error} (WSL ignores or rejects what was written), {@code warning} (works,
 *     but not as meant) or {@code info}
 * @param line 1-based line, or 0 for the whole file
 * @param column 1-based column, or 0 when the whole line is meant
 */
public record LintFinding(
        String ruleId,
        String severity,
        String file,
        int line,
        int column,
        String section,
        String key,
        String message,
        String fix,
        String source) {

    public boolean isError() {
        return "error".equals(severity);
    }

    // The hash the record would make, written out: see RecordHash. Equality stays the record's.
    @Override
    public int hashCode() {
        return RecordHash.of(
                ruleId, severity, file, line, column, section, key, message, fix, source);
    }

    public int severityRank() {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }
}
