package dev.wsladvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/**
 * The project version, written into {@code wsladvisor/version.txt} by the build (Maven resource
 * filtering).
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"wsl-advisor " + version()};
    }

    static String version() {
        try (InputStream in =
                VersionProvider.class.getResourceAsStream("/wsladvisor/version.txt")) {
            String v =
                    in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            // Unfiltered (run from an IDE that copies resources as they are): say so rather than
            // print a placeholder.
            return v.isEmpty() || v.startsWith("${") ? "(development build)" : v;
        } catch (IOException e) {
            return "(development build)";
        }
    }
}
