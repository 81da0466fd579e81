package dev.wsladvisor.probe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code vmware --version} ({@code VMware Workstation 17.5.2 build-23775571}) or the bare
 * {@code ProductVersion} from the registry ({@code 17.5.2.23775571} or {@code 17.5.2
 * build-23775571}).
 */
public final class VmwareVersionParser {
    /**
     * The product is a few words ("Workstation", "Workstation Pro"): bounded, so a long line costs
     * linear time.
     */
    private static final Pattern NAMED =
            Pattern.compile(
                    "VMware\\s+(\\S+(?:\\s+\\S+){0,3}?)\\s+(\\d+(?:\\.\\d+){0,2})(?:\\.\\d+)?(?:\\s+build-\\d+)?\\s*$");

    /**
     * The registry's ProductVersion: three parts at least ({@code 17.5.2}, {@code
     * 17.5.2.23775571}), so that a lone number is not taken.
     */
    private static final Pattern BARE =
            Pattern.compile("^(\\d+\\.\\d+\\.\\d+)(?:\\.\\d+)?(?:\\s+build-\\d+)?\\s*$");

    private VmwareVersionParser() {}

    public static void parse(SourceText source, ProbeResult out) {
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher named = NAMED.matcher(line);
            if (named.find()) {
                out.fill("host.software.vmware.product", named.group(1), source.at(i + 1));
                out.fill("host.software.vmware.version", named.group(2), source.at(i + 1));
                return;
            }
            Matcher bare = BARE.matcher(line);
            if (bare.matches()) {
                out.fill("host.software.vmware.version", bare.group(1), source.at(i + 1));
                return;
            }
        }
        out.warn(
                source.at(source.firstTextLine())
                        + ": no line like 'VMware Workstation 17.5.2 build-23775571', so the VMware version is unknown"
                        + (source.file()
                                ? "; capture it again with 'vmware --version > vmware-version.txt', or save the ProductVersion "
                                        + "of HKLM\\SOFTWARE\\WOW6432Node\\VMware, Inc.\\VMware Workstation in it"
                                : ""));
    }
}
