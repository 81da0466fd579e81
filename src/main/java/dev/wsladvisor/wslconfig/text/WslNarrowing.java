package dev.wsladvisor.wslconfig.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What WSL makes of characters outside ASCII in a value. Its parser reads wide characters but
 * stores each one with {@code value += static_cast<char>(ch)} (configfile.cpp:749): only the low
 * byte of every UTF-16 unit is kept, and a string or path key then reads those bytes as UTF-8
 * ({@code MultiByteToWide}, configfile.cpp:110 and :134). So {@code é} (U+00E9) becomes the lone
 * byte 0xE9, which is not UTF-8, and {@code 中} (U+4E2D) becomes {@code -}.
 */
public final class WslNarrowing {

    private WslNarrowing() {}

    /**
     * The bytes WSL keeps: the low byte of each character (a byte that was not UTF-8 in the file
     * stays that byte).
     */
    public static byte[] bytes(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            out.write(
                    LosslessUtf8.isEscapedByte(value, i)
                            ? value.charAt(i) - 0xDC00
                            : value.charAt(i) & 0xFF);
        }
        return out.toByteArray();
    }

    /**
     * The text a string or path key ends up with: the kept bytes read as UTF-8, U+FFFD where they
     * are not.
     */
    public static String text(String value) {
        return changes(value) ? new String(bytes(value), StandardCharsets.UTF_8) : value;
    }

    /** True when WSL does not keep the value as written. */
    public static boolean changes(String value) {
        return value.chars().anyMatch(c -> c > 127);
    }

    /**
     * Each mangled character once, as {@code 'é' (U+00E9) becomes byte 0xE9}; a byte that was not
     * UTF-8 in the file is named as such. Characters are given as code points so no control
     * character reaches a terminal.
     */
    public static List<String> describe(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 127) {
                continue;
            }
            if (LosslessUtf8.isEscapedByte(value, i)) {
                out.add(
                        String.format(
                                "byte 0x%02X (not UTF-8) is not read as written", c - 0xDC00));
                continue;
            }
            int low = c & 0xFF;
            String becomes =
                    low < 0x80 && low >= 0x20 && low != 0x7F
                            ? "'" + (char) low + "'"
                            : String.format("byte 0x%02X", low);
            String shown =
                    Character.isSurrogate(c)
                            ? String.format("U+%04X (half of a character outside the BMP)", (int) c)
                            : String.format("'%c' (U+%04X)", c, (int) c);
            out.add(dev.wsladvisor.text.Visible.escape(shown) + " becomes " + becomes);
        }
        return new ArrayList<>(out);
    }
}
