package dev.wsladvisor.text;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines at spaces so listings fit a terminal (80 columns). */
public final class Wrap {

    private Wrap() {}

    /**
     * {@code text} in lines of at most {@code width} characters, each after {@code indent}; a
     * longer word stays whole.
     */
    public static String lines(String text, String indent, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int room = Math.max(20, width - indent.length());
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                out.add(indent + line);
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.add(indent + line);
        }
        return String.join("\n", out);
    }
}
