package dev.wsladvisor.wslconfig.parse;

/**
 * Reads the value after a key's {@code =} as WSL's {@code ParseConfigFile} does: escapes, quotes
 * that group but are not kept, a {@code #} outside quotes that ends the value, a backslash before a
 * line break that continues it, and blanks at the end trimmed. An unknown escape or an open quote
 * makes the line invalid.
 */
final class ValueScanner {

    private static final int EOF = ParserInput.EOF;

    /**
     * One value: {@code value} as WSL reads it, {@code valueIndex} to {@code rawEnd} the text as
     * written, {@code tab} whether an escape put a tab into it, {@code next} the character the scan
     * stopped at; {@code problem} (at {@code problemIndex}, with {@code detail}) when the line is
     * invalid, else null.
     */
    record Scanned(
            String value,
            int valueIndex,
            int rawEnd,
            boolean tab,
            int next,
            SyntaxProblem.Kind problem,
            int problemIndex,
            String detail) {}

    private ValueScanner() {}

    /**
     * {@code ch}: the first character after the blanks that follow {@code =}, which {@code in}
     * returned last.
     */
    static Scanned scan(ParserInput in, int ch) {
        int valueIndex = in.current();
        int rawEnd = in.current();
        StringBuilder value = new StringBuilder();
        int trimmedLength = 0;
        boolean inQuote = false;
        boolean tab = false;
        while (ch != EOF && ch != '\n' && ch != '\r') {
            if (ch == '"') {
                inQuote = !inQuote;
            } else if (ch == '\\') {
                int ch2 = in.next();
                switch (ch2) {
                    case '\\', '"' -> value.append((char) ch2);
                    case 'b' -> value.append('\b');
                    case 'n' -> value.append('\n');
                    case 't' -> {
                        value.append('\t');
                        tab = true;
                    }
                    case '\n' -> {
                        // backslash-newline continues the value on the next line
                    }
                    case '\r' -> {
                        // configfile.cpp:712 skips a CR after a backslash: in wsl.conf (read in
                        // binary mode) a CRLF line ending in a backslash ends the value instead of
                        // being an invalid escape that stops parsing.
                    }
                    default -> {
                        return new Scanned(
                                null,
                                valueIndex,
                                rawEnd,
                                tab,
                                ch,
                                SyntaxProblem.Kind.INVALID_ESCAPE,
                                in.current(),
                                ch2 == EOF ? "end of file" : String.valueOf((char) ch2));
                    }
                }
            } else if (ch == '#' && !inQuote) {
                break;
            } else {
                value.append((char) ch);
            }
            if (!WslConfigParser.isHSpace(ch)) {
                trimmedLength = value.length();
                rawEnd = in.current() + 1;
            }
            ch = in.next();
        }
        if (inQuote) {
            return new Scanned(
                    null,
                    valueIndex,
                    rawEnd,
                    tab,
                    ch,
                    SyntaxProblem.Kind.UNTERMINATED_QUOTE,
                    in.current(),
                    null);
        }
        value.setLength(trimmedLength);
        return new Scanned(value.toString(), valueIndex, rawEnd, tab, ch, null, 0, null);
    }
}
