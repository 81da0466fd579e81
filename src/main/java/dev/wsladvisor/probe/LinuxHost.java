package dev.wsladvisor.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The parts of a Linux machine the probe looks at, so that tests can stand in for a WSL
 * distribution.
 */
public interface LinuxHost {
    /** The file's bytes, or {@code null} when it is missing or unreadable. */
    byte[] read(String path);

    boolean exists(String path);

    Map<String, String> environment();

    /** This machine, whose environment {@code environment} is (read once, by the caller). */
    static LinuxHost real(Map<String, String> environment) {
        return new LinuxHost() {
            @Override
            public byte[] read(String path) {
                try {
                    return Files.readAllBytes(Path.of(path));
                } catch (IOException | SecurityException e) {
                    return null;
                }
            }

            @Override
            public boolean exists(String path) {
                try {
                    return Files.exists(Path.of(path));
                } catch (SecurityException e) {
                    return false;
                }
            }

            @Override
            public Map<String, String> environment() {
                return environment;
            }
        };
    }
}
