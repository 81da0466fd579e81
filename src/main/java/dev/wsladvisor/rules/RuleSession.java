package dev.wsladvisor.rules;

import dev.wsladvisor.errors.UserInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;

/** One evaluation: insert facts, fire, read the outputs the rules inserted. */
public final class RuleSession implements AutoCloseable {

    private final KieSession session;
    private final Map<String, String> userFiles;
    /** The time budget and the rule firing now; null without the person's rules, which then cost nothing. */
    private final RuleWatch watch;
    private DirectActions directActions;

    RuleSession(KieSession session, Map<String, String> userFiles, Duration timeLimit) {
        this.session = session;
        this.userFiles = userFiles;
        this.watch = userFiles.isEmpty() ? null : new RuleWatch(session, userFiles, timeLimit);
    }

    public FactHandle insert(Object fact) {
        return watch == null ? session.insert(fact) : watched(() -> session.insert(fact));
    }

    /** Puts {@code fact} in the place of the fact behind {@code handle}: the rules that read it are matched again. */
    public void update(FactHandle handle, Object fact) {
        act(() -> session.update(handle, fact));
    }

    /** As {@link #update(FactHandle, Object)}, where only these properties of the fact may have changed. */
    public void update(FactHandle handle, Object fact, String... properties) {
        act(() -> session.update(handle, fact, properties));
    }

    public void delete(FactHandle handle) {
        act(() -> session.delete(handle));
    }

    /** A change to working memory: under the time budget where the person's rules are loaded, else directly. */
    private void act(Runnable change) {
        if (watch == null) {
            change.run();
        } else {
            watched(() -> {
                change.run();
                return null;
            });
        }
    }

    /**
     * From now on, notes whether a rule inserts a fact other than logically, or changes or deletes one; see
     * {@link #rulesActedDirectly()}.
     */
    public void noteDirectActions() {
        if (directActions == null) {
            directActions = new DirectActions();
            session.addEventListener(directActions);
        }
    }

    /**
     * How many facts were inserted or deleted (by anyone, truth maintenance included) since {@link #noteDirectActions()}:
     * a round of firing that leaves it unchanged left every output as it was.
     */
    public long insertedOrDeleted() {
        return directActions == null ? -1 : directActions.insertedOrDeleted;
    }

    /** Stops noting (the session is reused for other work). */
    public void stopNotingDirectActions() {
        if (directActions != null) {
            session.removeEventListener(directActions);
            directActions = null;
        }
    }

    /**
     * A rule inserted a fact with a plain {@code insert}, or modified or deleted one, since {@link #noteDirectActions()}:
     * the outputs then need not follow the facts when a fact changes, so a change must be evaluated afresh.
     */
    public boolean rulesActedDirectly() {
        return directActions != null && directActions.seen;
    }

    /** The built-in rules insert their outputs logically; anything else a rule does to working memory is noted. */
    private static final class DirectActions extends DefaultRuleRuntimeEventListener {
        boolean seen;
        long insertedOrDeleted;

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            insertedOrDeleted++;
            if (event.getRule() != null) {
                EqualityKey key = ((InternalFactHandle) event.getFactHandle()).getEqualityKey();
                seen |= key == null || key.getStatus() != EqualityKey.JUSTIFIED;
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            seen |= event.getRule() != null;
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            insertedOrDeleted++;
            // Truth maintenance retracting an output whose conditions no longer hold is the engine's own doing.
            seen |= event.getRule() != null;
        }
    }

    public void insertAll(List<?> facts) {
        act(() -> {
            for (Object fact : facts) {
                session.insert(fact);
            }
        });
    }

    /**
     * Fires every rule that matches. A rule whose metadata is unusable, or one of the person's own rules (--rules)
     * that fails, is reported as the author's error (exit code 2), not as a bug of the tool.
     */
    public int fireAllRules() {
        return watch == null ? fire() : watched(this::fire);
    }

    /**
     * Runs one piece of work (an insertion, a round of firing) under the time budget: on the watch's worker thread,
     * or right here when this is that thread, running a whole {@link #evaluate evaluation}.
     */
    private <T> T watched(Supplier<T> work) {
        return guarded(() -> watch.onItsWorker() ? watch.piece(work) : watch.run(() -> watch.piece(work)));
    }

    /**
     * Runs {@code evaluation} of this session (its insertions, rounds of firing and reading of the outputs) as one
     * hand-over to the watch's worker thread, each insertion and round still with its own time budget: a host's
     * evaluation has five of them, and each hand-over costs both threads a wake-up. Without the person's rules, or
     * already on the worker, it runs right here.
     */
    <T> T evaluate(Function<RuleSession, T> evaluation) {
        if (watch == null || watch.onItsWorker()) {
            return evaluation.apply(this);
        }
        return guarded(() -> watch.run(() -> evaluation.apply(this)));
    }

