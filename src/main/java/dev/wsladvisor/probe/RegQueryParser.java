package dev.wsladvisor.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code reg.exe query KEY [/v NAME]}: value lines are {@code <4 spaces>Name<4
 * spaces>REG_TYPE<4 spaces>data} in every display language. DWORDs come as {@code 0x...} and are
 * returned in decimal.
 */
public final class RegQueryParser {
    private static final Pattern VALUE =
            Pattern.compile("^\\s+(\\S.*?)\\s{4}(REG_[A-Z_]+)(?:\\s{4}(.*))?$");

    private RegQueryParser() {}

    /** Value name to data, with the 1-based line each came from in {@code lines}. */
    public static Map<String, String> values(SourceText source, Map<String, Integer> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        var all = source.lines();
        for (int i = 0; i < all.size(); i++) {
            Matcher m = VALUE.matcher(all.get(i));
            if (!m.matches()) {
                continue;
            }
            String data = m.group(3) == null ? "" : m.group(3).strip();
            if (m.group(2).equals("REG_DWORD") && data.startsWith("0x")) {
                try {
                    data = Long.toString(Long.parseLong(data.substring(2), 16));
                } catch (NumberFormatException e) {
                    continue;
                }
            }
            values.put(m.group(1), data);
            lines.put(m.group(1), i + 1);
        }
        return values;
    }
}
