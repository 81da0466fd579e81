package dev.wsladvisor.support;

import dev.wsladvisor.advice.Advice;
import java.util.List;

/**
 * The ids in an advice document, and its items by id, for assertions on what the person is shown.
 */
public final class AdviceIds {

    private AdviceIds() {}

    public static List<String> blockers(Advice a) {
        return a.blockers().stream().map(Advice.BlockerItem::id).toList();
    }

    public static List<String> reasons(Advice a) {
        return a.reasons().stream().map(Advice.ReasonItem::rule).toList();
    }

    public static List<String> warnings(Advice a) {
        return a.warnings().stream().map(Advice.WarningItem::id).toList();
    }

    public static Advice.WarningItem warning(Advice advice, String id) {
        return advice.warnings().stream()
                .filter(w -> w.id().equals(id))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no warning " + id + " in " + warnings(advice)));
    }

    public static Advice.BlockerItem blocker(Advice advice, String id) {
        return advice.blockers().stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no blocker " + id + " in " + blockers(advice)));
    }

    public static Advice.ReasonItem reason(Advice advice, String id) {
        return advice.reasons().stream()
                .filter(r -> r.rule().equals(id))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no reason " + id + " in " + reasons(advice)));
    }
}
