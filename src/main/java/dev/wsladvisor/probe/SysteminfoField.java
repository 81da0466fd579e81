package dev.wsladvisor.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One top-level {@code label: value} line of {@code systeminfo}, with the indented lines that
 * continue it.
 */
record SysteminfoField(
        int line, String key, String value, List<Integer> moreLines, List<String> more) {

    private static final Pattern PADDED = Pattern.compile("^(.+?)[:：]\\s{2,}(.*)$");
    private static final Pattern PLAIN = Pattern.compile("^(.+?)[:：]\\s*(.*)$");

    /** Top-level {@code label: value} lines, each with the indented lines that continue it. */
    static List<SysteminfoField> fields(List<String> lines) {
        List<SysteminfoField> fields = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            boolean continuation = Character.isWhitespace(line.charAt(0));
            if (continuation && !fields.isEmpty()) {
                SysteminfoField last = fields.get(fields.size() - 1);
                last.moreLines().add(i + 1);
                last.more().add(line.strip());
                continue;
            }
            Matcher m = PADDED.matcher(line.strip());
            if (!m.matches()) {
                m = PLAIN.matcher(line.strip());
            }
            if (m.matches()) {
                fields.add(
                        new SysteminfoField(
                                i + 1,
                                m.group(1),
                                m.group(2),
                                new ArrayList<>(),
                                new ArrayList<>()));
            }
        }
        return fields;
    }
}
