package dev.wsladvisor.rules;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The worker thread of one calling thread, made on first use (a run with the built-in rules alone
 * never makes one) and kept while it is used: a batch run's threads get one each. A hand-over costs
 * both threads a wake-up: through a shared pool, one per piece of work made batch --rules 74 %
 * slower, through a worker of one's own 17 %, one per evaluation no slower than running on the
 * caller (docs/performance.md). A daemon, so a worker given up to a spinning rule does not keep the
 * JVM alive; it ends after a minute without work.
 */
final class RuleWorker implements Runnable {
    private static final long IDLE = TimeUnit.MINUTES.toNanos(1);
    private static final Object RETIRED = new Object();
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ThreadLocal<RuleWorker> MINE = new ThreadLocal<>();

    private final AtomicReference<Object> next = new AtomicReference<>();
    private final Thread thread;

    private RuleWorker() {
        thread = new WorkerThread(this, "rule-worker-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    static RuleWorker of() {
        RuleWorker w = MINE.get();
        if (w == null) {
            w = new RuleWorker();
            MINE.set(w);
        }
        return w;
    }

    /** This thread's worker spins in a piece of work given up: the next piece goes to a new one. */
    static void forget() {
        MINE.remove();
    }

    void submit(WatchedJob<?> job) {
        if (!next.compareAndSet(null, job)) {
            // Retired after a minute without work.
            RuleWorker fresh = new RuleWorker();
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
            ((WatchedJob<?>) job).run();
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

    /** True on a rule watch's worker thread. */
    static boolean isWorkerThread() {
        return Thread.currentThread() instanceof WorkerThread;
    }

    private static final class WorkerThread extends Thread {
        WorkerThread(Runnable work, String name) {
            super(work, name);
        }
    }
}
