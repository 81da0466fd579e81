package dev.wsladvisor.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.KieBase;

/**
 * Assembles the knowledge base: the precompiled built-in rules (made ahead on another thread when a command
 * asked for them at start-up) plus the person's --rules folders, or every rule compiled at run time when the
 * build made no precompiled rules.
 */
final class RuleBaseLoader {

    private static final AtomicReference<Preloaded> PRELOADED = new AtomicReference<>();

    /** The precompiled rules being loaded on another thread, for the next {@link #load}. */
    private record Preloaded(PrecompiledRules rules, boolean withWslConfigLint, CompletableFuture<KieBase> kieBase) {
    }

    private RuleBaseLoader() {
    }

    /** See {@link RuleBase#load(List, boolean)}. */
    static RuleBase load(List<Path> userRuleDirs, boolean withWslConfigLint) {
        List<RuleSource> user = userSources(userRuleDirs);
        Preloaded preloaded = PRELOADED.getAndSet(null);
        if (preloaded != null && preloaded.withWslConfigLint != withWslConfigLint) {
            preloaded = null;
        }
        PrecompiledRules precompiled = preloaded != null ? preloaded.rules : PrecompiledRules.onClasspath();
        if (precompiled == null) {
            List<RuleSource> sources = new ArrayList<>(RuleSources.builtIn());
            sources.addAll(user);
            return RuleCompiler.compile(sources);
        }
        KieBase kieBase = preloaded != null ? preloaded.kieBase.join() : precompiled.newKieBase(withWslConfigLint);
        if (user.isEmpty()) {
            return new RuleBase(kieBase, () -> RuleCatalogueReader.read(kieBase, Map.of(), precompiled, null), Map.of());
        }
        // The person's rules are checked now (metadata, ids clashing with the built-in ones), before any advice.
        RuleBase.Checked checked = UserRulesCompiler.addUserRules(kieBase, user, precompiled);
        RuleErrors.refuse(checked.problems());
        return new RuleBase(kieBase, checked::rules, checked.userFiles());
    }

    /** See {@link RuleBase#check(List)}. */
    static RuleBase.Checked check(List<Path> userRuleDirs) {
        List<RuleSource> user = userSources(userRuleDirs);
        PrecompiledRules precompiled = PrecompiledRules.onClasspath();
        if (precompiled == null) {
            List<RuleProblem> problems = new ArrayList<>();
            for (RuleSource source : user) {
                problems.addAll(RuleFileCheck.check(source).problems());
            }
            if (problems.stream().anyMatch(p -> !p.warning())) {
                return new RuleBase.Checked(problems, List.of(), Map.of());
            }
            List<RuleSource> sources = new ArrayList<>(RuleSources.builtIn());
            sources.addAll(user);
            RuleBase all = RuleCompiler.compile(sources);
            return new RuleBase.Checked(problems, all.rules(), all.userFiles());
        }
        return UserRulesCompiler.addUserRules(precompiled.newKieBase(true), user, precompiled);
    }

    /** See {@link RuleBase#preload(boolean)}. */
    static void preload(boolean withWslConfigLint) {
        PrecompiledRules precompiled = PrecompiledRules.onClasspath();
        if (precompiled == null) {
            return;
        }
        CompletableFuture<KieBase> future = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                future.complete(precompiled.newKieBase(withWslConfigLint));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "rules-preload");
        loader.setDaemon(true);
        PRELOADED.set(new Preloaded(precompiled, withWslConfigLint, future));
        loader.start();
    }

    private static List<RuleSource> userSources(List<Path> userRuleDirs) {
        List<RuleSource> user = new ArrayList<>();
        for (Path dir : userRuleDirs) {
            user.addAll(RuleSources.fromDirectory(dir));
        }
        return user;
    }
}
