package dev.wsladvisor.wslconfig.lint;

import dev.wsladvisor.wslconfig.parse.SyntaxProblem;
import dev.wsladvisor.wslconfig.text.ConfigDialect;

/** A line WSL's parser rejects, as a fact for the lint rules. */
public final class LintSyntax implements Located {

    private final SyntaxProblem problem;
    private final String lineText;
    private final ConfigDialect dialect;
    private final String section;

    public LintSyntax(SyntaxProblem problem, String lineText, ConfigDialect dialect) {
        this(problem, lineText, dialect, "");
    }

    /** {@code section}: the last accepted {@code [section]} above the line, or "" before any. */
    LintSyntax(SyntaxProblem problem, String lineText, ConfigDialect dialect, String section) {
        this.problem = problem;
        this.lineText = lineText;
        this.dialect = dialect;
        this.section = section == null ? "" : section;
    }

    @Override
    public int getLine() {
        return problem.line();
    }

    @Override
    public int getColumn() {
        return problem.column();
    }

    /** The section the line stands under: the last accepted header above it. */
    @Override
    public String getSection() {
        return section;
    }

    /**
     * What stands before '=' on a key line ({@code swap_file}), or "" for a header or a line
     * without '='.
     */
    @Override
    public String getKey() {
        String t = lineText.strip();
        int eq = t.indexOf('=');
        return t.startsWith("[") || eq <= 0 ? "" : t.substring(0, eq).strip();
    }

    public String getKind() {
        return problem.kind().name();
    }

    public String getDetail() {
        return problem.detail();
    }

    public String getWslMessage() {
        return problem.wslMessage();
    }

    public String getLineText() {
        return lineText;
    }

    public String getDialect() {
        return dialect == ConfigDialect.WSLCONFIG ? "wslconfig" : "wslconf";
    }

    /** The line starts with {@code ;}, meant as an INI comment; WSL rejects it. */
    public boolean isSemicolonComment() {
        return lineText.stripLeading().startsWith(";");
    }

    /** The line with {@code ;} turned into {@code #}. */
    public String getHashComment() {
        int i = lineText.indexOf(';');
        return lineText.substring(0, i) + "#" + lineText.substring(i + 1);
    }

    /** The line with every backslash doubled, as Windows paths must be written. */
    public String getDoubledBackslashLine() {
        return lineText.replace("\\\\", "\u0000").replace("\\", "\\\\").replace("\u0000", "\\\\");
    }

    /**
     * A {@code [ name ]} header with spaces, or a key with {@code _ - .}, which WSL does not allow.
     */
    public String getCleanedName() {
        String t = lineText.strip();
        if (t.startsWith("[") && t.contains("]")) {
            String name = cleaned(t.substring(1, t.indexOf(']')));
            return name.isEmpty() || ("[" + name + "]").equals(t.substring(0, t.indexOf(']') + 1))
                    ? null
                    : "[" + name + "]";
        }
        int eq = t.indexOf('=');
        if (eq <= 0) {
            return null;
        }
        String typed = t.substring(0, eq).strip();
        String name = cleaned(typed);
        // Nothing to suggest when cleaning changes nothing: "did you mean 2memory?" for 2memory
        // helps no one.
        return name.isEmpty() || name.equals(typed) ? null : name;
    }

    /** Letters and digits only, starting with a letter, as WSL wants names. */
    private static String cleaned(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").replaceFirst("^[0-9]+", "");
    }
}
