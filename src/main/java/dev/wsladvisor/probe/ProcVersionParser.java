package dev.wsladvisor.probe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /proc/version}: {@code Linux version <release> (<builder>) ...}. */
public final class ProcVersionParser {
    private static final Pattern RELEASE = Pattern.compile("^Linux version (\\S+)");

    private ProcVersionParser() {
    }

    public static void parse(SourceText source, ProbeResult out) {
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = RELEASE.matcher(line);
            if (!m.find()) {
                out.warn(source.at(i + 1) + ": expected 'Linux version <release> ...', found '" + WslVersionParser.shorten(line)
                        + "'; capture it again with 'cat /proc/version > proc-version.txt'");
                return;
            }
            KernelRelease.of(m.group(1)).fill(source.at(i + 1), out);
            return;
        }
        out.warn(source.whole() + ": empty; expected the contents of /proc/version");
    }
}
