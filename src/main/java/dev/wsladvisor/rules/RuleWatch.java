package dev.wsladvisor.rules;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Keeps the person's rules to a time budget per evaluation, on the calling thread: one shared watchdog thread
 * looks at the running evaluations every 20 ms and stops one past its deadline (halts the session, which ends a
 * rule that re-fires itself; interrupts the thread, which ends a sleep; and, where the JVM still can, stops a rule
 * that spins inside its own code). An evaluation pays a few field writes and two uncontended locks; sessions of
 * the built-in rules alone are not watched at all. Also remembers which rule is firing, so a runaway is reported by rule and file.
 */
final class RuleWatch extends DefaultAgendaEventListener {

    /** The default budget per evaluation of one host: built-in rules take well under a millisecond. */
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(5);

    private static final Set<RuleWatch> RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile Thread watchdog;

    private final KieSession session;
    private final Map<String, String> userFiles;
    private final long limitNanos;
    private volatile Thread thread;
    private volatile long deadline;
    private volatile Rule firing;
    /** The rule that fired last: between two firings of a rule that re-fires itself, that rule. */
    private volatile Rule lastFired;
    private volatile boolean tripped;
    private volatile boolean stopAttempted;

    RuleWatch(KieSession session, Map<String, String> userFiles, Duration limit) {
        this.session = session;
        this.userFiles = userFiles;
        this.limitNanos = limit.toNanos();
        session.addEventListener(this);
        startWatchdog();
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

    /** Starts the budget of one evaluation on this thread. */
    synchronized void start() {
        tripped = false;
        stopAttempted = false;
        firing = null;
        lastFired = null;
        deadline = System.nanoTime() + limitNanos;
        thread = Thread.currentThread();
        RUNNING.add(this);
    }

    /**
     * Ends it, and clears the interrupt the watchdog may have left; synchronized with {@link #trip}, so no interrupt
     * can reach the thread after its evaluation ended.
     */
    synchronized void stop() {
        RUNNING.remove(this);
        thread = null;
        if (tripped) {
            Thread.interrupted();
        }
    }

    boolean tripped() {
        return tripped;
    }

    /**
     * "my.drl: rule "Spin"": the rule firing, else the one that fired last (a rule re-firing itself is stopped between
     * two firings); the person's files when no rule had fired (a condition was being matched).
     */
    String culprit() {
        Rule rule = firing != null ? firing : lastFired;
        String file = rule == null ? null : userFiles.get(RuleBase.sourcePath(rule));
        if (rule != null && file != null) {
            return file + ": rule \"" + rule.getName() + "\"";
        }
        if (rule != null) {
            return "rule \"" + rule.getName() + "\"";
        }
        return String.join(", ", new java.util.TreeSet<>(userFiles.values())) + ": a rule, while matching its conditions,";
    }

    private synchronized void trip(long now) {
        Thread t = thread;
        // Checked again under the lock: the evaluation the watchdog saw may have ended and another begun.
        if (t == null || now - deadline <= 0) {
            return;
        }
        if (!tripped) {
            tripped = true;
            session.halt();
            t.interrupt();
        } else if (!stopAttempted && now - deadline > Math.max(TimeUnit.MILLISECONDS.toNanos(500), limitNanos / 2)) {
            stopAttempted = true;
            // Halting and interrupting did not end it: the rule spins inside its own code. Java up to 19 can still stop
            // a thread; later ones cannot, and the watch keeps trying to halt it (documented in writing-rules.md).
            stopThread(t);
        }
    }

    private static void stopThread(Thread t) {
        try {
            Method stop = Thread.class.getMethod("stop");
            stop.invoke(t);
        } catch (ReflectiveOperationException | UnsupportedOperationException e) {
            // Not possible on this JVM.
        }
    }

    private static synchronized void startWatchdog() {
        if (watchdog != null) {
            return;
        }
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                for (RuleWatch w : RUNNING) {
                    if (now - w.deadline > 0) {
                        w.trip(now);
                    }
                }
            }
        }, "rule-watchdog");
        t.setDaemon(true);
        watchdog = t;
        t.start();
    }
}
