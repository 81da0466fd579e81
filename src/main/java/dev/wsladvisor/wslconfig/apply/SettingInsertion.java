package dev.wsladvisor.wslconfig.apply;

import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.ParsedEntry;
import dev.wsladvisor.wslconfig.parse.SectionHeader;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.text.CNumbers;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a setting the file does not have goes: after the last entry of its section (the first such
 * section WSL then reads it from), else in a new section at the end of the file, in the file's own
 * line endings.
 */
final class SettingInsertion {

    private SettingInsertion() {}

    record Insertion(WslConfigDocument document, int line) {}

    /**
     * Adds {@code spec=value} where WSL reads it: at the end of its section, or in a new section at
     * the end.
     */
    static Insertion insert(WslConfigDocument doc, ParseResult parsed, KeySpec spec, String value) {
        String ending = doc.dominantLineEnding(System.lineSeparator());
        return insertLines(doc, parsed, spec, value, ending);
    }

    /**
     * Refuses when the last line has no line break and giving it one, as any line added after it
     * needs, would change what WSL reads: {@code kernelCommandLine=x\} at the end of the file is
     * dropped by WSL (a backslash before the end of the file is an invalid escape), but with a line
     * break it continues onto the next line and comes alive.
     */
    private static void checkFinalLineBreakKeepsMeaning(WslConfigDocument doc, String ending) {
        if (!doc.missingFinalNewline()) {
            return;
        }
        ParseResult now = WslConfigParser.parse(doc, ConfigDialect.WSLCONFIG);
        ParseResult then =
                WslConfigParser.parse(
                        doc.withLinesInserted(doc.lineCount() + 1, List.of(), ending),
                        ConfigDialect.WSLCONFIG);
        if (!meaning(now).equals(meaning(then))) {
            throw new FinalLineBreakChangesMeaning();
        }
    }

    /**
     * Thrown inside the merge; {@link WslConfigMerger#merge} names the line as numbered in the
     * person's file.
     */
    static final class FinalLineBreakChangesMeaning extends RuntimeException {
        FinalLineBreakChangesMeaning() {
            super(null, null, false, false);
        }
    }

    private static List<String> meaning(ParseResult r) {
        List<String> out = new ArrayList<>();
        r.entries()
                .forEach(
                        e ->
                                out.add(
                                        e.line()
                                                + ":"
                                                + e.endLine()
                                                + ":"
                                                + e.effectiveName()
                                                + "="
                                                + e.value()));
        r.problems().forEach(p -> out.add(p.line() + ":" + p.kind()));
        return out;
    }

    private static Insertion insertLines(
            WslConfigDocument doc, ParseResult parsed, KeySpec spec, String value, String ending) {
        String line = spec.name() + "=" + WslValues.format(value);
        List<SectionHeader> headers = parsed.headers();
        for (int i = 0; i < headers.size(); i++) {
            SectionHeader h = headers.get(i);
            if (!CNumbers.asciiEqualsIgnoreCase(h.name(), spec.section())) {
                continue;
            }
            int blockEnd = i + 1 < headers.size() ? headers.get(i + 1).line() : Integer.MAX_VALUE;
            int after = h.line();
            for (ParsedEntry e : parsed.entries()) {
                if (e.line() > h.line()
                        && e.line() < blockEnd
                        && CNumbers.asciiEqualsIgnoreCase(e.section(), spec.section())) {
                    after = Math.max(after, e.endLine());
                }
            }
            if (after == doc.lineCount()) {
                checkFinalLineBreakKeepsMeaning(doc, ending);
            }
            WslConfigDocument candidate = doc.withLinesInserted(after + 1, List.of(line), ending);
            if (WslValues.readsAs(candidate, spec, value)) {
                return new Insertion(candidate, after + 1);
            }
        }
        checkFinalLineBreakKeepsMeaning(doc, ending);
        List<String> block = new ArrayList<>();
        boolean needsBlank = doc.lineCount() > 0 && !doc.lineText(doc.lineCount()).isBlank();
        if (needsBlank) {
            block.add("");
        }
        block.add("[" + spec.section() + "]");
        block.add(line);
        return new Insertion(
                doc.withLinesInserted(doc.lineCount() + 1, block, ending),
                doc.lineCount() + block.size());
    }
}
