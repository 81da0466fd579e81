package dev.wsladvisor.advice;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.RuleFact;
import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.FactProperties;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.RuleSession;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.FactHandle;

/**
 * First-round decisions on variants of one host (the host with a fact or two changed: what-if, the
 * unknown facts, the questionnaire's planning), evaluated incrementally in one rule session, as a
 * rule engine is meant to be used. The session holds the host's fact objects; a trial replaces only
 * the objects the variant changes (an update on their fact handles), fires, and reads the decision.
 * The rules insert their outputs logically, so the engine retracts what a change made false, and
 * only the part of the network that reads a changed object is matched again. A variant that changes
 * no object the rules see is not evaluated at all. Each trial starts from the objects the last one
 * left, so trying the values of one fact in turn changes one object each time.
 *
 * <p>Where some rule acts on working memory directly (a plain {@code insert}, a {@code modify}: a
 * person's own rule, say), the outputs need not follow the facts, so from then on every trial is
 * evaluated afresh, as before.
 */
public final class TrialSession {

    private record Loaded(RuleFact fact, FactHandle handle) {}

    private final RuleSession session;

    /** What the session holds now, by slot ({@link RuleFact#slot()}). */
    private final Map<String, Loaded> loaded = new HashMap<>();

    private final Decision base;

    /** The decision on what the session holds now. */
    private Decision current;

    private boolean afresh;
    private int trials;
    private int evaluations;

    TrialSession(RuleSession session, FactsDocument host) {
        this.session = session;
        for (RuleFact f : host.ruleFactSlots()) {
            loaded.put(f.slot(), new Loaded(f, session.insert(f.fact())));
        }
        session.fireAllRules();
        afresh = session.rulesActedDirectly();
        base = outcome();
        current = base;
    }

    /** The decision on the host itself. */
    public Decision base() {
        return base;
    }

    /**
     * How many variants were asked about, and how many of them changed something the rules see (and
     * were evaluated).
     */
    public int trials() {
        return trials;
    }

    public int evaluations() {
        return evaluations;
    }

    /**
     * The decision on {@code variant}, a document made from the host's by {@link
     * FactsDocument#withFact}.
     */
    public Decision decide(FactsDocument variant) {
        trials++;
        if (afresh) {
            return afresh(variant);
        }
        List<RuleFact> facts = variant.ruleFactSlots();
        boolean changed = false;
        Set<String> slots = new HashSet<>();
        for (RuleFact f : facts) {
            slots.add(f.slot());
            Loaded now = loaded.get(f.slot());
            if (now == null) {
                loaded.put(f.slot(), new Loaded(f, session.insert(f.fact())));
                changed = true;
            } else if (!now.fact().sameAs(f)) {
                Set<String> fields = now.fact().changedFields(f);
                if (fields == null) {
                    session.update(now.handle(), f.fact());
                } else {
                    // Only the rules that read what changed are matched again: a fact no rule reads
                    // costs nothing.
                    session.update(
                            now.handle(),
                            f.fact(),
                            FactProperties.changedBy(f.fact().getClass(), fields));
                }
                loaded.put(f.slot(), new Loaded(f, now.handle()));
                changed = true;
            }
        }
        for (Iterator<Map.Entry<String, Loaded>> it = loaded.entrySet().iterator();
                it.hasNext(); ) {
            Map.Entry<String, Loaded> e = it.next();
            if (!slots.contains(e.getKey())) {
                session.delete(e.getValue().handle());
                it.remove();
                changed = true;
            }
        }
        if (!changed) {
            return current;
        }
        evaluations++;
        long before = session.insertedOrDeleted();
        session.fireAllRules();
        if (session.rulesActedDirectly()) {
            afresh = true;
            return afresh(variant);
        }
        if (session.insertedOrDeleted() == before) {
            // No output came or went (every firing inserts one; truth maintenance deletes those
            // that stopped holding): the change touched no rule's conclusion, so the decision
            // stands.
            return current;
        }
        current = outcome();
        return current;
    }

    /** The whole evaluation again, on an emptied session. */
    private Decision afresh(FactsDocument variant) {
        evaluations++;
        loaded.clear();
        session.reset();
        session.insertAll(variant.ruleFacts());
        session.fireAllRules();
        return outcome();
    }

    private Decision outcome() {
        return VerdictPolicy.decide(session.outputs(Reason.class), session.outputs(Blocker.class));
    }
}
