package dev.wsladvisor.probe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code ver} ({@code cmd /c ver}), which is also the banner cmd.exe prints when it starts:
 * {@code Microsoft Windows [Version 10.0.19045.3803]}. The word "Version" is translated ({@code
 * [versión ...]}, {@code [版本 ...]}), the brackets and the number are not.
 */
public final class VerParser {
    /**
     * Also after a label, as issue templates ask for it: {@code Your Windows build number:
     * Microsoft Windows [Version ...]}.
     */
    private static final Pattern VER =
            Pattern.compile(
                    "^(?:[^\\[\\]]{0,80}?[:]\\s*)?Microsoft Windows \\[[^\\]\\d]{0,40}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4,5})(?:\\.(\\d{1,6}))?\\]$");

    private VerParser() {}

    /** Whether {@code line} (stripped) is the ver line. */
    static boolean isVerLine(String line) {
        return line.contains("Microsoft Windows [") && VER.matcher(line).matches();
    }

    public static void parse(SourceText source, ProbeResult out) {
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = VER.matcher(lines.get(i).strip());
            if (m.matches()) {
                out.fill("host.os.build", Ints.parse(m.group(3)), source.at(i + 1));
                if (m.group(4) != null) {
                    out.fill("host.os.revision", Ints.parse(m.group(4)), source.at(i + 1));
                }
                return;
            }
        }
        out.warn(
                source.at(source.firstTextLine())
                        + ": expected a line like 'Microsoft Windows [Version 10.0.19045.3803]', found '"
                        + WslVersionParser.shorten(source.firstText())
                        + "'; capture it again with 'cmd /c ver > ver.txt'");
    }
}
