package dev.wsladvisor.wslconfig.apply;

import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes suggested settings as a complete {@code .wslconfig}, each key under its reason. */
public final class WslConfigText {

    private WslConfigText() {}

    public static String render(List<SuggestedSetting> settings) {
        Map<String, List<SuggestedSetting>> bySection = new LinkedHashMap<>();
        for (String section : List.of("wsl2", "experimental", "general")) {
            bySection.put(section, new ArrayList<>());
        }
        for (SuggestedSetting s : settings) {
            bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s);
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<SuggestedSetting>> e : bySection.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append('[').append(e.getKey()).append("]\n");
            for (SuggestedSetting s : e.getValue()) {
                if (s.reason() != null && !s.reason().isBlank()) {
                    out.append("# ").append(s.reason().replace("\n", " ")).append('\n');
                }
                out.append(s.key()).append('=').append(WslValues.format(s.value())).append('\n');
            }
        }
        return out.toString();
    }
}
