package dev.wsladvisor.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.KieBase;

/**
 * The built-in rules from the model classes the build generated, with the person's rule files
 * compiled at run time into the same knowledge base (same vocabulary, same session). A knowledge
 * base being built at start-up ({@link #preload}) serves the next load or check that wants the same
 * rules.
 */
final class PrecompiledKnowledgeBase implements KnowledgeBaseSource {

    private final PrecompiledRules rules;
    private final AtomicReference<KnowledgeBasePreload> preloaded = new AtomicReference<>();

    PrecompiledKnowledgeBase(PrecompiledRules rules) {
        this.rules = rules;
    }

    @Override
    public RuleBase load(List<RuleSource> user, boolean withWslConfigLint) {
        KieBase kieBase = kieBase(withWslConfigLint);
        if (user.isEmpty()) {
            return new RuleBase(
                    kieBase,
                    () -> RuleCatalogueReader.read(kieBase, Map.of(), rules, null),
                    Map.of());
        }
        // The person's rules are checked now (metadata, ids clashing with the built-in ones),
        // before any advice.
        RuleBase.Checked checked = UserRulesCompiler.addUserRules(kieBase, user, rules);
        RuleErrors.refuse(checked.problems());
        return new RuleBase(kieBase, checked::rules, checked.userFiles());
    }

    @Override
    public RuleBase.Checked check(List<RuleSource> user) {
        return UserRulesCompiler.addUserRules(kieBase(true), user, rules);
    }

    @Override
    public KnowledgeBasePreload preload(boolean withWslConfigLint) {
        KnowledgeBasePreload preload = new KnowledgeBasePreload(withWslConfigLint);
        Thread loader = new Thread(() -> preload.build(rules), "rules-preload");
        loader.setDaemon(true);
        preloaded.set(preload);
        loader.start();
        return preload;
    }

    /**
     * The preloaded knowledge base when it has (or, undecided yet, can be given) these rules; else
     * a new one.
     */
    private KieBase kieBase(boolean withWslConfigLint) {
        KnowledgeBasePreload preload = preloaded.getAndSet(null);
        return preload != null && preload.serves(withWslConfigLint)
                ? preload.kieBase()
                : rules.newKieBase(withWslConfigLint);
    }
}