    /**
     * Runs {@code work} under the watch: a runaway rule of the person's (too slow, endless recursion, memory without
     * end, a loop in its own code) becomes one message naming the rule and file, and stops the run, instead of a hang or
     * a trace. The watch throws here what the work threw on its worker thread.
     */
    private <T> T guarded(Supplier<T> work) {
        try {
            T result = work.get();
            if (watch.tripped()) {
                throw tooSlow();
            }
            return result;
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw runaway(e, watch.firing());
        } catch (RuntimeException | Error e) {
            if (watch.tripped()) {
                throw tooSlow();
            }
            UserInputException condition = e instanceof UserInputException ? null : failedCondition(e);
            if (condition != null) {
                throw condition;
            }
            throw e;
        }
    }

    private static final Pattern CONDITION = Pattern.compile("Error evaluating constraint '(.*?)' in \\[Rule \"(.*?)\" in (.*?)]");

    /**
     * A condition of one of the person's rules that threw while facts were matched (Drools names the rule and file in
     * its message), as the author's error: usually a field that is unknown (null) on this host.
     */
    private UserInputException failedCondition(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            Matcher m = c.getMessage() == null ? null : CONDITION.matcher(c.getMessage());
            String file = m != null && m.find() ? userFiles.get(m.group(3)) : null;
            if (file != null) {
                Throwable root = c;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                return new UserInputException(file + ": rule \"" + m.group(2) + "\" failed while matching its conditions: '"
                        + m.group(1) + "' threw " + root.getClass().getSimpleName() + ". The rule is one of yours (--rules): an"
                        + " unknown fact is null, so match only facts that are known (edition != null, or the null-safe helpers);"
                        + " see docs/writing-rules.md.", e);
            }
        }
        return null;
    }

    private RuleRunawayException tooSlow() {
        return new RuleRunawayException(watch.culprit() + " did not finish within " + seconds(watch.limit())
                + " (--rule-time-limit) and was stopped: it loops, re-fires itself or waits. A rule that changes the facts it"
                + " matches fires again (add no-loop, or match only what the change makes false); see docs/writing-rules.md.");
    }

    private RuleRunawayException runaway(Throwable e, Rule rule) {
        String who = rule == null ? watch.culprit() : describe(rule);
        return new RuleRunawayException(who + (e instanceof StackOverflowError
                ? " recursed without end (StackOverflowError): a function or method that calls itself needs a case that stops."
                : " ran out of memory (OutOfMemoryError): it keeps adding to a list or inserting facts.")
                + " The rule is one of yours (--rules); see docs/writing-rules.md.");
    }

    private String describe(Rule rule) {
        String file = userFile(rule);
        return (file == null ? "" : file + ": ") + "rule \"" + rule.getName() + "\"";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private int fire() {
        try {
            return session.fireAllRules();
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause instanceof UserInputException) {
                    throw (UserInputException) cause;
                }
                cause = cause.getCause();
            }
            Rule failing = e.getMatch() == null ? null : e.getMatch().getRule();
            String file = userFile(failing);
            if (watch != null && watch.tripped()) {
                throw tooSlow();
            }
            for (Throwable c = e.getCause(); c != null && watch != null; c = c.getCause()) {
                if (c instanceof StackOverflowError || c instanceof OutOfMemoryError) {
                    throw runaway(c, failing);
                }
            }
            if (file != null) {
                throw new UserInputException(file + ": rule \"" + e.getMatch().getRule().getName() + "\" failed: "
                        + e.getCause() + ". The rule is one of yours (--rules): fix it, for example by matching only facts"
                        + " that are known (not null); see docs/writing-rules.md.", e);
            }
            throw e;
        }
    }

    private String userFile(Rule rule) {
        String path = rule == null ? null : RuleCatalogueReader.sourcePath(rule);
        return path == null ? null : userFiles.get(path);
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

    /** Empties working memory and the agenda so the session can evaluate another host: cheaper than a new one. */
    public void reset() {
        if (session instanceof StatefulKnowledgeSessionImpl) {
            ((StatefulKnowledgeSessionImpl) session).reset();
        } else {
            throw new UnsupportedOperationException("cannot reset a " + session.getClass().getName());
        }
    }

    @Override
    public void close() {
        if (watch != null && watch.abandoned()) {
            // A rule given up still runs in this session on its worker: a session is not for two threads at once.
            return;
        }
        try {
            session.dispose();
        } catch (RuntimeException e) {
            // A session a runaway rule was stopped in may not dispose cleanly; it is dropped either way.
            if (watch == null) {
                throw e;
            }
        }
    }
}
