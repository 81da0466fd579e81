package dev.wsladvisor.wslconfig;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two line lists, with three lines of context, as {@code diff -u} prints it. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    private record Op(char kind, String text, int oldLine, int newLine) {
    }

    public static String diff(String oldName, String newName, List<String> a, List<String> b) {
        return diff(oldName, newName, a, false, b, false);
    }

    /**
     * As {@link #diff(String, String, List, List)}, where {@code aNoEol} and {@code bNoEol} say that the last line
     * of that side has no line break: such a line differs from the same text with one, and is followed by
     * {@code \ No newline at end of file}, as {@code diff -u} prints it.
     */
    public static String diff(String oldName, String newName, List<String> a, boolean aNoEol, List<String> b,
            boolean bNoEol) {
        List<Op> ops = ops(markLast(a, aNoEol), markLast(b, bNoEol));
        if (ops.stream().allMatch(o -> o.kind() == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- " + oldName + "\n+++ " + newName + "\n");
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < ops.size() && (ops.get(end).kind() != ' ' || end - lastChange <= 2 * CONTEXT)) {
                if (ops.get(end).kind() != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int oldCount = 0;
            int newCount = 0;
            for (int k = start; k < end; k++) {
                char kind = ops.get(k).kind();
                if (kind != '+') {
                    oldCount++;
                }
                if (kind != '-') {
                    newCount++;
                }
            }
            Op first = ops.get(start);
            int oldStart = oldCount == 0 ? first.oldLine() - 1 : first.oldLine();
            int newStart = newCount == 0 ? first.newLine() - 1 : first.newLine();
            out.append("@@ -").append(oldStart).append(',').append(oldCount).append(" +").append(newStart)
                    .append(',').append(newCount).append(" @@\n");
            for (int k = start; k < end; k++) {
                String text = ops.get(k).text();
                if (text.endsWith(NO_EOL)) {
                    out.append(ops.get(k).kind()).append(text, 0, text.length() - NO_EOL.length())
                            .append("\n\\ No newline at end of file\n");
                } else {
                    out.append(ops.get(k).kind()).append(text).append('\n');
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** A line never holds a line break, so one marks the last line that has none. */
    private static final String NO_EOL = "\n";

    private static List<String> markLast(List<String> lines, boolean noEol) {
        if (!noEol || lines.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        out.set(out.size() - 1, out.get(out.size() - 1) + NO_EOL);
        return out;
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                lcs[x][y] = a.get(x).equals(b.get(y)) ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int x = 0;
        int y = 0;
        while (x < n || y < m) {
            if (x < n && y < m && a.get(x).equals(b.get(y))) {
                ops.add(new Op(' ', a.get(x), x + 1, y + 1));
                x++;
                y++;
            } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                ops.add(new Op('-', a.get(x), x + 1, y + 1));
                x++;
            } else {
                ops.add(new Op('+', b.get(y), x + 1, y + 1));
                y++;
            }
        }
        return ops;
    }
}
