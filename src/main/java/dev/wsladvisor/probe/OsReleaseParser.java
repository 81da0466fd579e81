package dev.wsladvisor.probe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code /etc/os-release}. The contract has no field for the distribution's own release, so it
 * becomes a note (the WSL distribution name is a different thing and comes from {@code wsl -l -v}).
 */
public final class OsReleaseParser {
    private OsReleaseParser() {
    }

    /** The {@code KEY=value} pairs, unquoted; lines that are not pairs are skipped, as os-release(5) allows comments. */
    public static Map<String, String> read(SourceText source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : source.lines()) {
            String l = line.strip();
            int eq = l.indexOf('=');
            if (l.startsWith("#") || eq <= 0) {
                continue;
            }
            String value = l.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
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
            out.warn(source.at(source.firstTextLine()) + ": no PRETTY_NAME or NAME line, so this is not /etc/os-release; capture it again with "
                    + "'cat /etc/os-release > os-release.txt'");
            return;
        }
        String version = values.get("VERSION_ID");
        out.note(source.whole() + ": the distribution is " + name
                + (version != null && !name.contains(version) ? " (VERSION_ID " + version + ")" : "") + ".");
    }
}
