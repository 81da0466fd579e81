package dev.wsladvisor.support;

import dev.wsladvisor.advice.Advice;
import java.util.List;

/** The ids in an advice document, for assertions on which rules spoke. */
public final class AdviceIds {

    private AdviceIds() {
    }

    public static List<String> blockers(Advice a) {
        return a.blockers().stream().map(Advice.BlockerItem::id).toList();
    }

    public static List<String> reasons(Advice a) {
        return a.reasons().stream().map(Advice.ReasonItem::rule).toList();
    }

    public static List<String> warnings(Advice a) {
        return a.warnings().stream().map(Advice.WarningItem::id).toList();
    }
}
