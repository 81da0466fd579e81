package dev.wsladvisor.facts;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.io.WindowsPaths;
import dev.wsladvisor.text.Visible;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a facts document from a file or standard input: refuses what is too large, binary or not
 * UTF-8, parses the JSON with positions, validates it against the contract and maps it to the fact
 * model.
 */
public final class FactsReader {

    /** Facts files larger than this are refused: a real one is a few kilobytes. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final boolean strict;

    public FactsReader(boolean strict) {
        this.strict = strict;
    }

    /** Reads {@code file}, or standard input when the name is "-". */
    public FactsDocument read(String fileName, InputStream stdin) {
        if ("-".equals(fileName)) {
            return parse(readLimited(stdin, "<stdin>"), "<stdin>");
        }
        if (fileName.isEmpty()) {
            throw new UserInputException(
                    "--facts: the file name is empty. Name a facts .json file, or '-' for standard input.");
        }
        // The name as messages show it: a name with a line break or an escape sequence stays one
        // visible line.
        String name = Visible.escape(fileName, 200);
        Path path = Path.of(fileName);
        try {
            if (Files.isDirectory(path)) {
                throw new UserInputException(
                        name
                                + ": is a folder, not a facts file. Name a .json file, or '-' for standard input.");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UserInputException(
                        name
                                + ": the file is "
                                + String.format(
                                        java.util.Locale.ROOT, "%.1f", size / (1024.0 * 1024))
                                + " MiB ("
                                + size
                                + " bytes); facts files are limited to 10 MiB. "
                                + "A facts document describes one host; use 'batch' for a fleet in JSON Lines.");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return parse(readLimited(in, name), name);
            }
        } catch (NoSuchFileException e) {
            WindowsPaths.refuseOffWindows(path);
            throw new UserInputException(
                    name + ": no such file. Check the path, or use one of the samples in facts/.");
        } catch (IOException e) {
            throw new UserInputException(name + ": cannot read the file: " + e.getMessage());
        }
    }

    /** Parses facts from bytes already read; {@code where} names them in messages. */
    public FactsDocument parse(byte[] bytes, String where) {
        return parse(bytes, TextOrigin.file(where));
    }

    /**
     * Parses line {@code number} of a JSON Lines file: messages name that line and a column in it.
     */
    public FactsDocument parseLine(byte[] bytes, long number) {
        return parse(bytes, TextOrigin.jsonLine(number));
    }

    /**
     * The bytes of a JSON file as text, refused as a facts file would be: UTF-16, binary data and
     * invalid UTF-8 get one message naming {@code where}. For JSON files that hold a facts
     * document, such as scenarios.
     */
    public static String decode(byte[] bytes, String where) {
        TextOrigin origin = TextOrigin.file(where);
        int start = textStart(bytes, where);
        return text(bytes, start, isAscii(bytes, start, origin), origin);
    }

    private FactsDocument parse(byte[] bytes, TextOrigin origin) {
        String where = origin.name();
        int start = textStart(bytes, where);
        boolean ascii = isAscii(bytes, start, origin);
        // Plain ASCII, the usual case and every line of a fleet file, is parsed from the bytes as
        // they are.
        LocatedJson json =
                ascii && start == 0
                        ? LocatedJson.parseAscii(bytes, origin)
                        : LocatedJson.parse(text(bytes, start, ascii, origin), origin);
        List<String> warnings = new FactsValidator(json, strict).validate();
        return FactsDocument.of(json.root(), warnings, where);
    }

    private static byte[] readLimited(InputStream in, String where) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UserInputException(
                        where
                                + ": more than 10 MiB of input; facts documents are limited to 10 MiB. "
                                + "Use 'batch' for a fleet in JSON Lines.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UserInputException(where + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Where the text starts: after a UTF-8 byte-order mark. Refuses UTF-16, which Windows
     * PowerShell 5 writes.
     */
    private static int textStart(byte[] bytes, String where) {
        if (bytes.length >= 2) {
            refuseUtf16(bytes[0] & 0xFF, bytes[1] & 0xFF, where, ".");
        }
        return bytes.length >= 3
                        && bytes[0] == (byte) 0xEF
                        && bytes[1] == (byte) 0xBB
                        && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
    }

    /**
     * Refuses a text whose first two bytes ({@code -1} for none) show UTF-16: a byte-order mark,
     * or, without one, a 0 beside an ASCII character, as JSON starts with one. {@code then} ends
     * the message (what to do next).
     */
    public static void refuseUtf16(int first, int second, String where, String then) {
        boolean bom = (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
        // Without a mark: a 0 beside a character a JSON text starts with (printable ASCII or white
        // space); binary data such as 00 01 is not taken for UTF-16 and is refused as binary
        // instead.
        boolean bare =
                first >= 0
                        && second >= 0
                        && (first == 0) != (second == 0)
                        && textByte(first + second);
        if (bom || bare) {
            throw new UserInputException(
                    where
                            + ": the file is UTF-16 encoded"
                            + (bom ? "" : ", without a byte order mark,")
                            + " (as Windows PowerShell 5 writes with '>', and Notepad when saved as \"Unicode\" or \"UTF-16\");"
                            + " save it as UTF-8: in Notepad, File > Save As and choose \"UTF-8\" under Encoding; in PowerShell,"
                            + " Out-File -Encoding utf8 or Set-Content -Encoding utf8"
                            + then);
        }
    }

    private static boolean textByte(int b) {
        return (b >= 0x20 && b < 0x7F) || b == '\t' || b == '\n' || b == '\r';
    }

    /**
     * True when every byte from {@code start} on is ASCII; refuses a NUL byte (binary data, not a
     * JSON text).
     */
    private static boolean isAscii(byte[] bytes, int start, TextOrigin origin) {
        boolean ascii = true;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UserInputException(
                        origin.oneLine()
                                ? origin.at(1, i + 1)
                                        + ": binary data (a NUL byte), not JSON text. Each line holds one facts document in UTF-8."
                                : origin.name()
                                        + ": the file holds binary data (a NUL byte at offset "
                                        + i
                                        + "), not a JSON text."
                                        + " Point --facts at a facts .json file.");
            }
            ascii &= bytes[i] > 0;
        }
        return ascii;
    }

    /** The text from {@code start} on; ASCII needs no decoder (it is valid UTF-8 as it is). */
    private static String text(byte[] bytes, int start, boolean ascii, TextOrigin origin) {
        if (ascii) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.US_ASCII);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // Name the place, as for any other error: the line, and the column counted in bytes.
            int bad = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new UserInputException(
                    origin.at(line, bad - lineStart + 1)
                            + ": not valid UTF-8 text (byte 0x"
                            + Integer.toHexString(bytes[bad] & 0xFF)
                            + "). Save it as UTF-8 and try again.");
        }
        return out.flip().toString();
    }
}
