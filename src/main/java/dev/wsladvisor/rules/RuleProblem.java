package dev.wsladvisor.rules;

import dev.wsladvisor.text.Visible;

/**
 * One problem in a rule file, as a rule author reads it: {@code file:line:col: message}, the line
 * of the file and a caret under the offending text. A warning does not stop the rules from loading.
 *
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param length how many characters the caret line marks (at least one)
 * @param source the text of that line, or null
 * @param raw the compiler's own words, shown under --verbose, or null
 */
public record RuleProblem(
        String file,
        int line,
        int column,
        int length,
        String message,
        boolean warning,
        String source,
        String raw) {

    static RuleProblem error(
            RuleSource file, int line, int column, int length, String message, String raw) {
        return new RuleProblem(
                file.displayPath(),
                line,
                column,
                length,
                message,
                false,
                lineOf(file.text(), line),
                raw);
    }

    static RuleProblem warning(RuleSource file, int line, int column, int length, String message) {
        return new RuleProblem(
                file.displayPath(),
                line,
                column,
                length,
                message,
                true,
                lineOf(file.text(), line),
                null);
    }

    /** A problem with no place in a file. */
    static RuleProblem inFile(String file, String message) {
        return new RuleProblem(file, 0, 0, 0, message, false, null, null);
    }

    /** {@code file:line:col}, as far as it is known. */
    public String place() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    /**
     * The first line alone: {@code file:line:col: message} ({@code warning: message} for a
     * warning).
     */
    public String headline() {
        // Rule names and file names come from the author's files: no raw control character reaches
        // the terminal.
        return Visible.escape(place())
                + ": "
                + (warning ? "warning: " : "")
                + Visible.escape(message);
    }

    /**
     * The headline, the offending line with a caret line under it, and with {@code verbose} the
     * compiler's text.
     */
    public String describe(boolean verbose) {
        StringBuilder out = new StringBuilder(headline());
        if (source != null && column > 0) {
            String shown = Visible.escape(source.replace('\t', ' '));
            out.append("\n    ").append(shown).append("\n    ");
            int at = Math.min(column - 1, shown.length());
            out.append(" ".repeat(at))
                    .append("^".repeat(Math.max(1, Math.min(length, shown.length() - at))));
        }
        if (verbose && raw != null) {
            out.append("\n    drools: ").append(raw.replaceAll("\\s+", " ").trim());
        }
        return out.toString();
    }

    private static String lineOf(String text, int line) {
        if (line <= 0) {
            return null;
        }
        String[] lines = text.split("\r?\n", -1);
        return line <= lines.length ? lines[line - 1] : null;
    }
}
