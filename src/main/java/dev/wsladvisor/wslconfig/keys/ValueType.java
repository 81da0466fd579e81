package dev.wsladvisor.wslconfig.keys;

import dev.wsladvisor.wslconfig.text.CNumbers;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The value types of WSL's config keys, each checked the way WSL's own parser for it checks. */
public enum ValueType {
    BOOL,
    INT,
    SIZE,
    STRING,
    PATH,
    ENUM,
    IPV4,
    PORTS,
    MAC;

    public static ValueType of(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Checks {@code value} for {@code spec}.
     *
     * @return the parsed value ({@link Boolean}, {@link Integer}, {@link Long} bytes, or the
     *     canonical string), or an error naming what WSL says and what it does instead
     */
    public Check check(String value, KeySpec spec, ConfigDialect dialect) {
        Check c = checkValue(value, spec, dialect);
        if (!c.valid() && value.contains(";")) {
            return Check.error(
                    c.error()
                            + ". ';' does not start a comment: it is part of the value; write a comment"
                            + " after # instead ("
                            + spec.name()
                            + "="
                            + value.substring(0, value.indexOf(';')).strip()
                            + " # ...)");
        }
        return c;
    }

    private Check checkValue(String value, KeySpec spec, ConfigDialect dialect) {
        String name = spec.fullName();
        switch (this) {
            case BOOL -> {
                Optional<Boolean> b = CNumbers.parseBool(value);
                return b.<Check>map(Check::ok)
                        .orElseGet(
                                () ->
                                        Check.error(
                                                "Invalid boolean value '"
                                                        + value
                                                        + "' for key '"
                                                        + name
                                                        + "': use true or false (or 1 or 0); WSL keeps the default"));
            }
            case INT -> {
                OptionalInt i = CNumbers.parseInt(value, dialect.longIs32Bits());
                return i.isPresent()
                        ? Check.ok(i.getAsInt())
                        : Check.error(
                                "Invalid integer value '"
                                        + value
                                        + "' for key '"
                                        + name
                                        + "': write a whole number without units (0x for hex; a leading 0"
                                        + " means octal); WSL keeps the default");
            }
            case SIZE -> {
                Optional<Long> bytes = SizeValue.parse(value);
                if (bytes.isPresent()) {
                    return Check.ok(bytes.get());
                }
                String meant =
                        SizeValue.likelyMeant(value)
                                .map(m -> " (did you mean " + m + "?)")
                                .orElse("");
                return Check.error(
                        "Invalid memory string '"
                                + value
                                + "' for key '"
                                + name
                                + "': write a whole number with an upper-case unit and no space, e.g. 8GB or 512MB"
                                + meant
                                + "; WSL keeps the default");
            }
            case ENUM -> {
                List<String> allowed = spec.allowedValues();
                for (String a : allowed) {
                    if (CNumbers.asciiEqualsIgnoreCase(a, value)) {
                        return Check.ok(a);
                    }
                }
                return Check.error(
                        "Invalid value '"
                                + value
                                + "' for config key '"
                                + name
                                + "' (valid values: "
                                + String.join(", ", allowed)
                                + "); WSL keeps the default");
            }
            case IPV4 -> {
                return isIpv4(value)
                        ? Check.ok(value)
                        : Check.error(
                                "Invalid IP value '"
                                        + value
                                        + "' for key '"
                                        + name
                                        + "': write an IPv4 address such as 10.255.255.254; WSL turns DNS tunneling off");
            }
            case PORTS -> {
                List<String> bad = new java.util.ArrayList<>();
                for (String part : value.split(",")) {
                    if (part.isEmpty()) {
                        continue;
                    }
                    OptionalInt port = CNumbers.stoi(part);
                    if (port.isEmpty() || port.getAsInt() <= 0 || port.getAsInt() > 65535) {
                        bad.add("'" + part + "'");
                    }
                }
                if (bad.size() == 1) {
                    return Check.error(
                            "Invalid port "
                                    + bad.get(0)
                                    + " in key '"
                                    + name
                                    + "': each port must be 1-65535, separated by commas; WSL drops it");
                }
                if (!bad.isEmpty()) {
                    return Check.error(
                            "Invalid ports "
                                    + String.join(", ", bad)
                                    + " in key '"
                                    + name
                                    + "': each port must be 1-65535, separated by commas; WSL drops them");
                }
                return Check.ok(value);
            }
            case MAC -> {
                return isMac(value)
                        ? Check.ok(value)
                        : Check.error(
                                "Invalid MAC address '"
                                        + value
                                        + "' for key '"
                                        + name
                                        + "': write six hex pairs such as 00:15:5d:01:02:03; the error ends WSL's reading of the"
                                        + " file, so no setting of it takes effect and the WSL 2 VM does not start");
            }
            default -> {
                return Check.ok(value);
            }
        }
    }

    /**
     * The ports WSL keeps from an {@code ignoredPorts} value: each comma-separated entry read by
     * {@code std::stoi} and kept when 1-65535; empty entries are skipped and a bad entry only
     * warns, the others stay (WslCoreConfig.cpp:36-49, stringshared.h Split). Sorted and without
     * repeats, as WSL's {@code std::set}.
     */
    public static java.util.SortedSet<Integer> goodPorts(String value) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        for (String part : value.split(",")) {
            OptionalInt port = part.isEmpty() ? OptionalInt.empty() : CNumbers.stoi(part);
            if (port.isPresent() && port.getAsInt() > 0 && port.getAsInt() <= 65535) {
                out.add(port.getAsInt());
            }
        }
        return out;
    }

    static boolean isIpv4(String v) {
        String[] parts = v.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            // inet_pton (WslCoreConfig.cpp:56) takes dotted decimal only: no leading zero
            // (10.0.0.01), which other parsers would read as octal.
            if (p.isEmpty()
                    || p.length() > 3
                    || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(p) > 255
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMac(String v) {
        if (v.length() != 17) {
            return false;
        }
        char sep = v.charAt(2);
        if (sep != ':' && sep != '-') {
            return false;
        }
        for (int octet = 0; octet < 6; octet++) {
            int i = octet * 3;
            if (Character.digit(v.charAt(i), 16) < 0
                    || Character.digit(v.charAt(i + 1), 16) < 0
                    || v.charAt(i) > 127
                    || v.charAt(i + 1) > 127) {
                return false;
            }
            if (octet < 5 && v.charAt(i + 2) != sep) {
                return false;
            }
        }
        return true;
    }

    /** Outcome of a value check: a parsed value, or the error WSL reports. */
    public record Check(Object parsed, String error) {
        static Check ok(Object parsed) {
            return new Check(parsed, null);
        }

        static Check error(String message) {
            return new Check(null, message);
        }

        public boolean valid() {
            return error == null;
        }
    }
}
