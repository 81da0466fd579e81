package dev.wsladvisor.ask;

import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.Decision;
import dev.wsladvisor.advice.TrialSession;
import dev.wsladvisor.facts.FactsDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides, from the rules, which question to ask next. A question is worth asking when some answer
 * to it changes the decision (recommendation, blocked state or a blocker) on the facts known so
 * far: on its own ("direct"), or once one other open question is answered ("together with"), so
 * that two needs that matter only in combination (heavy I/O on files that live on the Windows
 * drives) are not both skipped. Direct questions come first, strongest change first (the
 * recommendation, then the blocked state, then a blocker), the catalogue's order breaking ties.
 * Every trial is a first-round decision, made incrementally in one rule session ({@link
 * TrialSession}).
 */
public final class QuestionPlanner {

    /** What one answer to a question would lead to. */
    public record Outcome(Object value, Decision decision, int strength) {}

    /**
     * How much a question can still change the advice: {@code direct} its own strongest change,
     * {@code combined} the strongest change it makes once {@code partner} is answered {@code
     * partnerValue}.
     */
    public record Rank(
            Question question,
            int direct,
            int combined,
            String partner,
            Object partnerValue,
            List<Outcome> outcomes) {
        public boolean matters() {
            return direct > 0 || combined > 0;
        }
    }

    private final Advisor advisor;
    private final QuestionCatalog catalog;

    public QuestionPlanner(Advisor advisor, QuestionCatalog catalog) {
        this.advisor = advisor;
        this.catalog = catalog;
    }

    public Advisor advisor() {
        return advisor;
    }

    public QuestionCatalog catalog() {
        return catalog;
    }

    /**
     * The open questions: not known in {@code facts} and not settled (answered or left unknown) by
     * the person.
     */
    public List<Question> open(FactsDocument facts, Set<String> settled) {
        List<Question> out = new ArrayList<>();
        for (Question q : catalog.questions()) {
            if (!facts.isKnown(q.path()) && !settled.contains(q.path())) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * The most decisive open question, or null when no answer to any of them can change the advice.
     */
    public Rank next(FactsDocument facts, Set<String> settled) {
        List<Rank> ranks = rank(facts, settled);
        return ranks.isEmpty() || !ranks.get(0).matters() ? null : ranks.get(0);
    }

    /**
     * Every open question with how much it can change the advice, most decisive first. The combined
     * strength is worked out only when no question matters directly, or when {@code full} asks for
     * it.
     */
    public List<Rank> rank(FactsDocument facts, Set<String> settled) {
        return rank(facts, settled, false);
    }

    public List<Rank> rank(FactsDocument facts, Set<String> settled, boolean full) {
        return advisor.withTrials(facts, trials -> rank(facts, settled, full, trials));
    }

    private List<Rank> rank(
            FactsDocument facts, Set<String> settled, boolean full, TrialSession trials) {
        Decision base = trials.base();
        List<Question> open = open(facts, settled);
        List<Rank> ranks = new ArrayList<>();
        boolean anyDirect = false;
        for (Question q : open) {
            List<Outcome> outcomes = outcomes(facts, base, q, trials);
            int direct = outcomes.stream().mapToInt(Outcome::strength).max().orElse(0);
            anyDirect |= direct > 0;
            ranks.add(new Rank(q, direct, 0, null, null, outcomes));
        }
        if (!anyDirect || full) {
            ranks = withCombined(facts, open, ranks, trials);
        }
        List<Rank> sorted = new ArrayList<>(ranks);
        // Stable sort: among equals, the catalogue's order stays.
        sorted.sort(
                (a, b) ->
                        a.direct() != b.direct()
                                ? Integer.compare(b.direct(), a.direct())
                                : Integer.compare(b.combined(), a.combined()));
        return sorted;
    }

    /**
     * The questionnaire without the conversation: asks {@code person} each question the interview
     * would ask, in the same order, and returns the questions asked and the facts at the end.
     * {@code person} returns the value of the answer, or null for "don't know". Used to measure how
     * many questions a host needs.
     */
    public Simulation simulate(FactsDocument start, Function<Question, Object> person) {
        FactsDocument facts = start;
        Set<String> settled = new LinkedHashSet<>();
        List<Question> asked = new ArrayList<>();
        for (Rank next = next(facts, settled); next != null; next = next(facts, settled)) {
            Question q = next.question();
            asked.add(q);
            settled.add(q.path());
            Object value = person.apply(q);
            if (value != null) {
                facts = facts.withFact(q.path(), value);
            }
        }
        return new Simulation(asked, facts);
    }

    /**
     * What {@link #simulate} found: the questions in the order asked, and the facts with the
     * answers.
     */
    public record Simulation(List<Question> asked, FactsDocument facts) {}

    /** What each answer to {@code q} leads to on these facts. */
    public List<Outcome> outcomes(FactsDocument facts, Decision base, Question q) {
        return advisor.withTrials(facts, trials -> outcomes(facts, base, q, trials));
    }

    private static List<Outcome> outcomes(
            FactsDocument facts, Decision base, Question q, TrialSession trials) {
        List<Outcome> out = new ArrayList<>();
        for (Object value : q.values()) {
            Decision trial = trials.decide(facts.withFact(q.path(), value));
            out.add(new Outcome(value, trial, trial.changeFrom(base)));
        }
        return out;
    }

    private static List<Rank> withCombined(
            FactsDocument facts, List<Question> open, List<Rank> ranks, TrialSession trials) {
        Map<String, Decision> partnerDecisions = new HashMap<>();
        List<Rank> out = new ArrayList<>();
        for (Rank r : ranks) {
            if (r.direct() > 0) {
                out.add(r);
                continue;
            }
            int best = 0;
            String partner = null;
            Object partnerValue = null;
            for (Question p : open) {
                if (p == r.question()) {
                    continue;
                }
                for (Object pv : p.values()) {
                    FactsDocument withPartner = facts.withFact(p.path(), pv);
                    Decision pBase =
                            partnerDecisions.computeIfAbsent(
                                    p.path() + "=" + pv, k -> trials.decide(withPartner));
                    for (Object v : r.question().values()) {
                        int s =
                                trials.decide(withPartner.withFact(r.question().path(), v))
                                        .changeFrom(pBase);
                        if (s > best) {
                            best = s;
                            partner = p.path();
                            partnerValue = pv;
                        }
                    }
                    if (best == 3) {
                        break;
                    }
                }
                if (best == 3) {
                    break;
                }
            }
            out.add(new Rank(r.question(), 0, best, partner, partnerValue, r.outcomes()));
        }
        return out;
    }
}
