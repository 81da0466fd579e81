package dev.wsladvisor.ask;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.text.Visible;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The person's input, one line per answer, read the same way from a terminal and from a pipe:
 * bounded in length and in number, counted (errors name the input line), and echoed after the
 * prompt when the typing does not show.
 */
final class InputLines {

    /**
     * The longest input line read: an answer is a word or name=value; a file with no line breaks is
     * not a session.
     */
    static final int MAX_LINE_CHARS = 4096;

    /**
     * The most input lines read: 16 questions, with back and ? between them, take far fewer; {@code
     * yes '?' | ask} would otherwise never end. Left-over lines past it are not read.
     */
    static final int MAX_LINES = 1000;

    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echo;
    private int lineNumber;

    InputLines(BufferedReader in, PrintWriter out, boolean echo) {
        this.in = in;
        this.out = out;
        this.echo = echo;
    }

    /** The number of the last line read, from 1. */
    int lineNumber() {
        return lineNumber;
    }

    /** Whether {@link #MAX_LINES} lines were read. */
    boolean atLimit() {
        return lineNumber >= MAX_LINES;
    }

    /**
     * The next line, or null at the end of the input or once {@link #MAX_LINES} lines were read.
     */
    String readLine() {
        if (lineNumber >= MAX_LINES) {
            return null;
        }
        String line = boundedLine();
        if (line != null) {
            lineNumber++;
        }
        if (echo && line != null) {
            out.println(Visible.escape(line));
        }
        return line;
    }

    /**
     * Whether more input follows the last line read (only asked once {@link #MAX_LINES} lines were
     * read).
     */
    boolean moreInput() {
        try {
            return in.read() >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line, as BufferedReader.readLine ends it (LF, CR or CRLF), refused past {@link
     * #MAX_LINE_CHARS}.
     */
    private String boundedLine() {
        try {
            StringBuilder line = new StringBuilder();
            while (true) {
                int c = in.read();
                if (c < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                if (c == '\n') {
                    return line.toString();
                }
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                    return line.toString();
                }
                if (line.length() == MAX_LINE_CHARS) {
                    out.println();
                    out.flush();
                    throw new UserInputException(
                            "ask: input line "
                                    + (lineNumber + 1)
                                    + " is longer than "
                                    + MAX_LINE_CHARS
                                    + " characters; an answer is a word or name=value on a line of its own. Is this the file you"
                                    + " meant to pipe in?"
                                    + Interview.NOTHING_DONE);
                }
                line.append((char) c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A line with a control character (a NUL byte, an escape sequence) is no answer: binary data,
     * or a terminal gone wrong.
     */
    static boolean hasControlCharacters(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\t' && Character.getType(c) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }
}
