package dev.wsladvisor.advice;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.NextStep;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleSession;
import dev.wsladvisor.rules.Verdict;
import dev.wsladvisor.rules.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the rules on a host. The first round of rules yields reasons and blockers, from which the verdict
 * policy decides; the verdict is then inserted and the rules that depend on it (next steps, the suggested
 * .wslconfig) fire in a second round. Quick checks ("would this change flip the verdict?") need only the
 * first round.
 */
public final class Advisor {

    /** Hosts evaluated on one session before it is replaced by a fresh one. */
    static final int SESSION_USES = 100;

    private final RuleBase rules;
    private final List<Object> extraFacts;
    private final ThreadLocal<Reusable> sessions = ThreadLocal.withInitial(Reusable::new);

    public Advisor(RuleBase rules) {
        this(rules, List.of());
    }

    /** {@code extraFacts} are inserted into every full evaluation, e.g. the lines of the person's .wslconfig. */
    public Advisor(RuleBase rules, List<Object> extraFacts) {
        this.rules = rules;
        this.extraFacts = List.copyOf(extraFacts);
    }

    public RuleBase rules() {
        return rules;
    }

    /** First round only: enough to know the verdict and blocked state. */
    public Decision decide(FactsDocument facts) {
        return withSession(session -> {
            session.insertAll(facts.ruleFacts());
            session.fireAllRules();
            return VerdictPolicy.decide(session.outputs(Reason.class), session.outputs(Blocker.class));
        });
    }

    /** Both rounds: everything the rules have to say about this host. */
    public Evaluation evaluate(FactsDocument facts) {
        return withSession(session -> {
            session.insertAll(facts.ruleFacts());
            session.insertAll(extraFacts);
            session.fireAllRules();
            List<Reason> reasons = session.outputs(Reason.class);
            List<Blocker> blockers = session.outputs(Blocker.class);
            Decision decision = VerdictPolicy.decide(reasons, blockers);
            session.insert(new Verdict(decision.recommendation(), decision.blocked()));
            session.fireAllRules();
            List<Object> other = new ArrayList<>();
            for (Object o : session.outputs(Object.class)) {
                if (!(o instanceof Reason || o instanceof Blocker || o instanceof Warning || o instanceof NextStep
                        || o instanceof Verdict)) {
                    other.add(o);
                }
            }
            return new Evaluation(reasons, blockers, session.outputs(Warning.class), session.outputs(NextStep.class),
                    other, decision);
        });
    }

    /**
     * Runs {@code work} on this thread's session, reset afterwards for the next host and replaced every
     * {@link #SESSION_USES} uses (what-if trials and batch evaluate hundreds of hosts per second; a reset
     * costs less than a new session). A session whose work failed is thrown away.
     */
    private <T> T withSession(Function<RuleSession, T> work) {
        Reusable reusable = sessions.get();
        if (reusable.session == null) {
            reusable.session = rules.newSession();
            reusable.uses = 0;
        }
        RuleSession session = reusable.session;
        boolean ok = false;
        try {
            T result = work.apply(session);
            ok = true;
            return result;
        } finally {
            if (ok && ++reusable.uses < SESSION_USES) {
                session.reset();
            } else {
                reusable.session = null;
                session.close();
            }
        }
    }

    /** One thread's session and how often it was used. */
    private static final class Reusable {
        RuleSession session;
        int uses;
    }
}
