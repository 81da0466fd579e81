package dev.wsladvisor.rules;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Keeps the person's rules to a time budget per piece of work (an insertion, a round of firing).
 * The work (one piece, or a whole evaluation of a host) runs on a worker thread while the caller
 * waits for it with the deadline: past it, the session is halted (which ends a rule that re-fires
 * itself) and the worker interrupted (which ends a sleep); a rule that spins inside its own code
 * ends neither way, so after a grace period the worker is stopped where the JVM still can (Java up
 * to 19) and otherwise left to spin on its own, a daemon, while the caller reports the rule: Java
 * 20 and later cannot stop a thread, and only a thread the caller does not have to be can be given
 * up. Sessions of the built-in rules alone are not watched at all. Also remembers which rule is
 * firing, so a runaway is reported by rule and file.
 */
final class RuleWatch extends DefaultAgendaEventListener {

    /**
     * The default budget per evaluation of one host: built-in rules take well under a millisecond.
     */
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(5);

    /** How long a halted and interrupted rule gets to end before it is stopped or given up. */
    private static final long MIN_GRACE = TimeUnit.MILLISECONDS.toNanos(500);

    private static final long MAX_GRACE = TimeUnit.SECONDS.toNanos(5);

    private final KieSession session;
    private final Map<String, String> userFiles;
    private final long limitNanos;
    private volatile Rule firing;

    /** The rule that fired last: between two firings of a rule that re-fires itself, that rule. */
    private volatile Rule lastFired;

    private volatile boolean tripped;

    /**
     * The thread running this watch's work now, and the budget of the piece of it running (see
     * {@link #piece}).
     */
    private volatile Thread worker;

    private volatile boolean inPiece;
    private volatile long pieceDeadline;

    /**
     * A worker was given up still running in this session: nobody else may touch the session again.
     */
    private volatile boolean abandoned;

    RuleWatch(KieSession session, Map<String, String> userFiles, Duration limit) {
        this.session = session;
        this.userFiles = userFiles;
        this.limitNanos = limit.toNanos();
        session.addEventListener(this);
    }

    Duration limit() {
        return Duration.ofNanos(limitNanos);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastFired = event.getMatch().getRule();
        firing = null;
    }

    /** The rule firing now, or null between firings. */
    Rule firing() {
        return firing;
    }

    /**
     * Runs {@code work} on this caller's worker thread and returns its result, or throws what it
     * threw, as it threw it. The work is either one piece (an insertion, a round of firing) or a
     * whole evaluation made of pieces, each run through {@link #piece} and each with the full
     * budget: one hand-over per evaluation instead of one per piece. Past a piece's budget {@link
     * #tripped()} is true, and the work ends however it ends after the halt; a work that does not
     * end at all is given up ({@link #abandoned()}) with a {@link CancellationException}. The
     * session is used by one thread at a time: the caller's writes are seen by the worker through
     * the hand-over (a volatile write the worker reads), the worker's by the caller once the future
     * is done.
     */
    <T> T run(Supplier<T> work) {
        tripped = false;
        inPiece = false;
        WatchedJob<T> job =
                new WatchedJob<>(
                        () -> {
                            worker = Thread.currentThread();
                            try {
                                return work.get();
                            } finally {
                                worker = null;
                            }
                        });
        RuleWorker.of().submit(job);
        if (!awaitBudget(job)) {
            tripped = true;
            session.halt();
            job.interruptRunner();
            long grace = Math.min(Math.max(limitNanos / 2, MIN_GRACE), MAX_GRACE);
            if (!awaitUntil(job, System.nanoTime() + grace)
                    && !(job.stopRunner() && awaitUntil(job, System.nanoTime() + grace))) {
                abandoned = true;
                RuleWorker.forget();
                throw new CancellationException(
                        "given up: the rule still runs on " + job.runnerName());
            }
        }
        return job.outcome();
    }

    /** True on the worker thread while it runs this watch's work: a piece then runs right there. */
    boolean onItsWorker() {
        return worker == Thread.currentThread();
    }

    /** True on any rule watch's worker thread. */
    static boolean onAnyWorker() {
        return RuleWorker.isWorkerThread();
    }

    /** One piece of work, on the worker: the budget starts now. */
    <T> T piece(Supplier<T> work) {
        firing = null;
        lastFired = null;
        pieceDeadline = System.nanoTime() + limitNanos;
        inPiece = true;
        try {
            return work.get();
        } finally {
            inPiece = false;
        }
    }

    /**
     * Waits for the job while its piece running is within its budget: false once one is past it.
     * Between pieces the worker runs the tool's own code, which needs no budget; it is looked at
     * again a budget later.
     */
    private boolean awaitBudget(WatchedJob<?> job) {
        while (true) {
            long now = System.nanoTime();
            if (inPiece) {
                long deadline = pieceDeadline;
                if (now - deadline >= 0) {
                    return job.isDone();
                }
                if (awaitUntil(job, deadline)) {
                    return true;
                }
            } else if (awaitUntil(job, now + limitNanos)) {
                return true;
            }
        }
    }

    /**
     * Waits for the job until {@code deadline} (System.nanoTime), not ended by an interrupt of the
     * caller.
     */
    private static boolean awaitUntil(WatchedJob<?> job, long deadline) {
        boolean interrupted = false;
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                try {
                    job.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
                    return true;
                } catch (ExecutionException e) {
                    return true;
                } catch (TimeoutException e) {
                    return false;
                } catch (InterruptedException e) {
                    // The budget ends the wait; an interrupt of the caller is kept for its own code
                    // to see.
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean tripped() {
        return tripped;
    }

    boolean abandoned() {
        return abandoned;
    }

    /**
     * "my.drl: rule "Spin"": the rule firing, else the one that fired last (a rule re-firing itself
     * is stopped between two firings); the person's files when no rule had fired (a condition was
     * being matched).
     */
    String culprit() {
        Rule rule = firing != null ? firing : lastFired;
        String file = rule == null ? null : userFiles.get(RuleCatalogueReader.sourcePath(rule));
        if (rule != null && file != null) {
            return file + ": rule \"" + rule.getName() + "\"";
        }
        if (rule != null) {
            return "rule \"" + rule.getName() + "\"";
        }
        return String.join(", ", new java.util.TreeSet<>(userFiles.values()))
                + ": a rule, while matching its conditions,";
    }
}
