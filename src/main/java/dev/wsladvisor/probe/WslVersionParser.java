package dev.wsladvisor.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code wsl --version}. The Store WSL prints seven lines in a fixed order (WSL, kernel, WSLg, MSRDC,
 * Direct3D, DXCore, Windows) whose labels are translated ({@code Versión de WSL:}, {@code WSL バージョン:},
 * {@code 内核版本:}), so values are taken by line position and checked against version patterns; labels are
 * never read. The inbox WSL of older builds knows no {@code --version} and prints an error and its help text.
 */
public final class WslVersionParser {
    private static final Pattern PACKAGE = Pattern.compile("(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern KERNEL = Pattern.compile("(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?(?:-[0-9A-Za-z.]+)?)\\s*$");
    private static final Pattern WINDOWS = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d{4,5})\\.(\\d+)\\s*$");

    private WslVersionParser() {
    }

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
        if (pkg.find()) {
            out.fill("host.wsl.installed", true, source.at(lineNumbers.get(0)));
            out.fill("host.wsl.packageVersion", pkg.group(1), source.at(lineNumbers.get(0)));
            Matcher kernel = lines.size() >= 2 ? KERNEL.matcher(lines.get(1)) : null;
            if (kernel == null) {
                return;
            }
            if (kernel.find()) {
                out.fill("host.wsl.kernelVersion", kernel.group(1), source.at(lineNumbers.get(1)));
            } else {
                out.warn(source.at(lineNumbers.get(1)) + ": expected the kernel version (second line of wsl --version), found '"
                        + lines.get(1) + "'");
            }
            if (lines.size() >= 7) {
                readWindowsLine(source, lines.get(6), lineNumbers.get(6), out);
            }
            return;
        }
        if (source.text().contains("is not installed")) {
            out.fill("host.wsl.installed", false, source.at(lineNumbers.get(0)));
            return;
        }
        if (WslHelpText.isHelpOrUnknownOption(source.text(), "--version")) {
            out.fill("host.wsl.installed", true, source.at(lineNumbers.get(0)));
            out.note("wsl --version printed help or an error instead of versions (" + source.whole()
                    + "): this is the inbox WSL, not the Store package; 'wsl --update' moves it to the Store WSL.");
            return;
        }
        out.warn(source.at(lineNumbers.get(0)) + ": does not look like the output of wsl --version (no version on the first line: '"
                + shorten(lines.get(0)) + "'); capture it again with 'wsl --version > wsl-version.txt'");
    }

    private static void readWindowsLine(SourceText source, String line, int number, ProbeResult out) {
        Matcher windows = WINDOWS.matcher(line);
        if (!windows.find()) {
            out.warn(source.at(number) + ": expected the Windows version (seventh line of wsl --version, like 10.0.19045.3393), found '"
                    + shorten(line) + "'");
            return;
        }
        out.fill("host.os.build", Ints.parse(windows.group(3)), source.at(number));
        out.fill("host.os.revision", Ints.parse(windows.group(4)), source.at(number));
    }

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
