package dev.wsladvisor.text;

/**
 * Text from outside (a file name, a field name, a captured command output, a typed answer) quoted
 * in a message, made safe to print: a control character (C0, DEL, C1; tab excepted) would act on
 * the terminal that shows the warning (colours, cursor moves, a new window title from {@code ESC ]
 * 0;}), so each becomes a visible escape, {@code \x1b}. Line breaks inside a message are escaped
 * too (also U+2028 and U+2029): one message, one line. The bidirectional overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069) become {@code \u202e}: they would make the rest of the line read
 * backwards.
 */
public final class Visible {
    private Visible() {}

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = hides(c);
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (hidden) {
                out.append(
                        c <= 0xFF
                                ? String.format("\\x%02x", (int) c)
                                : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@link #escape(String)} of at most the first {@code max} characters, with "..." and the
     * length when cut: a name of a megabyte is quoted as a readable start, not copied whole into a
     * message.
     */
    public static String escape(String text, int max) {
        if (text == null || text.length() <= max) {
            return escape(text);
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return escape(text.substring(0, end)) + "... (" + text.length() + " characters)";
    }

    private static boolean hides(char c) {
        if (c == '\t') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
