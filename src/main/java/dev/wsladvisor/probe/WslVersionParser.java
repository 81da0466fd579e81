package dev.wsladvisor.probe;

import dev.wsladvisor.text.Visible;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code wsl --version}. The Store WSL prints one {@code label: version} line per component
 * (WSL, kernel, WSLg, MSRDC, Direct3D, DXCore, Windows; some releases leave out MSRDC or add lines)
 * whose labels are translated ({@code Versión de WSL:}, {@code WSL バージョン:}, {@code 内核版本:}), so
 * labels are never read: the package version is the first line and the kernel the second (the two
 * every release prints first), and the Windows version is found by its shape wherever it is, the
 * last line whose value is exactly {@code 10.0.<build>.<revision>} (DXCore's {@code
 * 10.0.26100.1-240331-1435...} has a suffix and is not it). The inbox WSL of older builds knows no
 * {@code --version} and prints an error and its help text.
 */
public final class WslVersionParser {
    // (?<![\\d.]): a version starts where a number starts, which keeps the search linear on a line
    // of digits.
    private static final Pattern PACKAGE =
            Pattern.compile("(?<![\\d.])(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern KERNEL =
            Pattern.compile("(?<![\\d.])(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?(?:-[0-9A-Za-z.]+)?)\\s*$");

    /**
     * The whole value: after the start, a space or a colon, and nothing after it (DXCore's suffix
     * rules it out).
     */
    private static final Pattern WINDOWS =
            Pattern.compile("(?:^|[\\s:：])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4,5})\\.(\\d+)$");

    private WslVersionParser() {}

    public static void parse(SourceText source, ProbeResult out) {
        List<String> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> all = source.lines();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                lines.add(all.get(i).strip());
                lineNumbers.add(i + 1);
            }
        }
        if (lines.isEmpty()) {
            out.warn(source.whole() + ": empty; expected the output of wsl --version");
            return;
        }
        Matcher pkg = PACKAGE.matcher(lines.get(0));
        // Only a 'label: version' line is the package line: a version at the end of any sentence is
        // not.
        if (OutputRecognizer.VERSION_VALUE.matcher(lines.get(0)).matches() && pkg.find()) {
            out.fill("host.wsl.installed", true, source.at(lineNumbers.get(0)));
            out.fill("host.wsl.packageVersion", pkg.group(1), source.at(lineNumbers.get(0)));
            if (lines.size() >= 2) {
                Matcher kernel = KERNEL.matcher(lines.get(1));
                if (kernel.find()) {
                    out.fill(
                            "host.wsl.kernelVersion",
                            kernel.group(1),
                            source.at(lineNumbers.get(1)));
                } else {
                    out.warn(
                            source.at(lineNumbers.get(1))
                                    + ": expected the kernel version (second line of wsl --version), found '"
                                    + shorten(lines.get(1))
                                    + "'");
                }
            }
            readWindowsLine(source, lines, lineNumbers, out);
            return;
        }
        if (lines.get(0).startsWith("Windows Subsystem for Linux is not installed")) {
            out.fill("host.wsl.installed", false, source.at(lineNumbers.get(0)));
            return;
        }
        if (WslHelpText.isHelpOrUnknownOption(source.text(), "--version")
                || WslHelpText.isHelpOrUnknownOption(source.text(), "-v")) {
            out.fill("host.wsl.installed", true, source.at(lineNumbers.get(0)));
            out.note(
                    "wsl --version printed help or an error instead of versions ("
                            + source.whole()
                            + "): this is the inbox WSL, not the Store package; 'wsl --update' moves it to the Store WSL.");
            return;
        }
        out.warn(
                source.at(lineNumbers.get(0))
                        + ": does not look like the output of wsl --version (no version on the first line: '"
                        + shorten(lines.get(0))
                        + "'); capture it again with 'wsl --version > wsl-version.txt'");
    }

    /**
     * The Windows version by its shape, wherever it is; its absence is a warning, since the build
     * is the fact most needed.
     */
    private static void readWindowsLine(
            SourceText source, List<String> lines, List<Integer> lineNumbers, ProbeResult out) {
        for (int i = lines.size() - 1; i >= 1; i--) {
            Matcher windows = WINDOWS.matcher(lines.get(i));
            if (windows.find()) {
                out.fill(
                        "host.os.build",
                        Ints.parse(windows.group(3)),
                        source.at(lineNumbers.get(i)));
                out.fill(
                        "host.os.revision",
                        Ints.parse(windows.group(4)),
                        source.at(lineNumbers.get(i)));
                return;
            }
        }
        int last = lines.size() - 1;
        out.warn(
                source.at(lineNumbers.get(last))
                        + ": expected a line with the Windows version (the last line of wsl --version, "
                        + "like 'Windows version: 10.0.19045.3393'), but the output ends with '"
                        + shorten(lines.get(last))
                        + "' (cut short?), so the Windows build is unknown; capture it again with 'wsl --version > wsl-version.txt'");
    }

    /** At most 80 characters of captured text to quote, control characters shown as escapes. */
    static String shorten(String text) {
        String visible = Visible.escape(text);
        return visible.length() <= 80 ? visible : visible.substring(0, 77) + "...";
    }
}
