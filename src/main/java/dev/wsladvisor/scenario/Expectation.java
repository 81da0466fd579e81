package dev.wsladvisor.scenario;

import dev.wsladvisor.advice.Advice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code expect} part of a scenario. Every field is optional (null: not checked). {@code
 * blockers} and {@code warnings} entries each match an item by its id, or by text contained in its
 * message or fix; an empty list there means "none at all". {@code contains} is looked for in the
 * text report a person reads (with {@code --explain}) and in the JSON document.
 */
public record Expectation(
        String recommendation,
        Boolean blocked,
        List<String> fired,
        List<String> notFired,
        List<String> blockers,
        List<String> warnings,
        List<String> contains) {

    /** The expect field names, in the order the scenario format lists them. */
    static final List<String> FIELDS =
            List.of(
                    "recommendation",
                    "blocked",
                    "fired",
                    "notFired",
                    "blockers",
                    "warnings",
                    "contains");

    /**
     * Every way {@code outcome} differs from this expectation, one readable line each; empty when
     * it passes.
     */
    public List<String> differences(ScenarioOutcome outcome) {
        Advice advice = outcome.advice();
        List<String> out = new ArrayList<>();
        if (recommendation != null && !recommendation.equalsIgnoreCase(advice.recommendation())) {
            out.add(
                    "recommendation: expected "
                            + recommendation.toUpperCase(Locale.ROOT)
                            + ", got "
                            + advice.recommendation());
        }
        if (blocked != null && blocked != advice.blocked()) {
            out.add(
                    "blocked: expected "
                            + blocked
                            + ", got "
                            + advice.blocked()
                            + (advice.blocked()
                                    ? " (blockers: "
                                            + ids(
                                                    advice.blockers().stream()
                                                            .map(Advice.BlockerItem::id)
                                                            .toList())
                                            + ")"
                                    : ""));
        }
        Set<String> firedIds = outcome.fired();
        if (fired != null) {
            for (String id : fired) {
                if (!firedIds.contains(id)) {
                    out.add("fired: expected rule " + id + " to fire; it did not");
                }
            }
        }
        if (notFired != null) {
            for (String id : notFired) {
                if (firedIds.contains(id)) {
                    out.add("notFired: expected rule " + id + " not to fire; it fired");
                }
            }
        }
        List<Item> blockerItems =
                advice.blockers().stream()
                        .map(b -> new Item(b.id(), b.message(), b.fix()))
                        .toList();
        List<Item> warningItems =
                advice.warnings().stream()
                        .map(w -> new Item(w.id(), w.message(), w.fix()))
                        .toList();
        items("blockers", "blocker", blockers, blockerItems, out);
        items("warnings", "warning", warnings, warningItems, out);
        if (contains != null) {
            for (String text : contains) {
                if (!outcome.text().contains(text) && !outcome.json().contains(text)) {
                    out.add(
                            "contains: expected the advice to contain \""
                                    + text
                                    + "\"; neither the text (--explain) nor the JSON does");
                }
            }
        }
        return out;
    }

    /** An advice item as the expectation matches it. */
    private record Item(String id, String message, String fix) {
        boolean matches(String wanted) {
            return wanted.equals(id)
                    || (message != null && message.contains(wanted))
                    || (fix != null && fix.contains(wanted));
        }
    }

    private static void items(
            String field, String kind, List<String> wanted, List<Item> actual, List<String> out) {
        if (wanted == null) {
            return;
        }
        String got = ids(actual.stream().map(Item::id).toList());
        if (wanted.isEmpty() && !actual.isEmpty()) {
            out.add(field + ": expected none, got " + got);
        }
        for (String w : wanted) {
            if (actual.stream().noneMatch(i -> i.matches(w))) {
                out.add(
                        field
                                + ": expected a "
                                + kind
                                + " with id or text \""
                                + w
                                + "\"; got "
                                + got);
            }
        }
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
