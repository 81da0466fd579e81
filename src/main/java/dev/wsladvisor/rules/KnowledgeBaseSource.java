package dev.wsladvisor.rules;

import java.util.List;

/**
 * Where this process's knowledge base comes from, chosen once: the built-in rules precompiled by
 * the build ({@link PrecompiledKnowledgeBase}) when its index is on the class path and matches the
 * rule files, else every rule file compiled at run time ({@link RunTimeCompiledKnowledgeBase}: an
 * IDE build that skipped the Maven step, or rule files edited since). The person's rule files
 * (--rules) are added on top of either. Loading, checking and the start-up preload all go through
 * the one chosen here.
 */
interface KnowledgeBaseSource {

    /** The source of this process, chosen on first use. */
    static KnowledgeBaseSource chosen() {
        return Chosen.SOURCE;
    }

    /** The built-in rules plus {@code user}; see {@link RuleBase#load(java.util.List, boolean)}. */
    RuleBase load(List<RuleSource> user, boolean withWslConfigLint);

    /**
     * Every problem of {@code user} and, when nothing stopped the compile, the catalogue; see
     * {@link RuleBase#check}.
     */
    RuleBase.Checked check(List<RuleSource> user);

    /**
     * Starts building the knowledge base, with the .wslconfig lint rules or without, for the next
     * {@link #load} or {@link #check} wanting those; see {@link RuleBase#startPreload}.
     */
    KnowledgeBasePreload preload(boolean withWslConfigLint);

    /** Holds the choice: made once, when first asked. */
    final class Chosen {
        static final KnowledgeBaseSource SOURCE = choose();

        private Chosen() {}

        private static KnowledgeBaseSource choose() {
            PrecompiledRules precompiled = PrecompiledRules.onClasspath();
            return precompiled != null
                    ? new PrecompiledKnowledgeBase(precompiled)
                    : new RunTimeCompiledKnowledgeBase();
        }
    }
}
