package dev.wsladvisor.facts;

import java.util.Locale;

/** One error code or message the person has seen, from {@code answers.errors}. */
public final class ReportedError extends FactSection {

    private final String text;
    private final String folded;
    private final ErrorKind kind;

    public ReportedError(FactsDocument document, String text) {
        super(document);
        this.text = text;
        this.folded = fold(text);
        this.kind = ErrorKind.of(folded);
    }

    public String getText() {
        return text;
    }

    /**
     * What the knowledge base recognises this error as ({@link ErrorKind#id()}), or null: not
     * recognised.
     */
    public String getKind() {
        return kind == null ? null : kind.id();
    }

    /** WSL2's virtual machine demonstrably could not start when the person saw this. */
    public boolean stopsWsl2() {
        return kind != null && kind.stopsWsl2();
    }

    /**
     * Whether the text contains {@code fragment}, ignoring case and runs of white space, wherever
     * it stands.
     */
    public boolean mentions(String fragment) {
        return folded.contains(fold(fragment));
    }

    /**
     * Lower case, each run of white space (as regex \\s) one space; by hand, as rules call this for
     * every host.
     */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
