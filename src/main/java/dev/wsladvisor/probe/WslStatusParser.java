package dev.wsladvisor.probe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code wsl --status}. The Store WSL prints the default distribution, then the default
 * version; WSL 1.0 went on with the lines of {@code wsl --version}; the older inbox WSL printed
 * when it was last updated, whether automatic updates are on, and a kernel version (which came from
 * the registry, not from the running kernel: microsoft/WSL#5868). Every label is translated, so
 * lines are recognised by shape and place: {@code label: 1|2} is the default version, the {@code
 * label: name} line next to it the default distribution, and a lone {@code label: 5.10.102.1} the
 * kernel. Without a default-version line or one of the inbox WSL's sentences, the text is not this
 * output and nothing is read from it.
 */
public final class WslStatusParser {
    /** ':' or the full-width '：' used in Chinese and Japanese. */
    private static final Pattern LABELLED = Pattern.compile("^([^:：]{1,80})[:：]\\s*(.*\\S)\\s*$");

    private static final Pattern DEFAULT_VERSION = Pattern.compile("^[12]$");
    private static final Pattern KERNEL =
            Pattern.compile("^(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?(?:-[0-9A-Za-z.]+)?)$");

    /** Distribution names are letters, digits, '.', '_' and '-'. */
    private static final Pattern DISTRO_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");

    private static final Pattern INBOX_SENTENCE =
            Pattern.compile(
                    "^(?:Windows Subsystem for Linux was last updated on|WSL automatic updates are|"
                            + "The Windows Subsystem for Linux kernel can be manually updated).*");

    private WslStatusParser() {}

    public static void parse(SourceText source, ProbeResult out) {
        if (WslHelpText.isHelpOrUnknownOption(source.text(), "--status")) {
            out.fill("host.wsl.installed", true, source.at(source.firstTextLine()));
            out.note(
                    "wsl --status printed help or an error instead of the status ("
                            + source.whole()
                            + "): this is an old inbox WSL that does not know --status.");
            return;
        }
        List<String> lines = source.lines();
        boolean[] versionBlock = versionBlock(source, lines, out);
        int defaultLine = -1;
        boolean understood = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LABELLED.matcher(lines.get(i).strip());
            if (!versionBlock[i] && m.matches() && DEFAULT_VERSION.matcher(m.group(2)).matches()) {
                if (defaultLine < 0 && leadsTheOutput(lines, i)) {
                    defaultLine = i;
                    out.fill(
                            "host.wsl.defaultVersion",
                            Integer.parseInt(m.group(2)),
                            source.at(i + 1));
                    out.fill("host.wsl.installed", true, source.at(i + 1));
                }
                understood = true;
            } else if (!versionBlock[i]) {
                understood |= readMessage(lines.get(i).strip(), source.at(i + 1), out);
            }
        }
        if (defaultLine >= 0) {
            readDefaultDistribution(source, lines, defaultLine, out);
        }
        boolean inbox =
                lines.stream()
                        .anyMatch(
                                l ->
                                        INBOX_SENTENCE.matcher(l.strip()).matches()
                                                || l.strip().startsWith("Kernel version:"));
        if (defaultLine < 0 && inbox) {
            out.fill(
                    "host.wsl.installed",
                    true,
                    source.at(source.firstTextLine()) + " (wsl --status answered)");
        }
        if (defaultLine >= 0 || inbox) {
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LABELLED.matcher(lines.get(i).strip());
                // Weak: the registered kernel never replaces one known from wsl --version or uname
                // -r, even from a later block. Without the default-version line, only the English
                // label says which line is the kernel's.
                boolean kernelLine =
                        defaultLine >= 0
                                || m.matches() && m.group(1).strip().equals("Kernel version");
                if (!versionBlock[i]
                        && kernelLine
                        && m.matches()
                        && KERNEL.matcher(m.group(2)).matches()
                        && !out.has("host.wsl.kernelVersion")
                        && out.fill("host.wsl.kernelVersion", m.group(2), source.at(i + 1))) {
                    out.note(
                            "host.wsl.kernelVersion from wsl --status is the kernel the WSL installer registered, which "
                                    + "may differ from the running one (uname -r shows that).");
                }
            }
            understood = true;
        }
        for (boolean b : versionBlock) {
            understood |= b;
        }
        if (!understood) {
            out.warn(
                    source.at(source.firstTextLine())
                            + ": does not look like the output of wsl --status (no 'label: 1' or 'label: 2' "
                            + "line for the default version), so nothing was read from it; capture it again with 'wsl --status > wsl-status.txt'");
        }
    }

    /**
     * The default version is one of the first two lines of the output, and those lines are both
     * {@code label: value} (the default distribution and the default version, in either order): the
     * shape of every wsl --status there is.
     */
    private static boolean leadsTheOutput(List<String> lines, int line) {
        List<Integer> first = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size() && first.size() < 2; i++) {
            if (!lines.get(i).isBlank()) {
                first.add(i);
            } else if (!first.isEmpty()) {
                break;
            }
        }
        return first.contains(line)
                && first.stream().allMatch(i -> LABELLED.matcher(lines.get(i).strip()).matches());
    }

    /**
     * The default distribution: the {@code label: name} line just before the default version (or
     * just after, in a reordered copy).
     */
    private static void readDefaultDistribution(
            SourceText source, List<String> lines, int defaultLine, ProbeResult out) {
        for (int i : new int[] {defaultLine - 1, defaultLine + 1}) {
            if (i < 0 || i >= lines.size()) {
                continue;
            }
            Matcher m = LABELLED.matcher(lines.get(i).strip());
            if (m.matches()
                    && DISTRO_NAME.matcher(m.group(2)).matches()
                    && !KERNEL.matcher(m.group(2)).matches()
                    && !DEFAULT_VERSION.matcher(m.group(2)).matches()) {
                DefaultDistribution.record(m.group(2), source.at(i + 1), out);
                return;
            }
        }
    }

    /**
     * WSL 1.0's status went on with the seven lines of {@code wsl --version}: three or more {@code
     * label: version} lines in a row are read as that output, not as a kernel line of the status.
     */
    private static boolean[] versionBlock(SourceText source, List<String> lines, ProbeResult out) {
        boolean[] in = new boolean[lines.size()];
        int start = -1;
        int count = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && lines.get(i).isBlank() && start >= 0) {
                // A double-spaced copy puts a blank line between the lines of one output.
                continue;
            }
            boolean version =
                    i < lines.size()
                            && OutputRecognizer.VERSION_VALUE
                                    .matcher(lines.get(i).strip())
                                    .matches();
            if (version && start < 0) {
                start = i;
                count = 1;
            } else if (version) {
                count++;
            } else if (start >= 0) {
                if (count >= 3) {
                    StringBuilder text = new StringBuilder();
                    for (int j = start; j < i; j++) {
                        in[j] = !lines.get(j).isBlank();
                        text.append(lines.get(j)).append('\n');
                    }
                    WslVersionParser.parse(
                            new SourceText(
                                    source.name(),
                                    text.toString(),
                                    source.file(),
                                    source.lineOffset() + start,
                                    source.block()),
                            out);
                }
                start = -1;
            }
        }
        return in;
    }

    /**
     * The English messages only; in other languages these lines are skipped (see docs/probe.md).
     */
    private static boolean readMessage(String line, String where, ProbeResult out) {
        if (line.contains("WSL1 is not supported")) {
            out.note(
                    where
                            + ": WSL says WSL1 is not supported: the 'Windows Subsystem for Linux' optional component is off.");
            return true;
        }
        if (line.contains("Virtual Machine Platform") && line.contains("enable")) {
            out.note(
                    where
                            + ": WSL asks to enable the 'Virtual Machine Platform' component and firmware virtualization.");
            return true;
        }
        return false;
    }
}
