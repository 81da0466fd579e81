package dev.wsladvisor.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rule file's lines, to find where a name stands: messages point a caret at it. */
final class DrlText {

    /** A place in the file: 1-based line and column. */
    record Place(int line, int column) {}

    private final String[] lines;

    DrlText(String text) {
        this.lines = text.split("\r?\n", -1);
    }

    int lineCount() {
        return lines.length;
    }

    String line(int n) {
        return n >= 1 && n <= lines.length ? lines[n - 1] : "";
    }

    /**
     * The first place at or after line {@code from} (and before {@code to}, 0 for the end) where
     * {@code regex} matches, at the start of its first group if it has one; null if nowhere.
     */
    Place find(String regex, int from, int to) {
        Pattern p = Pattern.compile(regex);
        int end = to <= 0 ? lines.length : Math.min(to, lines.length);
        for (int n = Math.max(1, from); n <= end; n++) {
            Matcher m = p.matcher(lines[n - 1]);
            if (m.find()) {
                return new Place(n, (m.groupCount() > 0 ? m.start(1) : m.start()) + 1);
            }
        }
        return null;
    }

    /** Where the word {@code word} first stands at or after line {@code from}, or null. */
    Place word(String word, int from, int to) {
        return find("(?<![\\w$])(" + Pattern.quote(word) + ")(?!\\w)", from, to);
    }
}
