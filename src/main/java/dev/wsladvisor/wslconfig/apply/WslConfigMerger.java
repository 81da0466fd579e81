package dev.wsladvisor.wslconfig.apply;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.ParsedEntry;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges settings into an existing {@code .wslconfig} while keeping every comment, blank line,
 * unknown key, the order and the line endings. A setting WSL already reads with the same value is
 * left alone; one it reads with another value has only its value replaced, in place (even under the
 * legacy {@code [experimental]} name); a missing one goes at the end of its section, or into a new
 * section at the end of the file. A value the person set is kept ({@link Change.Kind#KEPT}) unless
 * WSL cannot read it or it is harmful on this PC (a line the caller names), so only then is it
 * replaced in place (even under the legacy {@code [experimental]} name). After each edit the result
 * is parsed again to prove WSL will read the new value; if not, the merge refuses instead of
 * writing.
 */
public final class WslConfigMerger {

    /** What one setting did to the file. */
    public record Change(SuggestedSetting setting, Kind kind, int line, String oldValue) {
        /** KEPT: the person set another valid value, which apply leaves as it is. */
        public enum Kind {
            UNCHANGED,
            KEPT,
            REPLACED,
            ADDED
        }
    }

    public record Result(WslConfigDocument document, List<Change> changes) {
        /**
         * True when the file's text changes: a value replaced or a line added (a kept value changes
         * nothing).
         */
        public boolean changed() {
            return changes.stream()
                    .anyMatch(
                            c -> c.kind() == Change.Kind.REPLACED || c.kind() == Change.Kind.ADDED);
        }
    }

    private final KeyCatalog catalog;

    public WslConfigMerger(KeyCatalog catalog) {
        this.catalog = catalog;
    }

    public Result merge(WslConfigDocument original, List<SuggestedSetting> settings) {
        return merge(original, settings, java.util.Set.of());
    }

    /**
     * As above; a value set on one of {@code harmfulLines} (lint errors on this PC) is replaced,
     * not kept.
     */
    public Result merge(
            WslConfigDocument original,
            List<SuggestedSetting> settings,
            java.util.Set<Integer> harmfulLines) {
        if (original.encoding().isUtf16()) {
            throw new dev.wsladvisor.errors.UserInputException(
                    "the file is saved as "
                            + original.encoding().label()
                            + ", which WSL may not read: save it as UTF-8 (in Notepad: File > Save as > Encoding: UTF-8), then"
                            + " apply again");
        }
        if (original.isBinary()) {
            throw new dev.wsladvisor.errors.UserInputException(
                    "the file is not a text config file (it holds binary data);"
                            + " check the path");
        }
        int ctrlZ = WslConfigParser.parse(original, ConfigDialect.WSLCONFIG).ctrlZLine();
        if (ctrlZ > 0) {
            throw new dev.wsladvisor.errors.UserInputException(
                    "line "
                            + ctrlZ
                            + " holds a Ctrl-Z character (0x1A), where WSL"
                            + " stops reading the file, so settings added after it would be ignored: delete the Ctrl-Z, then"
                            + " run apply again");
        }
        try {
            return mergeAll(original, settings, harmfulLines);
        } catch (SettingInsertion.FinalLineBreakChangesMeaning e) {
            int n = original.lineCount();
            throw new dev.wsladvisor.errors.UserInputException(
                    "line "
                            + n
                            + " ("
                            + original.lineText(n).strip()
                            + ") is the"
                            + " last line and has no line break; apply must add settings after it, and a line break there"
                            + " would change what WSL reads (a backslash at the end of a line continues it onto the next"
                            + " line). WSL ignores that line today: delete its trailing backslash or the whole line, then run"
                            + " apply again");
        }
    }

    private Result mergeAll(
            WslConfigDocument original,
            List<SuggestedSetting> settings,
            java.util.Set<Integer> harmfulLines) {
        WslConfigDocument doc = original;
        List<Change> changes = new ArrayList<>();
        for (SuggestedSetting s : settings) {
            KeySpec spec =
                    catalog.find(ConfigDialect.WSLCONFIG, s.fullName())
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "not a .wslconfig key: " + s.fullName()));
            ParseResult parsed = WslConfigParser.parse(doc, ConfigDialect.WSLCONFIG);
            Optional<ParsedEntry> effective =
                    parsed.entries().stream()
                            .filter(e -> spec.matches(e.effectiveName()))
                            .findFirst();
            Change change;
            if (effective.isPresent()
                    && WslValues.sameValue(spec, effective.get().value(), s.value())) {
                change =
                        new Change(
                                s,
                                Change.Kind.UNCHANGED,
                                effective.get().line(),
                                effective.get().value());
            } else if (effective.isPresent()
                    && keptOriginal(spec, original, harmfulLines) != null) {
                ParsedEntry mine = keptOriginal(spec, original, harmfulLines);
                changes.add(new Change(s, Change.Kind.KEPT, mine.line(), mine.value()));
                continue;
            } else if (effective.isPresent()) {
                doc = replaceValue(doc, effective.get(), s.value());
                change =
                        new Change(
                                s,
                                Change.Kind.REPLACED,
                                effective.get().line(),
                                effective.get().value());
            } else {
                SettingInsertion.Insertion ins =
                        SettingInsertion.insert(doc, parsed, spec, s.value());
                doc = ins.document();
                change = new Change(s, Change.Kind.ADDED, ins.line(), null);
            }
            if (!WslValues.readsAs(doc, spec, s.value())) {
                throw new IllegalStateException(
                        "merging "
                                + s.fullName()
                                + "="
                                + s.value()
                                + " would not be read by WSL; refusing to write");
            }
            changes.add(change);
        }
        return new Result(doc, changes);
    }

    /**
     * The person's own line for this key in the original file, when apply keeps it: WSL reads its
     * value and no lint error names its line (numbered as in the original, before this merge added
     * any line); else null.
     */
    private static ParsedEntry keptOriginal(
            KeySpec spec, WslConfigDocument original, java.util.Set<Integer> harmfulLines) {
        return WslConfigParser.parse(original, ConfigDialect.WSLCONFIG).entries().stream()
                .filter(e -> spec.matches(e.effectiveName()))
                .findFirst()
                .filter(
                        e ->
                                spec.valueType()
                                        .check(e.value(), spec, ConfigDialect.WSLCONFIG)
                                        .valid())
                .filter(e -> !harmfulLines.contains(e.line()))
                .orElse(null);
    }

    private WslConfigDocument replaceValue(WslConfigDocument doc, ParsedEntry e, String value) {
        String text = doc.lineText(e.line());
        if (!e.continued()) {
            String rest = text.substring(e.valueEnd());
            // an empty value right before an inline comment: keep the comment apart from the new
            // value
            String gap = rest.startsWith("#") ? " " : "";
            return doc.withLineText(
                    e.line(),
                    text.substring(0, e.valueStart()) + WslValues.format(value) + gap + rest);
        }
        // A value continued over several lines is replaced as a whole: first line rewritten, the
        // rest removed.
        WslConfigDocument out =
                doc.withLineText(
                        e.line(), text.substring(0, e.valueStart()) + WslValues.format(value));
        for (int l = e.endLine(); l > e.line(); l--) {
            out = out.withLineRemoved(l);
        }
        return out;
    }
}
