package dev.wsladvisor.advice;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.lint.WslConfigLintFacts;
import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills {@code advice.wslconfig} for {@code advise [--wslconfig FILE]}:
 *
 * <pre>
 * WslConfigAdviceReporter reporter = new WslConfigAdviceReporter(wslconfigPathOrNull);
 * new AdviceAssembler(new Advisor(rules, reporter.extraFacts()), reporter).advise(document);
 * </pre>
 *
 * The person's file is read and parsed once, here; its lint facts go into the evaluation, the lint
 * and suggestion rules fire there, and {@link #report} turns their outputs into the contract's
 * shape.
 */
public final class WslConfigAdviceReporter implements WslConfigReporter {

    private final Path wslconfig;
    private final List<Object> facts;
    private final KeyCatalog catalog;

    /**
     * {@code wslconfig} may be null when the person gave no file; throws UserInputException if it
     * cannot be read.
     */
    public WslConfigAdviceReporter(Path wslconfig) {
        this.wslconfig = wslconfig;
        this.facts = wslconfig == null ? List.of() : WslConfigLintFacts.ofWslconfig(wslconfig);
        // Read now, not at the first report: advise makes its reporter while the rules may still be
        // loading on another core, so the ~5 ms of reading the key table come off the critical path
        // (docs/performance.md).
        this.catalog = KeyCatalog.builtIn();
    }

    /** The facts to insert into every full evaluation (empty without a file). */
    public List<Object> extraFacts() {
        return facts;
    }

    @Override
    public Advice.WslConfigPart report(Evaluation evaluation) {
        boolean wsl2Runs = !evaluation.decision().neverWsl2();
        // Where WSL2 can never run (32-bit Windows, no SLAT), there is no WSL2 virtual machine to
        // configure.
        String recommendation = wsl2Runs ? evaluation.decision().recommendation().name() : "none";
        List<SuggestedSetting> suggested = outputs(evaluation, SuggestedSetting.class);
        List<LintFinding> findings = outputs(evaluation, LintFinding.class);
        WslConfigAdvice.Part part =
                WslConfigAdvice.from(
                        recommendation,
                        suggested,
                        findings,
                        catalog,
                        wslconfig == null ? null : wslconfig.toString());
        String note =
                "WSL2".equals(recommendation)
                        ? null
                        : wsl2Runs ? WslConfigAdvice.WSL1_NOTE : WslConfigAdvice.NO_WSL2_NOTE;
        if (wslconfig != null && findings.isEmpty()) {
            note = (note == null ? "" : note + " ") + "No problems found in " + wslconfig + ".";
        }
        return new Advice.WslConfigPart(part.settings(), part.text(), part.findings(), note);
    }

    private static <T> List<T> outputs(Evaluation evaluation, Class<T> type) {
        return evaluation.otherOutputs().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
