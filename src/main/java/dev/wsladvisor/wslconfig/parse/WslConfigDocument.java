package dev.wsladvisor.wslconfig.parse;

import dev.wsladvisor.wslconfig.text.LosslessUtf8;
import dev.wsladvisor.wslconfig.text.TextEncoding;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A config file as lines that each keep their raw bytes and line ending, so an unchanged document
 * writes back byte for byte, and an edited one changes only the lines that were edited. A lone CR
 * stays inside its line's text, as it does for WSL, which only translates CR LF pairs.
 */
public final class WslConfigDocument {

    /**
     * One physical line: decoded text, its ending ("\n", "\r\n" or "" for a last line without one).
     */
    public record Line(String text, String ending, byte[] raw) {
        public Line {
            raw = raw == null ? null : raw.clone();
        }

        static Line edited(String text, String ending) {
            return new Line(text, ending, null);
        }

        @Override
        public byte[] raw() {
            return raw == null ? null : raw.clone();
        }
    }

    private final TextEncoding encoding;
    private final List<Line> lines;

    private WslConfigDocument(TextEncoding encoding, List<Line> lines) {
        this.encoding = encoding;
        this.lines = List.copyOf(lines);
    }

    public static WslConfigDocument read(byte[] bytes) {
        TextEncoding encoding = TextEncoding.detect(bytes);
        int start = encoding.bom().length;
        int unit = encoding.unit();
        boolean bigEndian =
                encoding == TextEncoding.UTF16BE_BOM || encoding == TextEncoding.UTF16BE_NO_BOM;
        List<Line> lines = new ArrayList<>();
        int lineStart = start;
        int i = start;
        while (i + unit <= bytes.length) {
            if (isCodeUnit(bytes, i, unit, bigEndian, '\n')) {
                int end = i + unit;
                boolean crlf =
                        i - unit >= lineStart && isCodeUnit(bytes, i - unit, unit, bigEndian, '\r');
                int textEnd = crlf ? i - unit : i;
                lines.add(
                        new Line(
                                decode(bytes, lineStart, textEnd, encoding),
                                crlf ? "\r\n" : "\n",
                                Arrays.copyOfRange(bytes, lineStart, end)));
                lineStart = end;
            }
            i += unit;
        }
        if (lineStart < bytes.length) {
            lines.add(
                    new Line(
                            decode(bytes, lineStart, bytes.length, encoding),
                            "",
                            Arrays.copyOfRange(bytes, lineStart, bytes.length)));
        }
        return new WslConfigDocument(encoding, lines);
    }

    /**
     * A new document holding the given text, written as UTF-8 without a BOM, the encoding WSL reads
     * best.
     */
    public static WslConfigDocument ofText(String text) {
        return read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean isCodeUnit(byte[] b, int i, int unit, boolean bigEndian, char c) {
        if (unit == 1) {
            return b[i] == c;
        }
        return bigEndian ? b[i] == 0 && b[i + 1] == c : b[i] == c && b[i + 1] == 0;
    }

    private static String decode(byte[] b, int from, int to, TextEncoding encoding) {
        return encoding.isUtf16()
                ? new String(b, from, to - from, encoding.charset())
                : LosslessUtf8.decode(b, from, to);
    }

    private byte[] encode(String text) {
        return encoding.isUtf16() ? text.getBytes(encoding.charset()) : LosslessUtf8.encode(text);
    }

    /**
     * True when the bytes are not a text file at all: more than one character in ten outside
     * comment lines is a control character (NUL included) or a byte that is not UTF-8. A stray NUL
     * or a cp1252 accent does not make a file binary: WSL reads the settings around them
     * (configfile.cpp reads character by character and only a value or key holding them is
     * affected), and so does the linter. An image or a zip is binary.
     */
    public boolean isBinary() {
        if (encoding.isUtf16()) {
            return false;
        }
        long chars = 0;
        long odd = 0;
        for (Line l : lines) {
            String t = l.text();
            if (t.stripLeading().startsWith("#")) {
                continue;
            }
            chars += t.length() + l.ending().length();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f' && c != 0x0B)
                        || c == 0x7F
                        || LosslessUtf8.isEscapedByte(t, i)) {
                    odd++;
                }
            }
        }
        return odd * 10 > chars;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    public List<Line> lines() {
        return lines;
    }

    public int lineCount() {
        return lines.size();
    }

    /** Text of line {@code number} (1-based). */
    public String lineText(int number) {
        return lines.get(number - 1).text();
    }

    /** The whole decoded text, line endings included. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.text()).append(l.ending());
        }
        return sb.toString();
    }

    /** CR LF when most lines use it, else LF; files with no line break yet get {@code fallback}. */
    public String dominantLineEnding(String fallback) {
        long crlf = lines.stream().filter(l -> l.ending().equals("\r\n")).count();
        long lf = lines.stream().filter(l -> l.ending().equals("\n")).count();
        if (crlf == 0 && lf == 0) {
            return fallback;
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(encoding.bom());
        for (Line l : lines) {
            byte[] raw = l.raw();
            out.writeBytes(raw != null ? raw : encode(l.text() + l.ending()));
        }
        return out.toByteArray();
    }

    /** A copy with line {@code number} (1-based) given new text, keeping its line ending. */
    public WslConfigDocument withLineText(int number, String text) {
        List<Line> copy = new ArrayList<>(lines);
        Line old = copy.get(number - 1);
        copy.set(number - 1, Line.edited(text, old.ending()));
        return new WslConfigDocument(encoding, copy);
    }

    /**
     * A copy with {@code texts} inserted before line {@code number} (1-based; {@code lineCount()+1}
     * appends). A last line without an ending gets one first, so the inserted text starts on a line
     * of its own.
     */
    public WslConfigDocument withLinesInserted(int number, List<String> texts, String ending) {
        List<Line> copy = new ArrayList<>(lines);
        int index = number - 1;
        if (index == copy.size() && !copy.isEmpty() && copy.get(index - 1).ending().isEmpty()) {
            Line last = copy.get(index - 1);
            byte[] raw = last.raw();
            copy.set(
                    index - 1,
                    raw == null
                            ? Line.edited(last.text(), ending)
                            : new Line(last.text(), ending, concat(raw, encode(ending))));
        }
        List<Line> added = new ArrayList<>();
        for (String t : texts) {
            added.add(Line.edited(t, ending));
        }
        copy.addAll(index, added);
        return new WslConfigDocument(encoding, copy);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** True when the last line has no line break after it. */
    public boolean missingFinalNewline() {
        return !lines.isEmpty() && lines.get(lines.size() - 1).ending().isEmpty();
    }

    /** A copy without line {@code number} (1-based). */
    public WslConfigDocument withLineRemoved(int number) {
        List<Line> copy = new ArrayList<>(lines);
        copy.remove(number - 1);
        return new WslConfigDocument(encoding, copy);
    }

    public List<String> textLines() {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(l.text());
        }
        return Collections.unmodifiableList(out);
    }
}
