package dev.wsladvisor.wslconfig.parse;

/**
 * One {@code key = value} line as WSL reads it.
 *
 * @param line 1-based line where the key starts
 * @param column 1-based column of the key
 * @param endLine last line of the value (differs from {@code line} after a backslash-newline
 *     continuation)
 * @param section section part of {@link #effectiveName()}, or "" for a key before any section
 *     header
 * @param key the key as typed
 * @param effectiveName the name WSL looks up ({@code wsl2.memory}); after a broken header it can be
 *     odd
 * @param value the value after quotes, escapes and trimming, exactly what WSL hands to the type
 *     parser
 * @param rawValue the value as written on the line (quotes, escapes and inline comment removed only
 *     by trim)
 * @param valueStart 0-based index in the line text where the raw value starts
 * @param valueEnd 0-based index in the line text where the raw value ends (exclusive); only on
 *     one-line values
 * @param tabFromEscape a {@code \t} escape put a TAB into the value (typical for a Windows path
 *     with single backslashes, e.g. {@code C:\temp})
 * @param nonAscii the key or value holds non-ASCII characters, which WSL narrows to 8 bits
 * @param afterBrokenHeader a rejected {@code [header]} line above changed the section WSL files
 *     this key under
 */
public record ParsedEntry(
        int line,
        int column,
        int endLine,
        String section,
        String key,
        String effectiveName,
        String value,
        String rawValue,
        int valueStart,
        int valueEnd,
        boolean tabFromEscape,
        boolean nonAscii,
        boolean afterBrokenHeader) {

    public boolean beforeAnySection() {
        return section.isEmpty();
    }

    public boolean continued() {
        return endLine != line;
    }
}
