package dev.wsladvisor.wslconfig;

import dev.wsladvisor.advice.Advice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code wslconfig} part of the advice document, for {@code advise}. Two steps for the caller:
 * <ol>
 *   <li>before firing, insert {@link #factsFor(Path)} for the person's existing {@code .wslconfig} (if given),
 *       next to the host facts, so the lint rules see it;</li>
 *   <li>after the last {@code fireAllRules()}, pass the session's {@link SuggestedSetting} and {@link LintFinding}
 *       outputs to {@link #from(String, List, List, KeyCatalog)}.</li>
 * </ol>
 */
public final class WslConfigAdvice {

    /** One line for the advice's next steps or warnings when WSL1 is recommended. */
    public static final String WSL1_NOTE =
            ".wslconfig does not apply: it configures the WSL2 virtual machine, and WSL1 ignores it.";

    /** The note where WSL2 can never run on the PC. */
    public static final String NO_WSL2_NOTE =
            ".wslconfig does not apply: it configures the WSL2 virtual machine, which cannot run on this PC.";

    /** {@code wslconfig} of the contract, but for its note. */
    public record Part(List<Advice.Setting> settings, String text, List<Advice.Finding> findings) {
    }

    private WslConfigAdvice() {
    }

    /** Lint facts for the person's {@code .wslconfig}; throws {@code UserInputException} when it cannot be read. */
    public static List<Object> factsFor(Path wslconfig) {
        ParseResult parsed = WslConfigFiles.parse(wslconfig, ConfigDialect.WSLCONFIG);
        return WslConfigLintFacts.of(parsed, KeyCatalog.builtIn(), wslconfig.toString());
    }

    /**
     * The contract part. With a recommendation other than WSL2 there are no settings and the text is empty, since
     * WSL1 ignores {@code .wslconfig}; findings are reported either way.
     */
    public static Part from(String recommendation, List<SuggestedSetting> suggested, List<LintFinding> findings,
                            KeyCatalog catalog) {
        return from(recommendation, suggested, findings, catalog, null);
    }

    /** As above, naming {@code path} (the checked file, or null) in every finding. */
    public static Part from(String recommendation, List<SuggestedSetting> suggested, List<LintFinding> findings,
                            KeyCatalog catalog, String path) {
        List<SuggestedSetting> chosen = "WSL2".equals(recommendation) ? resolve(suggested, catalog) : List.of();
        List<Advice.Setting> settings = chosen.stream()
                .map(s -> new Advice.Setting(s.section(), s.key(), s.value(), s.reason(), s.source())).toList();
        List<Advice.Finding> out = WslConfigLinter.sorted(findings).stream()
                .sorted(Comparator.comparingInt(LintFinding::severityRank))
                .map(f -> new Advice.Finding(f.severity(), f.line() > 0 ? f.line() : null, f.section(), f.key(),
                        f.message(), f.fix(), f.column() > 0 ? f.column() : null, path != null ? path : f.file(),
                        f.ruleId())).toList();
        return new Part(settings, chosen.isEmpty() ? "" : WslConfigText.render(chosen), out);
    }

    /**
     * One setting per key, in catalogue order. Should two rules ever propose the same key, the one whose rule id
     * sorts first wins, so the output never depends on rule firing order.
     */
    public static List<SuggestedSetting> resolve(List<SuggestedSetting> suggested, KeyCatalog catalog) {
        List<SuggestedSetting> sorted = new ArrayList<>(suggested);
        sorted.sort(Comparator.comparing(SuggestedSetting::ruleId, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, SuggestedSetting> byKey = new LinkedHashMap<>();
        for (SuggestedSetting s : sorted) {
            byKey.putIfAbsent(s.fullName().toLowerCase(Locale.ROOT), s);
        }
        List<SuggestedSetting> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparingInt(s -> {
            int i = catalog.wslconfigOrder(s.fullName());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return out;
    }
}
