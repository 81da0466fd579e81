package dev.wsladvisor.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

/** One evaluation: insert facts, fire, read the outputs the rules inserted. */
public final class RuleSession implements AutoCloseable {

    private final KieSession session;

    /**
     * The time budget and the rule firing now; null without the person's rules, which then cost
     * nothing.
     */
    private final RuleWatch watch;

    /** What a failing rule of the person's is reported as. */
    private final RuleFailures failures;

    private DirectActions directActions;

    RuleSession(KieSession session, Map<String, String> userFiles, Duration timeLimit) {
        this.session = session;
        this.watch = userFiles.isEmpty() ? null : new RuleWatch(session, userFiles, timeLimit);
        this.failures = new RuleFailures(userFiles, watch);
    }

    public FactHandle insert(Object fact) {
        return watch == null ? session.insert(fact) : watched(() -> session.insert(fact));
    }

    /**
     * Puts {@code fact} in the place of the fact behind {@code handle}: the rules that read it are
     * matched again.
     */
    public void update(FactHandle handle, Object fact) {
        act(() -> session.update(handle, fact));
    }

    /**
     * As {@link #update(FactHandle, Object)}, where only these properties of the fact may have
     * changed.
     */
    public void update(FactHandle handle, Object fact, String... properties) {
        act(() -> session.update(handle, fact, properties));
    }

    public void delete(FactHandle handle) {
        act(() -> session.delete(handle));
    }

    /**
     * A change to working memory: under the time budget where the person's rules are loaded, else
     * directly.
     */
    private void act(Runnable change) {
        if (watch == null) {
            change.run();
        } else {
            watched(
                    () -> {
                        change.run();
                        return null;
                    });
        }
    }

    /**
     * From now on, notes whether a rule inserts a fact other than logically, or changes or deletes
     * one; see {@link #rulesActedDirectly()}.
     */
    public void noteDirectActions() {
        if (directActions == null) {
            directActions = new DirectActions();
            session.addEventListener(directActions);
        }
    }

    /**
     * How many facts were inserted or deleted (by anyone, truth maintenance included) since {@link
     * #noteDirectActions()}: a round of firing that leaves it unchanged left every output as it
     * was.
     */
    public long insertedOrDeleted() {
        return directActions == null ? -1 : directActions.insertedOrDeleted();
    }

    /** Stops noting (the session is reused for other work). */
    public void stopNotingDirectActions() {
        if (directActions != null) {
            session.removeEventListener(directActions);
            directActions = null;
        }
    }

    /**
     * A rule inserted a fact with a plain {@code insert}, or modified or deleted one, since {@link
     * #noteDirectActions()}: the outputs then need not follow the facts when a fact changes, so a
     * change must be evaluated afresh.
     */
    public boolean rulesActedDirectly() {
        return directActions != null && directActions.seen();
    }

    public void insertAll(List<?> facts) {
        act(
                () -> {
                    for (Object fact : facts) {
                        session.insert(fact);
                    }
                });
    }

    /**
     * Fires every rule that matches. A rule whose metadata is unusable, or one of the person's own
     * rules (--rules) that fails, is reported as the author's error (exit code 2), not as a bug of
     * the tool.
     */
    public int fireAllRules() {
        return watch == null ? fire() : watched(this::fire);
    }

    /**
     * Runs one piece of work (an insertion, a round of firing) under the time budget: on the
     * watch's worker thread, or right here when this is that thread, running a whole {@link
     * #evaluate evaluation}.
     */
    private <T> T watched(Supplier<T> work) {
        return failures.guarded(
                () -> watch.onItsWorker() ? watch.piece(work) : watch.run(() -> watch.piece(work)));
    }

    /**
     * Runs {@code evaluation} of this session (its insertions, rounds of firing and reading of the
     * outputs) as one hand-over to the watch's worker thread, each insertion and round still with
     * its own time budget: a host's evaluation has five of them, and each hand-over costs both
     * threads a wake-up. Without the person's rules, or already on the worker, it runs right here.
     */
    <T> T evaluate(Function<RuleSession, T> evaluation) {
        if (watch == null || watch.onItsWorker()) {
            return evaluation.apply(this);
        }
        return failures.guarded(() -> watch.run(() -> evaluation.apply(this)));
    }

    private int fire() {
        try {
            return session.fireAllRules();
        } catch (ConsequenceException e) {
            throw failures.failed(e);
        }
    }

    /** Records the rules that fire from now on, until {@link #stopRecording}. */
    public void record(FiredRules fired) {
        session.addEventListener(fired);
    }

    public void stopRecording(FiredRules fired) {
        session.removeEventListener(fired);
    }

    /** Every object of this type in working memory, in no particular order. */
    public <T> List<T> outputs(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }

    /**
     * Empties working memory and the agenda so the session can evaluate another host: cheaper than
     * a new one.
     */
    public void reset() {
        if (session instanceof StatefulKnowledgeSessionImpl) {
            ((StatefulKnowledgeSessionImpl) session).reset();
        } else {
            throw new UnsupportedOperationException(
                    "cannot reset a " + session.getClass().getName());
        }
    }

    @Override
    public void close() {
        if (watch != null && watch.abandoned()) {
            // A rule given up still runs in this session on its worker: a session is not for two
            // threads at once.
            return;
        }
        try {
            session.dispose();
        } catch (RuntimeException e) {
            // A session a runaway rule was stopped in may not dispose cleanly; it is dropped either
            // way.
            if (watch == null) {
                throw e;
            }
        }
    }
}
