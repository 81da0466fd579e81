package dev.wsladvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every rule file compiled at run time, the built-in ones and the person's together, when the build
 * made no precompiled rules or they no longer match the rule files: slower (about a second), never
 * wrong. The .wslconfig lint rules are always in it, and nothing is preloaded.
 */
final class RunTimeCompiledKnowledgeBase implements KnowledgeBaseSource {

    @Override
    public RuleBase load(List<RuleSource> user, boolean withWslConfigLint) {
        return RuleCompiler.compile(withBuiltIn(user));
    }

    @Override
    public RuleBase.Checked check(List<RuleSource> user) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : user) {
            problems.addAll(RuleFileCheck.check(source).problems());
        }
        if (problems.stream().anyMatch(p -> !p.warning())) {
            return new RuleBase.Checked(problems, List.of(), Map.of());
        }
        RuleBase all = RuleCompiler.compile(withBuiltIn(user));
        return new RuleBase.Checked(problems, all.rules(), all.userFiles());
    }

    @Override
    public KnowledgeBasePreload preload(boolean withWslConfigLint) {
        return KnowledgeBasePreload.none();
    }

    private static List<RuleSource> withBuiltIn(List<RuleSource> user) {
        List<RuleSource> sources = new ArrayList<>(RuleSources.builtIn());
        sources.addAll(user);
        return sources;
    }
}
