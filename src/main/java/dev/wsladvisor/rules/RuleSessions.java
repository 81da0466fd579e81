package dev.wsladvisor.rules;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.KieBase;

/**
 * Hands out the sessions of one knowledge base: a reusable one per thread for the many evaluations
 * of what-if trials and batch, or a fresh one, each watched for the person's rules running too
 * long.
 */
final class RuleSessions {

    /**
     * Hosts evaluated on one session before it is replaced by a fresh one. A reset costs less than
     * a new session (batch, 100,000 hosts: renewing every 20 hosts 6.6 s, every 100 6.3 s, every
     * 10,000 6.0 s); the renewal only bounds whatever a session might keep across resets (a million
     * hosts under a 64 MiB heap end with 7 MiB live, docs/performance.md).
     */
    static final int SESSION_USES = 10_000;

    private final KieBase kieBase;

    /**
     * The person's rule files by the path Drools knows them by: a failing rule of theirs is named
     * so.
     */
    private final Map<String, String> userFiles;

    private final ThreadLocal<Reusable> sessions = ThreadLocal.withInitial(Reusable::new);
    private volatile Duration timeLimit = RuleWatch.DEFAULT_LIMIT;

    RuleSessions(KieBase kieBase, Map<String, String> userFiles) {
        this.kieBase = kieBase;
        this.userFiles = userFiles;
    }

    /** One thread's session, how often it was used, and whether it is in use now. */
    private static final class Reusable {
        RuleSession session;
        int uses;
        boolean busy;
    }

    /**
     * Runs {@code work} on this thread's session, reset afterwards for the next host and replaced
     * every {@link #SESSION_USES} uses: what-if trials and batch evaluate hundreds of hosts per
     * second, and a reset costs less than a new session. At most one session per thread stays open
     * (Drools keeps track of every open session of a knowledge base). A session whose work failed
     * is thrown away; a nested call gets a session of its own.
     */
    <T> T withSession(Function<RuleSession, T> work) {
        Reusable reusable = sessions.get();
        if (reusable.busy || (!userFiles.isEmpty() && RuleWatch.onAnyWorker())) {
            // A rule watch's worker thread keeps no session: it serves whichever session its caller
            // hands it.
            try (RuleSession own = newSession()) {
                return own.evaluate(work);
            }
        }
        if (reusable.session == null) {
            reusable.session = newSession();
            reusable.uses = 0;
        }
        RuleSession session = reusable.session;
        boolean ok = false;
        reusable.busy = true;
        try {
            T result = session.evaluate(work);
            ok = true;
            return result;
        } finally {
            reusable.busy = false;
            if (ok && ++reusable.uses < SESSION_USES) {
                session.reset();
            } else {
                reusable.session = null;
                session.close();
            }
        }
    }

    /** A fresh session to evaluate one host; close it when done. */
    RuleSession newSession() {
        return new RuleSession(kieBase.newKieSession(), userFiles, timeLimit);
    }

    /**
     * Sessions made from now on stop the person's rules after {@code limit} on one host's facts.
     */
    void limitRuleTime(Duration limit) {
        this.timeLimit = limit;
    }

    /**
     * Sessions of this knowledge base not closed yet (Drools keeps each one until it is disposed).
     */
    int openSessions() {
        return kieBase.getKieSessions().size();
    }
}
