package dev.wsladvisor.advice;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.FiredRules;
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
 * Runs the rules on a host. The first round of rules yields reasons and blockers, from which the
 * verdict policy decides; the verdict is then inserted and the rules that depend on it (next steps,
 * the suggested .wslconfig) fire in a second round. Quick checks ("would this change flip the
 * verdict?") need only the first round.
 */
public final class Advisor {

    private final RuleBase rules;
    private final List<Object> extraFacts;

    /**
     * Where the full evaluations record the rules that fire, or null: only rules test and coverage
     * ask.
     */
    private final FiredRules fired;

    public Advisor(RuleBase rules) {
        this(rules, List.of());
    }

    /**
     * {@code extraFacts} are inserted into every full evaluation, e.g. the lines of the person's
     * .wslconfig.
     */
    public Advisor(RuleBase rules, List<Object> extraFacts) {
        this(rules, extraFacts, null);
    }

    private Advisor(RuleBase rules, List<Object> extraFacts, FiredRules fired) {
        this.rules = rules;
        this.extraFacts = List.copyOf(extraFacts);
        this.fired = fired;
    }

    /**
     * This advisor, also recording into {@code fired} the rules that fire in both rounds of each
     * full evaluation; the what-if trials ({@link #decide}) are not recorded, as they evaluate
     * other, imagined hosts.
     */
    public Advisor recordingInto(FiredRules fired) {
        return new Advisor(rules, extraFacts, fired);
    }

    public RuleBase rules() {
        return rules;
    }

    /** First round only: enough to know the verdict and blocked state. */
    public Decision decide(FactsDocument facts) {
        return rules.withSession(
                session -> {
                    session.insertAll(facts.ruleFacts());
                    session.fireAllRules();
                    return VerdictPolicy.decide(
                            session.outputs(Reason.class), session.outputs(Blocker.class));
                });
    }

    /**
     * Runs {@code work} with first-round decisions on variants of {@code facts} ({@link
     * TrialSession}), in this thread's rule session: the what-if analysis and the questionnaire's
     * planning ask hundreds of them.
     */
    public <T> T withTrials(FactsDocument facts, Function<TrialSession, T> work) {
        return rules.withSession(
                session -> {
                    session.noteDirectActions();
                    try {
                        return work.apply(new TrialSession(session, facts));
                    } finally {
                        session.stopNotingDirectActions();
                    }
                });
    }

    /** Both rounds: everything the rules have to say about this host. */
    public Evaluation evaluate(FactsDocument facts) {
        return rules.withSession(
                session -> {
                    if (fired == null) {
                        return evaluate(session, facts);
                    }
                    session.record(fired);
                    try {
                        return evaluate(session, facts);
                    } finally {
                        session.stopRecording(fired);
                    }
                });
    }

    private Evaluation evaluate(RuleSession session, FactsDocument facts) {
        session.insertAll(facts.ruleFacts());
        session.insertAll(extraFacts);
        session.fireAllRules();
        List<Reason> reasons = session.outputs(Reason.class);
        List<Blocker> blockers = session.outputs(Blocker.class);
        Decision decision = VerdictPolicy.decide(reasons, blockers);
        session.insert(
                new Verdict(
                        decision.recommendation(),
                        decision.blocked(),
                        !decision.neverWsl1(),
                        !decision.neverWsl2()));
        session.fireAllRules();
        // One pass over working memory sorts what the second round left there.
        List<Warning> warnings = new ArrayList<>();
        List<NextStep> steps = new ArrayList<>();
        List<Object> other = new ArrayList<>();
        for (Object o : session.outputs(Object.class)) {
            if (o instanceof Warning) {
                warnings.add((Warning) o);
            } else if (o instanceof NextStep) {
                steps.add((NextStep) o);
            } else if (!(o instanceof Reason || o instanceof Blocker || o instanceof Verdict)) {
                other.add(o);
            }
        }
        return new Evaluation(reasons, blockers, warnings, steps, other, decision);
    }
}
