package dev.wsladvisor.wslconfig.keys;

import dev.wsladvisor.wslconfig.text.CNumbers;
import java.util.Optional;

/**
 * A memory or disk size as WSL's {@code ParseMemorySize} (src/shared/inc/stringshared.h) reads it:
 * a base-10 number ({@code strtoull}, so leading white space and a sign are taken), then nothing or
 * one of {@code B K KB M MB G GB T TB}, upper case only, powers of 1024. No decimals, no spaces
 * before the unit, no percent. Arithmetic is unsigned 64-bit and wraps, as in C.
 */
public final class SizeValue {

    public static final long KB = 1L << 10;
    public static final long MB = 1L << 20;
    public static final long GB = 1L << 30;
    public static final long TB = 1L << 40;

    private SizeValue() {}

    /** Bytes (unsigned), or empty when WSL would warn "Invalid memory string". */
    public static Optional<Long> parse(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && CNumbers.isCSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            int d = s.charAt(i) - '0';
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, 10)) > 0) {
                overflow = true;
            }
            value = value * 10 + d;
            i++;
        }
        int end = i;
        if (i == digitsStart) {
            end = 0; // strtoull sets End to the start of the string when it finds no digits
            value = 0;
        } else if (overflow) {
            value = -1L; // ULLONG_MAX; strtoull reports ERANGE, which WSL does not check
        } else if (negative) {
            value = -value;
        }
        if (value == 0 && (s.isEmpty() || s.charAt(0) != '0' || end != 1)) {
            return Optional.empty();
        }
        String rest = s.substring(end);
        if (rest.isEmpty()) {
            return Optional.of(value);
        }
        if (rest.length() > 2) {
            return Optional.empty();
        }
        long factor =
                switch (rest) {
                    case "B" -> 1L;
                    case "K", "KB" -> KB;
                    case "M", "MB" -> MB;
                    case "G", "GB" -> GB;
                    case "T", "TB" -> TB;
                    default -> 0L;
                };
        return factor == 0 ? Optional.empty() : Optional.of(value * factor);
    }

    /** The shortest exact spelling WSL accepts: {@code 8GB}, {@code 1536MB}, {@code 0}. */
    public static String format(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        if (bytes % TB == 0) {
            return Long.toUnsignedString(bytes / TB) + "TB";
        }
        if (bytes % GB == 0) {
            return (bytes / GB) + "GB";
        }
        if (bytes % MB == 0) {
            return (bytes / MB) + "MB";
        }
        if (bytes % KB == 0) {
            return (bytes / KB) + "KB";
        }
        return Long.toUnsignedString(bytes);
    }

    /**
     * What the person most likely meant, for a value WSL rejects ({@code 8gb}, {@code 4 GB}, {@code
     * 1.5GB}), or empty when there is no sensible reading ({@code 50%}).
     */
    public static Optional<String> likelyMeant(String s) {
        String t = s.trim().replace(" ", "");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)([kmgt]i?b?|b)?").matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toUpperCase().replace("I", "");
        long factor =
                switch (unit.isEmpty() ? "" : unit.substring(0, 1)) {
                    case "K" -> KB;
                    case "M" -> MB;
                    case "G" -> GB;
                    case "T" -> TB;
                    default -> 1L;
                };
        double bytes = number * factor;
        if (bytes <= 0 || bytes > 64 * TB || bytes != Math.floor(bytes)) {
            return Optional.empty();
        }
        String formatted = format((long) bytes);
        return formatted.equals(s) ? Optional.empty() : Optional.of(formatted);
    }
}
