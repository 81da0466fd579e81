package dev.wsladvisor.advice;

import dev.wsladvisor.wslconfig.apply.WslConfigText;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.lint.WslConfigLinter;
import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import dev.wsladvisor.wslconfig.suggest.SuggestedSettings;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code wslconfig} part of the advice document, made from the outputs of the {@code
 * .wslconfig} rules: the one place that knows both the contract's shape and the {@code .wslconfig}
 * part's types, kept here so that {@code wslconfig} never depends on the advice.
 */
public final class WslConfigAdvice {

    /** One line for the advice's next steps or warnings when WSL1 is recommended. */
    public static final String WSL1_NOTE =
            ".wslconfig does not apply: it configures the WSL2 virtual machine, and WSL1 ignores it.";

    /** The note where WSL2 can never run on the PC. */
    public static final String NO_WSL2_NOTE =
            ".wslconfig does not apply: it configures the WSL2 virtual machine, which cannot run on this PC.";

    /** {@code wslconfig} of the contract, but for its note. */
    public record Part(List<Advice.Setting> settings, String text, List<Advice.Finding> findings) {}

    private WslConfigAdvice() {}

    /**
     * The contract part. With a recommendation other than WSL2 there are no settings and the text
     * is empty, since WSL1 ignores {@code .wslconfig}; findings are reported either way.
     */
    public static Part from(
            String recommendation,
            List<SuggestedSetting> suggested,
            List<LintFinding> findings,
            KeyCatalog catalog) {
        return from(recommendation, suggested, findings, catalog, null);
    }

    /** As above, naming {@code path} (the checked file, or null) in every finding. */
    public static Part from(
            String recommendation,
            List<SuggestedSetting> suggested,
            List<LintFinding> findings,
            KeyCatalog catalog,
            String path) {
        List<SuggestedSetting> chosen =
                "WSL2".equals(recommendation)
                        ? SuggestedSettings.resolve(suggested, catalog)
                        : List.of();
        List<Advice.Setting> settings =
                chosen.stream()
                        .map(
                                s ->
                                        new Advice.Setting(
                                                s.section(),
                                                s.key(),
                                                s.value(),
                                                s.reason(),
                                                s.source()))
                        .toList();
        List<Advice.Finding> out =
                WslConfigLinter.sorted(findings).stream()
                        .sorted(Comparator.comparingInt(LintFinding::severityRank))
                        .map(
                                f ->
                                        new Advice.Finding(
                                                f.severity(),
                                                f.line() > 0 ? f.line() : null,
                                                f.section(),
                                                f.key(),
                                                f.message(),
                                                f.fix(),
                                                f.column() > 0 ? f.column() : null,
                                                path != null ? path : f.file(),
                                                f.ruleId()))
                        .toList();
        return new Part(settings, chosen.isEmpty() ? "" : WslConfigText.render(chosen), out);
    }
}
