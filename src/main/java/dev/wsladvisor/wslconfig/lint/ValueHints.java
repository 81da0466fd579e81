package dev.wsladvisor.wslconfig.lint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value was most likely meant to be, in the words a lint finding's fix uses: sizes and
 * Windows paths.
 */
final class ValueHints {

    private static final Pattern MNT_PATH = Pattern.compile("/mnt/([A-Za-z])(/.*)?");

    private ValueHints() {}

    /**
     * What a too-small size most likely meant: a bare number read as GB (or as MB from 256 on),
     * else a real size.
     */
    static String smallSize(String key, String value) {
        String v = value.strip();
        if (v.matches("[0-9]+")) {
            long n = Long.parseLong(v);
            return n >= 256
                    ? "a bare number is bytes: write "
                            + key
                            + "="
                            + n
                            + "MB or "
                            + key
                            + "="
                            + Math.max(1, n / 1024)
                            + "GB"
                    : "a bare number is bytes: write " + key + "=" + n + "GB";
        }
        return "write at least " + key + "=256MB; most workloads want " + key + "=4GB or more";
    }

    /** No drive letter and not a UNC path, such as /home/me/bzImage or swap.vhdx. */
    static boolean isNotAbsoluteWindowsPath(String value) {
        return !value.isEmpty() && !value.matches("(?s)[A-Za-z]:.*") && !value.startsWith("\\\\");
    }

    /**
     * A Windows spelling for a /mnt/c/... value ({@code C:\\Users\\me\\bzImage}, escaped for the
     * file), or null.
     */
    static String windowsPathFromMnt(String value) {
        Matcher m = MNT_PATH.matcher(value);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(2) == null ? "\\" : m.group(2).replace("/", "\\");
        return (m.group(1).toUpperCase(Locale.ROOT) + ":" + rest).replace("\\", "\\\\");
    }

    /** The raw value with every backslash doubled: how a Windows path must be written. */
    static String doubledBackslashes(String rawValue) {
        return rawValue.replace("\\\\", "\u0000").replace("\\", "\\\\").replace("\u0000", "\\\\");
    }
}
