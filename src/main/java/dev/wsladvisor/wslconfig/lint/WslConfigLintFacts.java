package dev.wsladvisor.wslconfig.lint;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.ParsedEntry;
import dev.wsladvisor.wslconfig.parse.SectionHeader;
import dev.wsladvisor.wslconfig.parse.SyntaxProblem;
import dev.wsladvisor.wslconfig.parse.WslConfigFiles;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a parsed file into the facts the lint rules match on. */
public final class WslConfigLintFacts {

    private WslConfigLintFacts() {}

    /**
     * One {@link LintEntry} per parsed line, in file order. A key is a duplicate when the same key
     * (or its legacy name) came earlier in the file: by position, as WSL's {@code ConfigKey::Parse}
     * remembers the first parse (configfile.cpp:189), not by line number, which a file with CR-only
     * line ends never advances.
     */
    public static List<LintEntry> entries(ParseResult result, KeyCatalog catalog) {
        List<LintEntry> out = new ArrayList<>();
        Map<String, Integer> firstLineBySpec = new HashMap<>();
        for (ParsedEntry e : result.entries()) {
            KeySpec spec = catalog.find(result.dialect(), e.effectiveName()).orElse(null);
            String id =
                    (spec == null ? "?" + e.effectiveName() : spec.fullName())
                            .toLowerCase(Locale.ROOT);
            boolean duplicate = firstLineBySpec.containsKey(id);
            int first = firstLineBySpec.computeIfAbsent(id, k -> e.line());
            out.add(
                    new LintEntry(
                            e, result.dialect(), catalog, spec, first, spec != null && duplicate));
        }
        return out;
    }

    /**
     * The lint facts of the person's {@code .wslconfig}; throws {@code UserInputException} when it
     * cannot be read.
     */
    public static List<Object> ofWslconfig(Path wslconfig) {
        ParseResult parsed = WslConfigFiles.parse(wslconfig, ConfigDialect.WSLCONFIG);
        return of(parsed, KeyCatalog.builtIn(), wslconfig.toString());
    }

    public static List<Object> of(ParseResult result, KeyCatalog catalog, String path) {
        List<Object> facts = new ArrayList<>();
        facts.add(new LintFile(result, path));
        for (SectionHeader h : result.headers()) {
            facts.add(new LintSection(h, result.dialect(), catalog));
        }
        facts.addAll(entries(result, catalog));
        for (SyntaxProblem p : result.problems()) {
            String section = "";
            for (SectionHeader h : result.headers()) {
                if (h.line() < p.line()) {
                    section = h.name();
                }
            }
            facts.add(
                    new LintSyntax(
                            p,
                            result.document().lineCount() >= p.line() && p.line() > 0
                                    ? result.document().lineText(p.line())
                                    : "",
                            result.dialect(),
                            section));
        }
        return facts;
    }
}
