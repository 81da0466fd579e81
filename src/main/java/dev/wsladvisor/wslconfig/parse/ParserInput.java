package dev.wsladvisor.wslconfig.parse;

import dev.wsladvisor.wslconfig.text.ConfigDialect;
import dev.wsladvisor.wslconfig.text.TextEncoding;
import java.util.Arrays;

/**
 * A document as WSL's parser reads it: one character after another, with the line and column each
 * came from, line endings as the dialect's C runtime hands them over, and nothing after a Ctrl-Z
 * where the runtime stops.
 */
final class ParserInput {

    static final int EOF = -1;

    private static final char CTRL_Z = 0x1A;

    private final int[] chars;
    private final int[] lineOf;
    private final int[] colOf;
    private final int lastLine;
    private final int lastLineLength;
    private int pos;
    private int current = -1;
    private boolean eofHit;
    private int ctrlZLine;

    ParserInput(WslConfigDocument doc, ConfigDialect dialect) {
        // Three flat arrays, not an object per character: a 1 MiB file is a million characters,
        // parsed once per suggested setting by apply.
        int size = 1;
        for (WslConfigDocument.Line line : doc.lines()) {
            size += line.text().length() + 2;
        }
        int[] c = new int[size];
        int[] l = new int[size];
        int[] o = new int[size];
        int n = 0;
        if (dialect == ConfigDialect.WSL_CONF && doc.encoding() == TextEncoding.UTF8_BOM) {
            // Linux reads the file as plain bytes: the BOM is the first character of line 1.
            c[n] = 0xFEFF;
            l[n] = 1;
            o[n++] = 0;
        }
        int lineNo = 0;
        lines:
        for (WslConfigDocument.Line line : doc.lines()) {
            lineNo++;
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == CTRL_Z && dialect.translatesCrLf()) {
                    // The Windows C runtime ends a file opened in text mode at Ctrl-Z (0x1A): WSL
                    // reads nothing after it.
                    // https://learn.microsoft.com/en-us/cpp/c-runtime-library/reference/fopen-wfopen
                    ctrlZLine = lineNo;
                    break lines;
                }
                c[n] = text.charAt(i);
                l[n] = lineNo;
                o[n++] = i;
            }
            if (line.ending().equals("\r\n") && !dialect.translatesCrLf()) {
                c[n] = '\r';
                l[n] = lineNo;
                o[n++] = text.length();
                c[n] = '\n';
                l[n] = lineNo;
                o[n++] = text.length() + 1;
            } else if (!line.ending().isEmpty()) {
                c[n] = '\n';
                l[n] = lineNo;
                o[n++] = text.length();
            }
        }
        chars = Arrays.copyOf(c, n);
        lineOf = Arrays.copyOf(l, n);
        colOf = Arrays.copyOf(o, n);
        lastLine = Math.max(1, doc.lineCount());
        lastLineLength = doc.lineCount() == 0 ? 0 : doc.lineText(doc.lineCount()).length();
    }

    /** The next character, or {@link #EOF}. */
    int next() {
        if (pos >= chars.length) {
            eofHit = true;
            current = chars.length;
            return EOF;
        }
        current = pos;
        return chars[pos++];
    }

    /** Puts back the character {@link #next()} returned last. */
    void unget() {
        pos--;
    }

    /** The index of the character {@link #next()} returned last (the length at the end). */
    int current() {
        return current;
    }

    /** Whether {@link #next()} has run past the end. */
    boolean eofHit() {
        return eofHit;
    }

    /** The line of a Ctrl-Z that ended the input, or 0. */
    int ctrlZLine() {
        return ctrlZLine;
    }

    /** The line (from 1) of the character at {@code index}; past the end, the last line. */
    int line(int index) {
        return index < chars.length ? lineOf[index] : lastLine;
    }

    /**
     * The column (from 0) of the character at {@code index}; past the end, the end of the last
     * line.
     */
    int col(int index) {
        return index < chars.length ? colOf[index] : lastLineLength;
    }

    /** The characters from {@code from} up to {@code to}, as written. */
    String source(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to && i < chars.length; i++) {
            sb.append((char) chars[i]);
        }
        return sb.toString();
    }
}
