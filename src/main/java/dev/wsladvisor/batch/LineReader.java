package dev.wsladvisor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, an optional {@code \r} before it dropped) without
 * decoding and without ever holding more than {@link #maxLineBytes} of one line: a longer line is
 * skipped to its end and reported as too long, so one broken record cannot exhaust memory.
 */
final class LineReader {

    /** One line: its number (from 1), its bytes, or null when it was longer than the limit. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNumber;
    private byte[] line = new byte[1024];

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line, or null at the end of the input. A final line without a newline still counts.
     */
    Line next() throws IOException {
        int length = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return finish(length, total);
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (total + n <= maxLineBytes) {
                if (length + n > line.length) {
                    line =
                            Arrays.copyOf(
                                    line,
                                    Math.min(
                                            maxLineBytes + 1,
                                            Math.max(line.length * 2, length + n)));
                }
                System.arraycopy(buffer, start, line, length, n);
                length += n;
            }
            total += n;
            if (pos < limit) {
                pos++; // the newline
                return finish(length, total);
            }
        }
    }

    private Line finish(int length, long total) {
        lineNumber++;
        if (total > maxLineBytes) {
            return new Line(lineNumber, null, total);
        }
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return new Line(lineNumber, Arrays.copyOf(line, end), end);
    }
}
