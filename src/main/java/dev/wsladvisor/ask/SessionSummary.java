package dev.wsladvisor.ask;

import dev.wsladvisor.advice.Decision;
import dev.wsladvisor.advice.Evaluation;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.WslVersion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The end of a session: which questions were not asked and why, and the summary printed before the
 * advice.
 */
final class SessionSummary {

    private final QuestionPlanner planner;
    private final PrintWriter out;

    SessionSummary(QuestionPlanner planner, PrintWriter out) {
        this.planner = planner;
        this.out = out;
    }

    List<Interview.Skip> skipped(
            FactsDocument start, FactsDocument end, Set<String> settled, Interview.Ending ending) {
        List<Interview.Skip> out = new ArrayList<>();
        // Ending because nothing is left to ask means the last ranking of these same facts found no
        // question that matters; ranking again (the costliest step, with every pair of questions)
        // would only repeat that.
        List<QuestionPlanner.Rank> ranks =
                ending == Interview.Ending.NOTHING_LEFT_TO_ASK
                        ? List.of()
                        : planner.rank(end, settled, true);
        String moot = null;
        for (Question q : planner.catalog().questions()) {
            if (start.isKnown(q.path()) || settled.contains(q.path())) {
                continue;
            }
            QuestionPlanner.Rank rank =
                    ranks.stream().filter(r -> r.question() == q).findFirst().orElse(null);
            if (rank != null && rank.matters()) {
                out.add(
                        new Interview.Skip(
                                q.path(),
                                ending == Interview.Ending.INPUT_ENDED
                                        ? "not asked: the input ended before it"
                                        : "not asked: you stopped before it"));
                continue;
            }
            if (moot == null) {
                moot = whyNothingChanges(end);
            }
            out.add(new Interview.Skip(q.path(), "no answer changes the advice " + moot));
        }
        for (String free : planner.catalog().notAskable()) {
            if (!start.isKnown(free)) {
                out.add(
                        new Interview.Skip(
                                free,
                                "free text, never asked: list the messages you saw under "
                                        + free
                                        + " in a facts file (--save-answers writes one to start from)"));
            }
        }
        return out;
    }

    /** "now that ..." naming what settles the advice: a version that cannot run, or a must. */
    private String whyNothingChanges(FactsDocument facts) {
        Evaluation e = planner.advisor().evaluate(facts);
        Decision d = e.decision();
        Optional<Blocker> cannotRun =
                e.blockers().stream()
                        .filter(b -> b.isPermanent() && !b.blocks(d.recommendation()))
                        .findFirst();
        if (cannotRun.isPresent()) {
            Blocker b = cannotRun.get();
            String other = d.recommendation() == WslVersion.WSL1 ? "WSL2" : "WSL1";
            return "now that "
                    + other
                    + " cannot run here (rule "
                    + b.getId()
                    + (b.getFacts().isEmpty() ? "" : ": " + String.join(", ", b.getFacts()))
                    + ")";
        }
        Optional<Reason> hard =
                e.reasons().stream()
                        .filter(r -> r.isHardNeed() && r.getFavors() == d.recommendation())
                        .max(Comparator.comparingInt(Reason::getWeight));
        if (hard.isPresent()) {
            Reason r = hard.get();
            return "now that "
                    + (r.getFacts().isEmpty() ? "a need" : String.join(", ", r.getFacts()))
                    + " makes "
                    + d.recommendation().name()
                    + " a must (rule "
                    + r.getRule()
                    + ")";
        }
        return "on what is known: it stays " + WhyThisQuestion.describe(d) + " whatever the answer";
    }

    void print(List<Interview.Settled> settled, List<Interview.Skip> skipped) {
        out.println();
        long answered = settled.stream().filter(s -> s.value() != null).count();
        out.println(
                "Asked "
                        + settled.size()
                        + " of "
                        + planner.catalog().questions().size()
                        + " questions"
                        + (settled.size() > answered
                                ? " (" + (settled.size() - answered) + " left unknown)"
                                : "")
                        + ".");
        if (!settled.isEmpty()) {
            List<String> given = new ArrayList<>();
            for (Interview.Settled s : settled) {
                given.add(
                        s.question().name()
                                + " = "
                                + (s.value() == null
                                        ? "don't know"
                                        : s.question().label(s.value())));
            }
            out.println("Your answers: " + String.join(", ", given) + ".");
        }
        if (!skipped.isEmpty()) {
            out.println("Not asked:");
            // One line per reason: a dozen questions skipped for the same reason read better
            // together.
            Map<String, List<String>> byReason = new LinkedHashMap<>();
            for (Interview.Skip s : skipped) {
                byReason.computeIfAbsent(s.reason(), k -> new ArrayList<>()).add(s.path());
            }
            byReason.forEach(
                    (reason, paths) ->
                            out.println("  " + String.join(", ", paths) + ": " + reason));
        }
        out.println();
        out.flush();
    }
}
