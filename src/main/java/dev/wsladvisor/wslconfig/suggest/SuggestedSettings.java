package dev.wsladvisor.wslconfig.suggest;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The settings the suggestion rules proposed, made into the one list a person reads or applies. */
public final class SuggestedSettings {

    private SuggestedSettings() {}

    /**
     * One setting per key, in catalogue order. Should two rules ever propose the same key, the one
     * whose rule id sorts first wins, so the output never depends on rule firing order.
     */
    public static List<SuggestedSetting> resolve(
            List<SuggestedSetting> suggested, KeyCatalog catalog) {
        List<SuggestedSetting> sorted = new ArrayList<>(suggested);
        sorted.sort(
                Comparator.comparing(
                        SuggestedSetting::ruleId, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, SuggestedSetting> byKey = new LinkedHashMap<>();
        for (SuggestedSetting s : sorted) {
            byKey.putIfAbsent(s.fullName().toLowerCase(Locale.ROOT), s);
        }
        List<SuggestedSetting> out = new ArrayList<>(byKey.values());
        out.sort(
                Comparator.comparingInt(
                        s -> {
                            int i = catalog.wslconfigOrder(s.fullName());
                            return i < 0 ? Integer.MAX_VALUE : i;
                        }));
        return out;
    }
}
