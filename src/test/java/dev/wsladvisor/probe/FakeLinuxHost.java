package dev.wsladvisor.probe;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A Linux machine made of a few files and variables, to play a WSL distribution in tests. */
final class FakeLinuxHost implements LinuxHost {
    private final Map<String, byte[]> files = new HashMap<>();
    private final Set<String> dirs = new HashSet<>();
    private final Map<String, String> env = new HashMap<>();

    FakeLinuxHost file(String path, String content) {
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    FakeLinuxHost dir(String path) {
        dirs.add(path);
        return this;
    }

    FakeLinuxHost env(String name, String value) {
        env.put(name, value);
        return this;
    }

    @Override
    public byte[] read(String path) {
        return files.get(path);
    }

    @Override
    public boolean exists(String path) {
        return files.containsKey(path) || dirs.contains(path);
    }

    @Override
    public Map<String, String> environment() {
        return env;
    }
}
