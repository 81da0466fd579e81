package dev.wsladvisor.probe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code wsl --update}, often pasted where {@code wsl --version} or {@code --status} was
 * asked for. It proves that a WSL answered (installed); the inbox WSL's update of the kernel ends
 * with the kernel version it registered ({@code Kernel version: 5.10.102.1}). The version a Store
 * update moves to is what WSL will be after it, not what ran before, so it is only noted. English
 * only: translated lines are skipped.
 */
public final class WslUpdateParser {
    private static final Pattern KERNEL =
            Pattern.compile("^Kernel version:\\s*(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?)$");
    private static final Pattern UPDATING =
            Pattern.compile(
                    "^Updating Windows Subsystem for Linux to version:?\\s*(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?)");
    private static final Pattern CURRENT =
            Pattern.compile(
                    "(?:already installed|No updates are available|Checking for updates|Installing|Downloading)",
                    Pattern.CASE_INSENSITIVE);

    private WslUpdateParser() {}

    public static void parse(SourceText source, ProbeResult out) {
        List<String> lines = source.lines();
        boolean understood = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher kernel = KERNEL.matcher(line);
            Matcher updating = UPDATING.matcher(line);
            if (kernel.matches()) {
                if (!out.has("host.wsl.kernelVersion")
                        && out.fill("host.wsl.kernelVersion", kernel.group(1), source.at(i + 1))) {
                    out.note(
                            source.at(i + 1)
                                    + ": the kernel version that wsl --update registered; uname -r inside a distribution shows the running one.");
                }
                understood = true;
            } else if (updating.find()) {
                out.note(
                        source.at(i + 1)
                                + ": wsl --update was moving WSL to "
                                + updating.group(1)
                                + "; run 'wsl --version' after it to know the version now installed.");
                understood = true;
            } else if (CURRENT.matcher(line).find()) {
                understood = true;
            }
        }
        if (understood) {
            out.fill(
                    "host.wsl.installed",
                    true,
                    source.at(source.firstTextLine()) + " (wsl --update answered)");
        } else {
            out.warn(
                    source.at(source.firstTextLine())
                            + ": does not look like the output of wsl --update (read in English only), found '"
                            + WslVersionParser.shorten(source.firstText())
                            + "'");
        }
    }
}
