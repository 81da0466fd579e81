package dev.wsladvisor.wslconfig.show;

import dev.wsladvisor.text.Visible;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.keys.ValueType;
import dev.wsladvisor.wslconfig.lint.LintEntry;
import dev.wsladvisor.wslconfig.text.CNumbers;
import dev.wsladvisor.wslconfig.text.WslNarrowing;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What WSL stores from one {@code key = value} line, typed for JSON, with what it changes; or why
 * it stores nothing.
 */
final class StoredValue {

    private StoredValue() {}

    /**
     * The name as written for a legacy alias ({@code experimental.networkingMode}), the catalogue's
     * otherwise.
     */
    static String spelledAlias(KeySpec spec, String effectiveName) {
        return spec.aliases().stream()
                .filter(a -> CNumbers.asciiEqualsIgnoreCase(a, effectiveName))
                .findFirst()
                .orElse(spec.fullName());
    }

    /** Why WSL does not store this line, or null when it does. */
    static String reasonIgnored(LintEntry e) {
        if (e.isDuplicate()) {
            return "'"
                    + e.getKey()
                    + "' is already set on line "
                    + e.getFirstLine()
                    + "; WSL keeps the first";
        }
        if (e.isRemoved()) {
            return "WSL no longer reads '" + e.getKey() + "' and warns 'Unknown key'";
        }
        if (!e.isKnown()) {
            if (e.isBeforeAnySection()) {
                return "unknown key: it stands before any [section] header";
            }
            String home = e.getHomeSection();
            String hint =
                    home != null
                            ? "; it belongs under [" + home + "]"
                            : e.getWslConfSections() != null
                                    ? "; it is a wsl.conf key (" + e.getWslConfSections() + ")"
                                    : e.getSuggestedKey() != null
                                            ? "; did you mean " + e.getSuggestedKey() + "?"
                                            : "";
            return "unknown key '" + Visible.escape(e.getName()) + "'" + hint;
        }
        if (!e.isValueValid() && e.getSpec().valueType() != ValueType.PORTS) {
            return e.getValueError();
        }
        return null;
    }

    static String note(LintEntry e) {
        KeySpec spec = e.getSpec();
        List<String> notes = new ArrayList<>();
        if (spec.valueType() == ValueType.PORTS && !e.isValueValid()) {
            notes.add(e.getValueError());
        }
        if (e.isNulInValue()) {
            notes.add("a NUL character ends the value");
        }
        if (WslNarrowing.changes(e.getValue())) {
            notes.add(
                    "WSL keeps only the low byte of each non-ASCII character: "
                            + String.join("; ", WslNarrowing.describe(e.getValue())));
        }
        if (spec.ignoredSince() != null) {
            notes.add("read, but ignored since WSL " + spec.ignoredSince());
        }
        Long bytes = e.getSizeBytes();
        if ("wsl2.memory".equals(spec.fullName()) && bytes != null) {
            if (bytes == 0) {
                notes.add("0 means the default, half of the RAM");
            } else if (Long.compareUnsigned(bytes, LintEntry.MIN_MEMORY_BYTES) < 0) {
                notes.add("raised to 256MB when the VM starts");
            }
        }
        if (e.isSaturatedInt()) {
            notes.add("beyond 32 bits: Windows' strtol makes it " + e.getIntValue());
        }
        return notes.isEmpty() ? null : Visible.escape(String.join("; ", notes));
    }

    /** The value as WSL stores it, typed for JSON. */
    static Object value(LintEntry e) {
        return switch (e.getSpec().valueType()) {
            case BOOL -> e.getBoolValue();
            case INT -> e.getIntValue();
            case SIZE -> bytes(e.getSizeBytes());
            case ENUM -> e.getEnumValue();
            case PORTS -> List.copyOf(ValueType.goodPorts(e.getValue()));
            case MAC -> e.getValue().toUpperCase(Locale.ROOT).replace('-', ':');
            case IPV4 -> e.getValue();
            default -> WslNarrowing.text(e.getValue());
        };
    }

    /**
     * A size in bytes: a {@link Long}, or a {@link BigInteger} beyond 2^63, where WSL's unsigned
     * arithmetic goes.
     */
    static Object bytes(long unsigned) {
        return unsigned >= 0 ? (Object) unsigned : new BigInteger(Long.toUnsignedString(unsigned));
    }
}
