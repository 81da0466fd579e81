package dev.wsladvisor.text;

/**
 * Text from outside (a captured command output, a typed answer) quoted in a message, made safe to print: a control character (C0, DEL, C1; tab excepted) would
 * act on the terminal that shows the warning (colours, cursor moves, a new window title from {@code ESC ] 0;}),
 * so each becomes a visible escape, {@code \x1b}. Line breaks inside a message are escaped too: one message,
 * one line.
 */
public final class Visible {
    private Visible() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c != '\t' && Character.getType(c) == Character.CONTROL;
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (control) {
                out.append(String.format("\\x%02x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
