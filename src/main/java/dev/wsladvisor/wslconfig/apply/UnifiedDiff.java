package dev.wsladvisor.wslconfig.apply;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two line lists, with three lines of context, as {@code diff -u} prints it. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    record Op(char kind, String text, int oldLine, int newLine) {}

    public static String diff(String oldName, String newName, List<String> a, List<String> b) {
        return diff(oldName, newName, a, false, b, false);
    }

    /**
     * As {@link #diff(String, String, List, List)}, where {@code aNoEol} and {@code bNoEol} say
     * that the last line of that side has no line break: such a line differs from the same text
     * with one, and is followed by {@code \ No newline at end of file}, as {@code diff -u} prints
     * it.
     */
    public static String diff(
            String oldName,
            String newName,
            List<String> a,
            boolean aNoEol,
            List<String> b,
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
            while (end < ops.size()
                    && (ops.get(end).kind() != ' ' || end - lastChange <= 2 * CONTEXT)) {
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
            out.append("@@ -")
                    .append(oldStart)
                    .append(',')
                    .append(oldCount)
                    .append(" +")
                    .append(newStart)
                    .append(',')
                    .append(newCount)
                    .append(" @@\n");
            for (int k = start; k < end; k++) {
                String text = ops.get(k).text();
                if (text.endsWith(NO_EOL)) {
                    out.append(ops.get(k).kind())
                            .append(text, 0, text.length() - NO_EOL.length())
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

    /**
     * Most edits a diff looks for before it shows the changed middle as removed and added whole.
     * Apply changes a few lines, so real diffs stay far below it; the cap bounds memory (about 4 *
     * MAX_EDITS^2 bytes) and time whatever the two files are.
     */
    static final int MAX_EDITS = 2_000;

    /**
     * The edit script: common lines at both ends are matched first, then Myers' O((N+M)D) algorithm
     * finds a shortest script for the middle, keeping only the diagonals each step reached (O(D^2)
     * memory, not the N*M table of a longest-common-subsequence search, which a 10,000-line file
     * would turn into 400 MB).
     */
    static List<Op> ops(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int prefix = 0;
        while (prefix < n && prefix < m && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix
                && suffix < m - prefix
                && a.get(n - 1 - suffix).equals(b.get(m - 1 - suffix))) {
            suffix++;
        }
        List<String> midA = a.subList(prefix, n - suffix);
        List<String> midB = b.subList(prefix, m - suffix);
        List<Character> script = myers(midA, midB);
        if (script == null) {
            script = new ArrayList<>();
            for (int i = 0; i < midA.size(); i++) {
                script.add('-');
            }
            for (int i = 0; i < midB.size(); i++) {
                script.add('+');
            }
        }
        List<Op> ops = new ArrayList<>();
        int x = 0;
        int y = 0;
        for (int i = 0; i < prefix; i++, x++, y++) {
            ops.add(new Op(' ', a.get(x), x + 1, y + 1));
        }
        for (char kind : script) {
            switch (kind) {
                case ' ' -> {
                    ops.add(new Op(' ', a.get(x), x + 1, y + 1));
                    x++;
                    y++;
                }
                case '-' -> {
                    ops.add(new Op('-', a.get(x), x + 1, y + 1));
                    x++;
                }
                default -> {
                    ops.add(new Op('+', b.get(y), x + 1, y + 1));
                    y++;
                }
            }
        }
        while (x < n) {
            ops.add(new Op(' ', a.get(x), x + 1, y + 1));
            x++;
            y++;
        }
        return ops;
    }

    /**
     * A shortest edit script of ' ', '-' and '+' turning {@code a} into {@code b}, or null past
     * {@link #MAX_EDITS}.
     */
    private static List<Character> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        List<int[]> trace = new ArrayList<>();
        int[] prev = null;
        int limit = Math.min(n + m, MAX_EDITS);
        for (int d = 0; d <= limit; d++) {
            int[] v = new int[2 * d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (d == 0) {
                    x = 0;
                } else if (k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])) {
                    x = prev[k + 1 + d - 1];
                } else {
                    x = prev[k - 1 + d - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[k + d] = x;
                if (x >= n && y >= m) {
                    trace.add(v);
                    return backtrack(trace, n, m);
                }
            }
            trace.add(v);
            prev = v;
        }
        return null;
    }

    private static List<Character> backtrack(List<int[]> trace, int n, int m) {
        List<Character> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] prev = trace.get(d - 1);
            int k = x - y;
            boolean down = k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = prev[prevK + d - 1];
            int prevY = prevX - prevK;
            int snakeStartX = down ? prevX : prevX + 1;
            while (x > snakeStartX) {
                reversed.add(' ');
                x--;
                y--;
            }
            reversed.add(down ? '+' : '-');
            x = prevX;
            y = prevY;
        }
        while (x > 0) {
            reversed.add(' ');
            x--;
        }
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
