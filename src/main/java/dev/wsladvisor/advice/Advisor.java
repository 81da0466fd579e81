package dev.wsladvisor.advice;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.NextStep;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.Verdict;
import dev.wsladvisor.rules.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the rules on a host. The first round of rules yields reasons and blockers, from which the verdict
 * policy decides; the verdict is then inserted and the rules that depend on it (next steps, the suggested
 * .wslconfig) fire in a second round. Quick checks ("would this change flip the verdict?") need only the
 * first round.
 */
public final class Advisor {

    private final RuleBase rules;
    private final List<Object> extraFacts;

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
        return rules.withSession(session -> {
            session.insertAll(facts.ruleFacts());
            session.fireAllRules();
            return VerdictPolicy.decide(session.outputs(Reason.class), session.outputs(Blocker.class));
        });
    }

    /** Both rounds: everything the rules have to say about this host. */
    public Evaluation evaluate(FactsDocument facts) {
        return rules.withSession(session -> {
            session.insertAll(facts.ruleFacts());
            session.insertAll(extraFacts);
            session.fireAllRules();
            List<Reason> reasons = session.outputs(Reason.class);
            List<Blocker> blockers = session.outputs(Blocker.class);
            Decision decision = VerdictPolicy.decide(reasons, blockers);
            session.insert(new Verdict(decision.recommendation(), decision.blocked(), !decision.neverWsl1(), !decision.neverWsl2()));
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
        });
    }
}
