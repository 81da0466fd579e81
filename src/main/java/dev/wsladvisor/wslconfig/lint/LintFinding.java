package dev.wsladvisor.wslconfig.lint;

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

    public int severityRank() {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }
}
