package dev.wsladvisor.wslconfig.parse;

import dev.wsladvisor.wslconfig.text.ConfigDialect;
import dev.wsladvisor.wslconfig.text.TextEncoding;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a config document the way WSL's {@code ParseConfigFile}
 * (src/shared/configfile/configfile.cpp) does, character by character, including its quirks: {@code
 * ;} is no comment, {@code #} ends a value outside quotes, an unknown escape drops the whole line,
 * a broken {@code [header]} leaves later keys in an odd section, and {@code wsl.conf} stops at its
 * first bad line. It never throws: every input yields a {@link ParseResult}.
 */
public final class WslConfigParser {

    private static final int EOF = ParserInput.EOF;

    private enum State {
        NEW_LINE,
        SECTION,
        KEY_VALUE,
        INVALID_LINE,
        DONE
    }

    private final ConfigDialect dialect;
    private final ParserInput in;

    private final List<ParsedEntry> entries = new ArrayList<>();
    private final List<SectionHeader> headers = new ArrayList<>();
    private final List<SyntaxProblem> problems = new ArrayList<>();
    private int stoppedAtLine;

    private WslConfigParser(WslConfigDocument doc, ConfigDialect dialect) {
        this.dialect = dialect;
        this.in = new ParserInput(doc, dialect);
    }

    public static ParseResult parse(WslConfigDocument doc, ConfigDialect dialect) {
        // The CRT's ccs=UTF-8 mode honours a UTF-8 or UTF-16 LE byte order mark only; anything else
        // UTF-16 is read as UTF-8 bytes, where every other character is NUL and no line parses.
        boolean unreadable =
                (doc.encoding().isUtf16() && doc.encoding() != TextEncoding.UTF16LE_BOM)
                        || (dialect == ConfigDialect.WSL_CONF && doc.encoding().isUtf16())
                        // Binary data: whatever WSL's parser makes of it is noise, not settings
                        // anyone
                        // wrote.
                        || doc.isBinary();
        if (unreadable) {
            return new ParseResult(doc, dialect, List.of(), List.of(), List.of(), 0, true, 0);
        }
        WslConfigParser p = new WslConfigParser(doc, dialect);
        p.run();
        return new ParseResult(
                doc,
                dialect,
                p.entries,
                p.headers,
                p.problems,
                p.stoppedAtLine,
                false,
                p.in.ctrlZLine());
    }

    static boolean isHSpace(int c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlnum(int c) {
        return isAlpha(c) || (c >= '0' && c <= '9');
    }

    private void problem(SyntaxProblem.Kind kind, int index, String detail) {
        problems.add(new SyntaxProblem(in.line(index), in.col(index) + 1, kind, detail));
    }

    private void run() {
        int ch = 0;
        int sectionLength = 0;
        String lastSection = "";
        StringBuilder key = new StringBuilder();
        State state = State.NEW_LINE;
        while (state != State.DONE) {
            switch (state) {
                case NEW_LINE -> {
                    state = null;
                    while (state == null) {
                        if (ch == '#') {
                            do {
                                ch = in.next();
                            } while (ch != '\n' && ch != EOF);
                        }
                        if (in.eofHit()) {
                            state = State.DONE;
                            break;
                        }
                        do {
                            ch = in.next();
                        } while (isHSpace(ch));
                        if (ch == EOF || ch == '\n' || ch == '#') {
                            continue;
                        }
                        if (ch == '\r') {
                            int n = in.next();
                            if (n != '\n' && n != EOF) {
                                in.unget();
                            }
                            continue;
                        }
                        if (ch == '[') {
                            state = State.SECTION;
                        } else if (!isAlpha(ch)) {
                            problem(SyntaxProblem.Kind.INVALID_KEY_NAME, in.current(), null);
                            state = State.INVALID_LINE;
                        } else {
                            state = State.KEY_VALUE;
                        }
                    }
                }
                case SECTION -> {
                    int headerIndex = in.current();
                    ch = in.next();
                    if (!isAlpha(ch)) {
                        problem(SyntaxProblem.Kind.INVALID_SECTION_NAME, in.current(), null);
                        state = State.INVALID_LINE;
                        break;
                    }
                    key.setLength(0);
                    do {
                        key.append((char) ch);
                        ch = in.next();
                    } while (isAlnum(ch));
                    if (ch != ']') {
                        problem(SyntaxProblem.Kind.EXPECTED_CLOSING_BRACKET, in.current(), null);
                        state = State.INVALID_LINE;
                        break;
                    }
                    do {
                        ch = in.next();
                    } while (isHSpace(ch));
                    if (ch != EOF && ch != '\n' && ch != '\r' && ch != '#') {
                        problem(SyntaxProblem.Kind.EXPECTED_END_OF_LINE, in.current(), null);
                        state = State.INVALID_LINE;
                        break;
                    }
                    sectionLength = key.length();
                    lastSection = key.toString();
                    headers.add(new SectionHeader(in.line(headerIndex), key.toString()));
                    state = State.NEW_LINE;
                }
                case KEY_VALUE -> {
                    int keyIndex = in.current();
                    key.setLength(sectionLength);
                    if (key.length() > 0) {
                        key.append('.');
                    }
                    int typedStart = key.length();
                    do {
                        key.append((char) ch);
                        ch = in.next();
                    } while (isAlnum(ch));
                    String typedKey = key.substring(typedStart);
                    while (isHSpace(ch)) {
                        ch = in.next();
                    }
                    if (ch != '=') {
                        problem(SyntaxProblem.Kind.EXPECTED_EQUALS, in.current(), null);
                        state = State.INVALID_LINE;
                        break;
                    }
                    do {
                        ch = in.next();
                    } while (isHSpace(ch));
                    ValueScanner.Scanned scanned = ValueScanner.scan(in, ch);
                    ch = scanned.next();
                    if (scanned.problem() != null) {
                        problem(scanned.problem(), scanned.problemIndex(), scanned.detail());
                        state = State.INVALID_LINE;
                        break;
                    }
                    int valueIndex = scanned.valueIndex();
                    int rawEnd = scanned.rawEnd();
                    int entryLine = in.line(keyIndex);
                    int endLine = in.line(Math.max(valueIndex, rawEnd - 1));
                    boolean oneLine = endLine == entryLine;
                    String rawValue = in.source(valueIndex, rawEnd);
                    int start = in.col(valueIndex);
                    int end = oneLine && rawEnd > valueIndex ? in.col(rawEnd - 1) + 1 : start;
                    String effective = cString(key.toString());
                    String cValue = cString(scanned.value());
                    int dot = effective.indexOf('.');
                    String section = dot < 0 ? "" : effective.substring(0, dot);
                    String keyName = dot < 0 ? effective : effective.substring(dot + 1);
                    if (dot < 0 && sectionLength > 0) {
                        // A broken header shorter than the last good one leaves NULs in WSL's
                        // buffer: the name WSL looks up is only what precedes them.
                        section = effective;
                        keyName = typedKey;
                    }
                    boolean nonAscii = cValue.chars().anyMatch(c -> c > 127);
                    entries.add(
                            new ParsedEntry(
                                    entryLine,
                                    in.col(keyIndex) + 1,
                                    endLine,
                                    section,
                                    keyName,
                                    effective,
                                    cValue,
                                    rawValue,
                                    start,
                                    end,
                                    scanned.tab(),
                                    nonAscii,
                                    !section.equals(lastSection)));
                    state = State.NEW_LINE;
                }
                case INVALID_LINE -> {
                    if (!dialect.skipsInvalidLines()) {
                        stoppedAtLine = problems.get(problems.size() - 1).line();
                        state = State.DONE;
                        break;
                    }
                    while (ch != EOF && ch != '\n') {
                        ch = in.next();
                    }
                    state = State.NEW_LINE;
                }
                default -> state = State.DONE;
            }
        }
    }

    private static String cString(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }
}
