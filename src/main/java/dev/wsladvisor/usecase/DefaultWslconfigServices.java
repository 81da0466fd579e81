package dev.wsladvisor.usecase;

import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.Evaluation;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleSession;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.WslConfigRuleEngine;
import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import dev.wsladvisor.wslconfig.suggest.SuggestedSettings;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The real services: the compiled rule base, the facts reader and the advisor. */
public final class DefaultWslconfigServices implements WslconfigServices {

    private final InputStream stdin;

    // compiling costs about a second; apply needs the rule base twice (suggest, then lint the
    // result)
    private final Map<List<Path>, RuleBase> ruleBases = new HashMap<>();

    /** {@code stdin}: where a facts document named '-' is read. */
    public DefaultWslconfigServices(InputStream stdin) {
        this.stdin = stdin;
    }

    private RuleBase ruleBase(List<Path> dirs) {
        return ruleBases.computeIfAbsent(List.copyOf(dirs), RuleBase::load);
    }

    @Override
    public WslConfigRuleEngine engine(List<Path> ruleDirs) {
        RuleBase rules = ruleBase(ruleDirs);
        return new WslConfigRuleEngine() {
            @Override
            public <T> List<T> fire(List<?> facts, Class<T> output) {
                try (RuleSession session = rules.newSession()) {
                    session.insertAll(facts);
                    session.fireAllRules();
                    return session.outputs(output);
                }
            }
        };
    }

    @Override
    public HostFacts hostFacts(String factsFile) {
        FactsDocument doc = read(factsFile);
        return new HostFacts(doc.ruleFacts(), doc.warnings());
    }

    @Override
    public Suggestions suggest(String factsFile, List<Path> ruleDirs) {
        FactsDocument doc = read(factsFile);
        Evaluation evaluation = new Advisor(ruleBase(ruleDirs)).evaluate(doc);
        List<SuggestedSetting> settings =
                evaluation.otherOutputs().stream()
                        .filter(SuggestedSetting.class::isInstance)
                        .map(SuggestedSetting.class::cast)
                        .toList();
        String recommendation = evaluation.decision().recommendation().name();
        return new Suggestions(
                recommendation,
                "WSL2".equals(recommendation)
                        ? SuggestedSettings.resolve(settings, KeyCatalog.builtIn())
                        : List.of(),
                doc.warnings(),
                doc.os().getBuild());
    }

    @Override
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    private FactsDocument read(String factsFile) {
        return new FactsSource(factsFile, false, null, null, false).read(stdin, null, note -> {});
    }
}
