package dev.wsladvisor.rules;

import java.util.concurrent.CompletableFuture;
import org.kie.api.KieBase;

/**
 * The knowledge base being built on another thread from the start of the process, before the
 * command line is parsed, for the rules a guess from the arguments names (with the .wslconfig lint
 * rules or without them). The parsed command then says which rules it needs ({@link #need}) or that
 * it needs none ({@link #needNone}); the next {@link RuleBase#load} or {@link RuleBase#check}
 * wanting the rules the guess named takes the knowledge base, any other builds its own. Building
 * before the parse, not after it, is what keeps the network's ~80 ms of CPU off the critical path
 * (docs/performance.md).
 */
public final class KnowledgeBasePreload {

    /** With the lint rules or without; null for no rules at all. */
    private final CompletableFuture<Boolean> choice = new CompletableFuture<>();

    private final CompletableFuture<KieBase> kieBase = new CompletableFuture<>();

    /** Whether the knowledge base being built has the .wslconfig lint rules. */
    private final boolean withWslConfigLint;

    KnowledgeBasePreload(boolean withWslConfigLint) {
        this.withWslConfigLint = withWslConfigLint;
    }

    /** A preload that builds nothing: the rules are compiled at run time, when they are loaded. */
    static KnowledgeBasePreload none() {
        KnowledgeBasePreload none = new KnowledgeBasePreload(false);
        none.needNone();
        return none;
    }

    /**
     * The command runs the rules: with the .wslconfig lint rules, or without them. A later call
     * changes nothing.
     */
    public void need(boolean withWslConfigLint) {
        choice.complete(withWslConfigLint);
    }

    /**
     * The command runs no rules (or only prints its help): nothing will take the knowledge base,
     * which is left to its daemon thread.
     */
    public void needNone() {
        choice.complete(null);
    }

    /**
     * True when this preload builds the knowledge base {@code withWslConfigLint} asks for and the
     * command asked for it (deciding that, if nobody has).
     */
    boolean serves(boolean withWslConfigLint) {
        choice.complete(withWslConfigLint);
        return Boolean.valueOf(withWslConfigLint).equals(choice.join())
                && withWslConfigLint == this.withWslConfigLint;
    }

    KieBase kieBase() {
        return kieBase.join();
    }

    /** On the loader thread. */
    void build(PrecompiledRules rules) {
        try {
            kieBase.complete(rules.newKieBase(withWslConfigLint));
        } catch (Throwable e) {
            kieBase.completeExceptionally(e);
        }
    }
}
