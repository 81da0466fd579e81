package dev.wsladvisor.probe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code /etc/os-release}. The contract has no field for the distribution's own release, so
 * it becomes a note (the WSL distribution name is a different thing and comes from {@code wsl -l
 * -v}).
 */
public final class OsReleaseParser {
    private OsReleaseParser() {}

    /**
     * The {@code KEY=value} pairs, unquoted; lines that are not pairs are skipped, as os-release(5)
     * allows comments.
     */
    public static Map<String, String> read(SourceText source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : source.lines()) {
            String l = line.strip();
            int eq = l.indexOf('=');
            if (l.startsWith("#") || eq <= 0) {
                continue;
            }
            String value = l.substring(eq + 1).strip();
            if (value.length() >= 2
                    && (value.startsWith("\"") && value.endsWith("\"")
                            || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(l.substring(0, eq).strip(), value);
        }
        return values;
    }

    public static void parse(SourceText source, ProbeResult out) {
        Map<String, String> values = read(source);
        String name = values.getOrDefault("PRETTY_NAME", values.get("NAME"));
        if (name == null) {
            out.warn(
                    source.at(source.firstTextLine())
                            + ": no PRETTY_NAME or NAME line, so this is not /etc/os-release; capture it again with "
                            + "'cat /etc/os-release > os-release.txt'");
            return;
        }
        String version = values.get("VERSION_ID");
        String id = values.get("ID");
        if (id != null && id.matches("[a-z0-9._-]{1,64}")) {
            // os-release(5): ID is lower-case letters, digits, '.', '_' and '-'; anything else is
            // not this file's ID.
            out.fill("host.wsl.currentDistribution.osId", id, source.at(lineOf(source, "ID")));
        }
        out.note(
                source.whole()
                        + ": the distribution is "
                        + name
                        + (version != null && !name.contains(version)
                                ? " (VERSION_ID " + version + ")"
                                : "")
                        + ".");
    }

    private static int lineOf(SourceText source, String key) {
        java.util.List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(key + "=")) {
                return i + 1;
            }
        }
        return source.firstTextLine();
    }
}
