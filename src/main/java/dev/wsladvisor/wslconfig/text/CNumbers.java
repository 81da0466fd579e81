package dev.wsladvisor.wslconfig.text;

import java.util.OptionalInt;

/** C library number and character rules that WSL's parsers rely on, reproduced exactly. */
public final class CNumbers {

    private CNumbers() {}

    public static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code strtol(value, &end, 0)} followed by WSL's checks (whole string used, fits in an int).
     * With a 32-bit {@code long} (Windows) an overflowing number saturates to LONG_MAX or LONG_MIN,
     * which then fits; with a 64-bit one (Linux) it does not.
     */
    public static OptionalInt parseInt(String value, boolean longIs32Bits) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        int i = 0;
        int n = value.length();
        while (i < n && isCSpace(value.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            negative = value.charAt(i) == '-';
            i++;
        }
        int base = 10;
        if (i + 1 < n
                && value.charAt(i) == '0'
                && (value.charAt(i + 1) == 'x' || value.charAt(i + 1) == 'X')
                && i + 2 < n
                && Character.digit(value.charAt(i + 2), 16) >= 0
                && value.charAt(i + 2) < 128) {
            base = 16;
            i += 2;
        } else if (i < n && value.charAt(i) == '0') {
            base = 8;
        }
        int digitsStart = i;
        java.math.BigInteger acc = java.math.BigInteger.ZERO;
        while (i < n && value.charAt(i) < 128 && Character.digit(value.charAt(i), base) >= 0) {
            acc =
                    acc.multiply(java.math.BigInteger.valueOf(base))
                            .add(
                                    java.math.BigInteger.valueOf(
                                            Character.digit(value.charAt(i), base)));
            i++;
        }
        if (i == digitsStart || i != n) {
            return OptionalInt.empty();
        }
        if (negative) {
            acc = acc.negate();
        }
        long min = longIs32Bits ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = longIs32Bits ? Integer.MAX_VALUE : Long.MAX_VALUE;
        acc = acc.max(java.math.BigInteger.valueOf(min)).min(java.math.BigInteger.valueOf(max));
        long result = acc.longValue();
        if (result < Integer.MIN_VALUE || result > Integer.MAX_VALUE) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) result);
    }

    /** {@code ParseBool}: "1", "0", or true/false in any ASCII case. */
    public static java.util.Optional<Boolean> parseBool(String value) {
        if (value.equals("1") || asciiEqualsIgnoreCase(value, "true")) {
            return java.util.Optional.of(true);
        }
        if (value.equals("0") || asciiEqualsIgnoreCase(value, "false")) {
            return java.util.Optional.of(false);
        }
        return java.util.Optional.empty();
    }

    /** {@code _stricmp}/{@code strcasecmp} in the C locale: only A-Z fold. */
    public static boolean asciiEqualsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The whole string folded as {@link #asciiEqualsIgnoreCase} compares: A-Z only. */
    public static String asciiLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(asciiLower(s.charAt(i)));
        }
        return out.toString();
    }

    /**
     * {@code std::stoi}: leading space, sign, digits; stops at the first non-digit; fails without
     * digits.
     */
    public static OptionalInt stoi(String s) {
        int i = 0;
        while (i < s.length() && isCSpace(s.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(s.substring(start, i)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty(); // std::out_of_range
        }
    }
}
