package dev.wsladvisor.wslconfig;

/** A line WSL's parser rejects, as a fact for the lint rules. */
public final class LintSyntax implements Located {

    private final SyntaxProblem problem;
    private final String lineText;
    private final ConfigDialect dialect;

    LintSyntax(SyntaxProblem problem, String lineText, ConfigDialect dialect) {
        this.problem = problem;
        this.lineText = lineText;
        this.dialect = dialect;
    }

    @Override
    public int getLine() {
        return problem.line();
    }

    @Override
    public int getColumn() {
        return problem.column();
    }

    @Override
    public String getSection() {
        return "";
    }

    @Override
    public String getKey() {
        return "";
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

    /** A {@code [ name ]} header with spaces, or a key with {@code _ - .}, which WSL does not allow. */
    public String getCleanedName() {
        String t = lineText.strip();
        if (t.startsWith("[") && t.contains("]")) {
            return "[" + t.substring(1, t.indexOf(']')).replaceAll("[^A-Za-z0-9]", "") + "]";
        }
        int eq = t.indexOf('=');
        return eq > 0 ? t.substring(0, eq).replaceAll("[^A-Za-z0-9]", "") : null;
    }
}
