package dev.wsladvisor.usecase;

import dev.wsladvisor.probe.HostProbe;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * The machine the tool runs on, as far as a command needs it: the operating system's name, the
 * processors, how Java names files ({@code sun.jnu.encoding}), the code page a terminal types in,
 * and the probe that finds this PC's host facts. Read once from the real system by {@code
 * cli.Main}; tests make their own.
 *
 * @param fileNameEncoding empty when Java does not say
 */
public record Platform(
        String osName,
        int processors,
        String fileNameEncoding,
        Charset terminalCharset,
        Supplier<HostProbe> hostProbe) {

    public Platform {
        osName = osName == null ? "" : osName;
        fileNameEncoding = fileNameEncoding == null ? "" : fileNameEncoding;
    }

    public boolean onWindows() {
        return osName.startsWith("Windows");
    }
}
