package dev.wsladvisor.wslconfig.parse;

import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.List;

/**
 * What WSL's parser makes of a document: the entries it hands to its key table, the headers it
 * accepted, the lines it rejected, and for {@code wsl.conf} the line where it gave up.
 *
 * @param stoppedAtLine the 1-based line whose error ended parsing ({@code wsl.conf} only), or 0
 * @param unreadable true when WSL cannot read any setting at all (UTF-16 without a byte order mark)
 * @param ctrlZLine the 1-based line holding a Ctrl-Z, where the Windows C runtime ends a {@code
 *     .wslconfig} read in text mode, or 0
 */
public record ParseResult(
        WslConfigDocument document,
        ConfigDialect dialect,
        List<ParsedEntry> entries,
        List<SectionHeader> headers,
        List<SyntaxProblem> problems,
        int stoppedAtLine,
        boolean unreadable,
        int ctrlZLine) {

    public ParseResult {
        entries = List.copyOf(entries);
        headers = List.copyOf(headers);
        problems = List.copyOf(problems);
    }
}
