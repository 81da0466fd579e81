package dev.wsladvisor.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line on a terminal, redrawn at most five times a second: lines done, rate and, for a file,
 * time left.
 */
final class ProgressBar {
    private final PrintWriter err;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastDraw;

    ProgressBar(PrintWriter err, long totalBytes) {
        this.err = err;
        this.totalBytes = totalBytes;
    }

    void update(long lines, long bytesDone) {
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        StringBuilder s = new StringBuilder("\r");
        if (totalBytes > 0) {
            double done = Math.min(1.0, (double) bytesDone / totalBytes);
            int filled = (int) (done * 20);
            s.append('[').append("#".repeat(filled)).append(" ".repeat(20 - filled)).append("] ");
            s.append(String.format(Locale.ROOT, "%3.0f%% ", done * 100));
            if (done > 0.01) {
                s.append(
                        String.format(
                                Locale.ROOT,
                                "%,d lines, %,.0f/s, %s left",
                                lines,
                                lines / seconds,
                                clock(seconds / done - seconds)));
            } else {
                s.append(String.format(Locale.ROOT, "%,d lines", lines));
            }
        } else {
            s.append(
                    String.format(
                            Locale.ROOT,
                            "%,d lines, %,.0f/s",
                            lines,
                            seconds > 0 ? lines / seconds : 0.0));
        }
        err.print(s.append("\u001b[K"));
        err.flush();
    }

    void clear() {
        err.print("\r\u001b[K");
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
