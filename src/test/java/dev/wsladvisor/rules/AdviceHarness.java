package dev.wsladvisor.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.Evaluation;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import java.util.List;

/**
 * Runs the real knowledge base on a facts document written as JSON (single quotes stand for double quotes,
 * to keep the tests readable) and lists what came out by id.
 */
final class AdviceHarness {

    private final RuleBase rules;

    AdviceHarness(RuleBase rules) {
        this.rules = rules;
    }

    static FactsDocument facts(String json) {
        return new FactsReader(false).parse(json.replace('\'', '"').getBytes(UTF_8), "test");
    }

    /** The advice document as the person sees it (warnings filtered by the verdict). */
    Advice advise(String json) {
        return new AdviceAssembler(new Advisor(rules), ev -> new Advice.WslConfigPart(List.of(), "", List.of(), null))
                .advise(facts(json));
    }

    /** Everything the rules said, before the verdict filters warnings. */
    Evaluation evaluate(String json) {
        return new Advisor(rules).evaluate(facts(json));
    }

    static List<String> warningIds(Advice advice) {
        return dev.wsladvisor.support.AdviceIds.warnings(advice);
    }

    static List<String> blockerIds(Advice advice) {
        return dev.wsladvisor.support.AdviceIds.blockers(advice);
    }

    static List<String> reasonIds(Advice advice) {
        return dev.wsladvisor.support.AdviceIds.reasons(advice);
    }

    static Advice.WarningItem warning(Advice advice, String id) {
        return advice.warnings().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning " + id + " in " + warningIds(advice)));
    }

    static Advice.BlockerItem blocker(Advice advice, String id) {
        return advice.blockers().stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no blocker " + id + " in " + blockerIds(advice)));
    }

    static Advice.ReasonItem reason(Advice advice, String id) {
        return advice.reasons().stream().filter(r -> r.rule().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no reason " + id + " in " + reasonIds(advice)));
    }

    static List<String> allWarningIds(Evaluation evaluation) {
        return evaluation.warnings().stream().map(Warning::getId).toList();
    }

    static List<String> allBlockerIds(Evaluation evaluation) {
        return evaluation.blockers().stream().map(Blocker::getId).toList();
    }

    static List<String> allReasonIds(Evaluation evaluation) {
        return evaluation.reasons().stream().map(Reason::getRule).toList();
    }
}
