package dev.wsladvisor.wslconfig.apply;

import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.keys.ValueType;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.Objects;

/**
 * A setting's value as WSL reads it: spelt so it reads back unchanged, compared by what it means
 * rather than how it is written, and read back from a document.
 */
final class WslValues {

    private WslValues() {}

    /** True when WSL reads {@code value} for the key from the document. */
    static boolean readsAs(WslConfigDocument doc, KeySpec spec, String value) {
        return WslConfigParser.parse(doc, ConfigDialect.WSLCONFIG).entries().stream()
                .filter(e -> spec.matches(e.effectiveName()))
                .findFirst()
                .map(e -> sameValue(spec, e.value(), value))
                .orElse(false);
    }

    static boolean sameValue(KeySpec spec, String current, String wanted) {
        ValueType.Check a = spec.valueType().check(current, spec, ConfigDialect.WSLCONFIG);
        ValueType.Check b = spec.valueType().check(wanted, spec, ConfigDialect.WSLCONFIG);
        if (!a.valid() || !b.valid()) {
            return false;
        }
        return Objects.equals(a.parsed(), b.parsed());
    }

    /**
     * Spells a value so WSL reads it back unchanged: escapes backslashes and quotes, quotes '#' and
     * edge spaces.
     */
    static String format(String value) {
        String escaped =
                value.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\t", "\\t")
                        .replace("\n", "\\n");
        boolean quote =
                escaped.contains("#")
                        || (!escaped.isEmpty()
                                && (Character.isWhitespace(escaped.charAt(0))
                                        || Character.isWhitespace(
                                                escaped.charAt(escaped.length() - 1))));
        return quote ? "\"" + escaped + "\"" : escaped;
    }
}
