package dev.wsladvisor.rules;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Keeps the person's rules to a time budget per piece of work (an insertion, a round of firing). The work (one piece,
 * or a whole evaluation of a host) runs on a worker thread while the caller waits for it with the deadline: past it, the session is halted (which ends a rule
 * that re-fires itself) and the worker interrupted (which ends a sleep); a rule that spins inside its own code ends
 * neither way, so after a grace period the worker is stopped where the JVM still can (Java up to 19) and otherwise
 * left to spin on its own, a daemon, while the caller reports the rule: Java 20 and later cannot stop a thread, and
 * only a thread the caller does not have to be can be given up. Sessions of the built-in rules alone are not
 * watched at all. Also remembers which rule is firing, so a runaway is reported by rule and file.
 */
final class RuleWatch extends DefaultAgendaEventListener {

    /** The default budget per evaluation of one host: built-in rules take well under a millisecond. */
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
    /** The thread running this watch's work now, and the budget of the piece of it running (see {@link #piece}). */
    private volatile Thread worker;
    private volatile boolean inPiece;
    private volatile long pieceDeadline;
    /** A worker was given up still running in this session: nobody else may touch the session again. */
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
     * Runs {@code work} on this caller's worker thread and returns its result, or throws what it threw, as it threw it.
     * The work is either one piece (an insertion, a round of firing) or a whole evaluation made of pieces, each run
     * through {@link #piece} and each with the full budget: one hand-over per evaluation instead of one per piece.
     * Past a piece's budget {@link #tripped()} is true, and the work ends however it ends after the halt; a work that
     * does not end at all is given up ({@link #abandoned()}) with a {@link CancellationException}. The session is used
     * by one thread at a time: the caller's writes are seen by the worker through the hand-over (a volatile write the
     * worker reads), the worker's by the caller once the future is done.
     */
    <T> T run(Supplier<T> work) {
        tripped = false;
        inPiece = false;
        Job<T> job = new Job<>(() -> {
            worker = Thread.currentThread();
            try {
                return work.get();
            } finally {
                worker = null;
            }
        });
        Worker.of().submit(job);
        if (!awaitBudget(job)) {
            tripped = true;
            session.halt();
            job.interruptRunner();
            long grace = Math.min(Math.max(limitNanos / 2, MIN_GRACE), MAX_GRACE);
            if (!awaitUntil(job, System.nanoTime() + grace) && !(job.stopRunner() && awaitUntil(job, System.nanoTime() + grace))) {
                abandoned = true;
                Worker.forget();
                throw new CancellationException("given up: the rule still runs on " + job.runnerName());
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
        return Thread.currentThread() instanceof WorkerThread;
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
     * Waits for the job while its piece running is within its budget: false once one is past it. Between pieces the
     * worker runs the tool's own code, which needs no budget; it is looked at again a budget later.
     */
    private boolean awaitBudget(Job<?> job) {
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

    /** Waits for the job until {@code deadline} (System.nanoTime), not ended by an interrupt of the caller. */
    private static boolean awaitUntil(Job<?> job, long deadline) {
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
                    // The budget ends the wait; an interrupt of the caller is kept for its own code to see.
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
     * "my.drl: rule "Spin"": the rule firing, else the one that fired last (a rule re-firing itself is stopped between
     * two firings); the person's files when no rule had fired (a condition was being matched).
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
        return String.join(", ", new java.util.TreeSet<>(userFiles.values())) + ": a rule, while matching its conditions,";
    }

    /** One piece of work, and the thread running it, so that only this work is ever interrupted or stopped. */
    private static final class Job<T> extends FutureTask<T> {
        private Thread runner;

        Job(Supplier<T> work) {
            super(work::get);
        }

        @Override
        public void run() {
            synchronized (this) {
                runner = Thread.currentThread();
            }
            try {
                super.run();
            } finally {
                synchronized (this) {
                    runner = null;
                    // An interrupt meant for this work must not reach the worker's next one.
                    Thread.interrupted();
                }
            }
        }

        synchronized void interruptRunner() {
            if (runner != null) {
                runner.interrupt();
            }
        }

        synchronized String runnerName() {
            return runner == null ? "a worker thread" : runner.getName();
        }

        /** True when the thread was told to stop: possible up to Java 19 only. */
        synchronized boolean stopRunner() {
            if (runner == null) {
                return true;
            }
            try {
                Method stop = Thread.class.getMethod("stop");
                stop.invoke(runner);
                return true;
            } catch (ReflectiveOperationException | UnsupportedOperationException e) {
                return false;
            }
        }

        /** The work's result, or what it threw, unwrapped: callers handle the rule's own exceptions as they are. */
        T outcome() {
            try {
                return get();
            } catch (ExecutionException e) {
                throw RuleWatch.<RuntimeException>sneaky(e.getCause());
            } catch (InterruptedException e) {
                throw new IllegalStateException("outcome of a job that is not done", e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }

    /**
     * The worker thread of one calling thread, made on first use (a run with the built-in rules alone never makes
     * one) and kept while it is used: a batch run's threads get one each. A hand-over costs both threads a wake-up:
     * through a shared pool, one per piece of work made batch --rules 74 % slower, through a worker of one's own 17 %,
     * one per evaluation no slower than running on the caller (docs/performance.md).
     * A daemon, so a worker given up to a spinning rule does not keep the JVM alive; it ends after a minute without
     * work.
     */
    private static final class Worker implements Runnable {
        private static final long IDLE = TimeUnit.MINUTES.toNanos(1);
        private static final Object RETIRED = new Object();
        private static final AtomicInteger COUNT = new AtomicInteger();
        private static final ThreadLocal<Worker> MINE = new ThreadLocal<>();

        private final AtomicReference<Object> next = new AtomicReference<>();
        private final Thread thread;

        private Worker() {
            thread = new WorkerThread(this, "rule-worker-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
        }

        static Worker of() {
            Worker w = MINE.get();
            if (w == null) {
                w = new Worker();
                MINE.set(w);
            }
            return w;
        }

        /** This thread's worker spins in a piece of work given up: the next piece goes to a new one. */
        static void forget() {
            MINE.remove();
        }

        void submit(Job<?> job) {
            if (!next.compareAndSet(null, job)) {
                // Retired after a minute without work.
                Worker fresh = new Worker();
                MINE.set(fresh);
                fresh.submit(job);
                return;
            }
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            while (true) {
                Object job = take();
                if (job == RETIRED) {
                    return;
                }
                next.set(null);
                ((Job<?>) job).run();
            }
        }

        private Object take() {
            long start = System.nanoTime();
            while (true) {
                Object job = next.get();
                if (job != null) {
                    return job;
                }
                if (System.nanoTime() - start > IDLE) {
                    if (next.compareAndSet(null, RETIRED)) {
                        return RETIRED;
                    }
                } else {
                    LockSupport.parkNanos(this, IDLE);
                }
            }
        }
    }

    private static final class WorkerThread extends Thread {
        WorkerThread(Runnable work, String name) {
            super(work, name);
        }
    }
}
