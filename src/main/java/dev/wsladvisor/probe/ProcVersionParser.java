package dev.wsladvisor.probe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /proc/version}: {@code Linux version <release> (<builder>) ...}. */
public final class ProcVersionParser {
    private static final Pattern RELEASE = Pattern.compile("^Linux version (\\S+)");

    private ProcVersionParser() {}

    /** The release in a {@code /proc/version} line, or "" when the line is not one. */
    static String release(String line) {
        Matcher m = RELEASE.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    public static void parse(SourceText source, ProbeResult out) {
        String line = source.firstText();
        String at = source.at(source.firstTextLine());
        if (line.isEmpty()) {
            out.warn(source.whole() + ": empty; expected the contents of /proc/version");
        } else if (release(line).isEmpty()) {
            out.warn(
                    at
                            + ": expected 'Linux version <release> ...', found '"
                            + WslVersionParser.shorten(line)
                            + "'; capture it again with 'cat /proc/version > proc-version.txt'");
        } else {
            KernelRelease.of(release(line)).fill(at, out);
        }
    }
}
