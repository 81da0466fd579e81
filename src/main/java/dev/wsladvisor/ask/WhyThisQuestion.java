package dev.wsladvisor.ask;

import dev.wsladvisor.advice.Decision;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.RuleInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to {@code ?} at a prompt: the decision now, what each answer leads to, the rules that
 * read the fact, the help.
 */
final class WhyThisQuestion {

    private static final int MAX_RULES_SHOWN = 6;

    private final QuestionPlanner planner;
    private final PrintWriter out;

    WhyThisQuestion(QuestionPlanner planner, PrintWriter out) {
        this.planner = planner;
        this.out = out;
    }

    void explain(FactsDocument facts, QuestionPlanner.Rank rank) {
        Question q = rank.question();
        Decision now = planner.advisor().decide(facts);
        out.println(
                "Why this question: on what is known so far the advice is " + describe(now) + ".");
        FactsDocument base = facts;
        if (rank.direct() == 0 && rank.partner() != null) {
            Question partner = planner.catalog().byPath(rank.partner());
            String label =
                    partner == null
                            ? String.valueOf(rank.partnerValue())
                            : partner.label(rank.partnerValue());
            out.println(
                    "On its own no answer changes it, but once "
                            + rank.partner()
                            + " is \""
                            + label
                            + "\" (asked later if it still matters) this answer would:");
            base = facts.withFact(rank.partner(), rank.partnerValue());
        }
        Decision baseDecision = planner.advisor().decide(base);
        int width =
                Math.max(
                        10, q.choices().stream().mapToInt(c -> c.label().length()).max().orElse(0));
        for (QuestionPlanner.Outcome o : planner.outcomes(base, baseDecision, q)) {
            out.printf(
                    "  %-" + width + "s -> %s%s%n",
                    q.label(o.value()),
                    describe(o.decision()),
                    o.strength() == 0 ? " (no change)" : "");
        }
        out.printf("  %-" + width + "s -> %s%n", "don't know", describe(baseDecision));
        List<RuleInfo> waiting = rulesReading(q.path());
        if (!waiting.isEmpty()) {
            out.println("Rules that read " + q.path() + ":");
            for (RuleInfo r : waiting.subList(0, Math.min(MAX_RULES_SHOWN, waiting.size()))) {
                out.println("  " + r.id() + ": " + r.meta("explanation"));
            }
            if (waiting.size() > MAX_RULES_SHOWN) {
                out.println(
                        "  ... and "
                                + (waiting.size() - MAX_RULES_SHOWN)
                                + " more (wsl-advisor rules list).");
            }
        }
        if (!q.help().isBlank()) {
            out.println("About the question: " + q.help());
        }
        out.flush();
    }

    private List<RuleInfo> rulesReading(String path) {
        List<RuleInfo> out = new ArrayList<>();
        for (RuleInfo r : planner.advisor().rules().rules()) {
            for (String f : r.facts()) {
                if (f.equals(path)) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "WSL2", "WSL2, blocked by firmware-virtualization-off", "WSL1, cannot run here
     * (windows-x86-cannot-run-wsl)".
     */
    static String describe(Decision d) {
        if (d.blocked()) {
            return d.recommendation().name() + ", blocked by " + String.join(", ", d.blockerIds());
        }
        if (!d.blockerIds().isEmpty()) {
            return d.recommendation().name()
                    + ", cannot run here ("
                    + String.join(", ", d.blockerIds())
                    + ")";
        }
        return d.recommendation().name();
    }
}
