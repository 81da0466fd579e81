package dev.wsladvisor.rules;

import java.util.concurrent.CompletableFuture;
import org.drools.model.Model;
import org.kie.api.KieBase;

/**
 * The knowledge base being built on another thread from the start of the process, before the
 * command line is parsed: the advice rules' model classes are made meanwhile, and the parsed
 * command then says whether it needs the .wslconfig lint rules too ({@link #need}) or no rules at
 * all ({@link #needNone}); only then is the network built (docs/performance.md). The next {@link
 * RuleBase#load} or {@link RuleBase#check} wanting the same rules takes it.
 */
public final class KnowledgeBasePreload {

    /** With the lint rules or without; null for no rules at all. */
    private final CompletableFuture<Boolean> choice = new CompletableFuture<>();

    private final CompletableFuture<KieBase> kieBase = new CompletableFuture<>();

    KnowledgeBasePreload() {}

    /** A preload that builds nothing: the rules are compiled at run time, when they are loaded. */
    static KnowledgeBasePreload none() {
        KnowledgeBasePreload none = new KnowledgeBasePreload();
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
     * The command runs no rules (or only prints its help): the preload ends without building the
     * network.
     */
    public void needNone() {
        choice.complete(null);
    }

    /**
     * True when this preload builds the knowledge base {@code withWslConfigLint} asks for, deciding
     * it if nobody has.
     */
    boolean serves(boolean withWslConfigLint) {
        choice.complete(withWslConfigLint);
        return Boolean.valueOf(withWslConfigLint).equals(choice.join());
    }

    KieBase kieBase() {
        return kieBase.join();
    }

    /** On the loader thread. */
    void build(PrecompiledRules rules) {
        try {
            Model[] models = rules.noModels();
            rules.instantiate(models, false);
            Boolean withWslConfigLint = choice.join();
            if (withWslConfigLint == null) {
                kieBase.cancel(false);
                return;
            }
            if (withWslConfigLint) {
                rules.instantiate(models, true);
            }
            kieBase.complete(PrecompiledRules.kieBaseOf(models));
        } catch (Throwable e) {
            kieBase.completeExceptionally(e);
        }
    }
}
