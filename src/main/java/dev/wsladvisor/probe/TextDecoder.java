package dev.wsladvisor.probe;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns captured command output into text, whatever Windows did to it on the way: {@code wsl.exe}
 * writes UTF-16LE (with or without a BOM) unless {@code WSL_UTF8=1} is set, PowerShell 5.1 saves
 * files as UTF-16LE with a BOM, copies are often UTF-8 (with a BOM too), and UTF-16 read as UTF-8
 * leaves stray NULs. The result always uses {@code \n} line ends and never contains NUL or a BOM.
 */
public final class TextDecoder {
    private TextDecoder() {}

    public static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        String text;
        if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8(bytes, 3);
        } else if (looksLikeUtf16Le(bytes)) {
            text =
                    new String(
                            bytes, 0, bytes.length - (bytes.length % 2), StandardCharsets.UTF_16LE);
        } else {
            text = utf8OrLatin1(bytes);
        }
        return normalize(text);
    }

    /** Line ends become {@code \n}; NULs and BOMs left over from a bad copy are dropped. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || c == '\uFEFF') {
                continue;
            }
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * ASCII text in UTF-16LE has a NUL in most odd positions; UTF-8 text has almost none. Half of
     * the odd bytes being NUL is a safe line between the two, even for Chinese or Japanese output
     * where the high bytes are not NUL, because the labels' digits, colons and spaces still are.
     */
    private static boolean looksLikeUtf16Le(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int pairs = bytes.length / 2;
        int oddNuls = 0;
        int evenNuls = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            if (bytes[i] == 0) {
                evenNuls++;
            }
            if (bytes[i + 1] == 0) {
                oddNuls++;
            }
        }
        return oddNuls * 2 >= pairs && evenNuls * 4 < pairs;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] bytes, int offset) {
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    /**
     * A German cmd.exe redirect may be in a legacy code page; Latin-1 keeps digits and ASCII labels
     * intact.
     */
    private static String utf8OrLatin1(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
