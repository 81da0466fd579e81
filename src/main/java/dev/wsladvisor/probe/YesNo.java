package dev.wsladvisor.probe;

import java.util.Locale;
import java.util.Set;

/**
 * Yes and No as {@code systeminfo} prints them in the display languages we have seen or that
 * Windows ships.
 */
final class YesNo {
    private static final Set<String> YES =
            Set.of(
                    "yes", "ja", "sí", "si", "oui", "sim", "是", "はい", "да", "tak", "evet", "ano",
                    "igen", "kyllä", "sì", "예", "ναι", "áno");
    private static final Set<String> NO =
            Set.of(
                    "no", "nein", "non", "não", "nao", "否", "いいえ", "нет", "nie", "hayır", "ne",
                    "nem", "ei", "nej", "nee", "아니요", "όχι");

    private YesNo() {}

    /** {@code true}, {@code false}, or {@code null} for a word we do not know. */
    static Boolean read(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(w)) {
            return true;
        }
        if (NO.contains(w)) {
            return false;
        }
        return null;
    }
}
