package dev.wsladvisor.probe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code wsl --status}. The Store WSL prints the default distribution, then the default version; the
 * older inbox WSL also printed when it was last updated, whether automatic updates are on, and a kernel
 * version (which came from the registry, not from the running kernel: microsoft/WSL#5868). Every label is
 * translated, so lines are recognised by shape: {@code label: 2} is the default version,
 * {@code label: 5.10.102.1} the kernel version, and the first {@code label: name} the default distribution.
 */
public final class WslStatusParser {
    /** ':' or the full-width '：' used in Chinese and Japanese. */
    private static final Pattern LABELLED = Pattern.compile("^([^:：]{1,80})[:：]\\s*(.+?)\\s*$");
    private static final Pattern DEFAULT_VERSION = Pattern.compile("^[12]$");
    private static final Pattern KERNEL = Pattern.compile("^(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?(?:-[0-9A-Za-z.]+)?)$");
    /** Distribution names are letters, digits, '.', '_' and '-'. */
    private static final Pattern DISTRO_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");

    private WslStatusParser() {
    }

    public static void parse(SourceText source, ProbeResult out) {
        if (WslHelpText.isHelpOrUnknownOption(source.text(), "--status")) {
            out.fill("host.wsl.installed", true, source.at(source.firstTextLine()));
            out.note("wsl --status printed help or an error instead of the status (" + source.whole()
                    + "): this is an old inbox WSL that does not know --status.");
            return;
        }
        List<String> lines = source.lines();
        boolean understood = false;
        String defaultDistro = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher m = LABELLED.matcher(line);
            if (!m.matches()) {
                understood |= readMessage(line, source.at(i + 1), out);
                continue;
            }
            String value = m.group(2);
            if (DEFAULT_VERSION.matcher(value).matches()) {
                out.fill("host.wsl.defaultVersion", Integer.parseInt(value), source.at(i + 1));
                out.fill("host.wsl.installed", true, source.at(i + 1));
                understood = true;
            } else if (KERNEL.matcher(value).matches()) {
                if (out.fill("host.wsl.kernelVersion", value, source.at(i + 1))) {
                    out.note("host.wsl.kernelVersion from wsl --status is the kernel the WSL installer registered, which "
                            + "may differ from the running one (uname -r shows that).");
                }
                understood = true;
            } else if (defaultDistro == null && DISTRO_NAME.matcher(value).matches() && !value.startsWith("http")) {
                defaultDistro = value;
                DefaultDistribution.record(value, source.at(i + 1), out);
                out.fill("host.wsl.installed", true, source.at(i + 1));
                understood = true;
            }
        }
        if (!understood) {
            out.warn(source.at(source.firstTextLine()) + ": does not look like the output of wsl --status (no default version, "
                    + "distribution or kernel version found); capture it again with 'wsl --status > wsl-status.txt'");
        }
    }

    /** The English messages only; in other languages these lines are skipped (see docs/probe.md). */
    private static boolean readMessage(String line, String where, ProbeResult out) {
        if (line.contains("WSL1 is not supported")) {
            out.note(where + ": WSL says WSL1 is not supported: the 'Windows Subsystem for Linux' optional component is off.");
            return true;
        }
        if (line.contains("Virtual Machine Platform") && line.contains("enable")) {
            out.note(where + ": WSL asks to enable the 'Virtual Machine Platform' component and firmware virtualization.");
            return true;
        }
        return false;
    }
}
