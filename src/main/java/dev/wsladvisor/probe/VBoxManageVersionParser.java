package dev.wsladvisor.probe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code VBoxManage --version}: {@code 7.0.14r161095}, sometimes {@code 4.1.8_OSEr1234} or
 * {@code 6.1.x_MacPortsr1234}, and sometimes after warnings about kernel modules or the host; so
 * the last line that starts with a version wins.
 */
public final class VBoxManageVersionParser {
    private static final Pattern VERSION =
            Pattern.compile("^(\\d+\\.\\d+\\.\\d+)(?:_[A-Za-z]+)?(?:r\\d+)?\\s*$");

    private VBoxManageVersionParser() {}

    public static void parse(SourceText source, ProbeResult out) {
        List<String> lines = source.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = VERSION.matcher(lines.get(i).strip());
            if (m.matches()) {
                out.fill("host.software.virtualBox.version", m.group(1), source.at(i + 1));
                return;
            }
        }
        out.warn(
                source.at(source.firstTextLine())
                        + ": no line like '7.0.14r161095', so the VirtualBox version is unknown; capture it again with "
                        + "'VBoxManage --version > vboxmanage-version.txt'");
    }
}
