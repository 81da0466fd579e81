package dev.wsladvisor.rules;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One piece of work, and the thread running it, so that only this work is ever interrupted or
 * stopped.
 */
final class WatchedJob<T> extends FutureTask<T> {
    private Thread runner;

    WatchedJob(Supplier<T> work) {
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

    /**
     * The work's result, or what it threw, unwrapped: callers handle the rule's own exceptions as
     * they are.
     */
    T outcome() {
        try {
            return get();
        } catch (ExecutionException e) {
            throw WatchedJob.<RuntimeException>sneaky(e.getCause());
        } catch (InterruptedException e) {
            throw new IllegalStateException("outcome of a job that is not done", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
