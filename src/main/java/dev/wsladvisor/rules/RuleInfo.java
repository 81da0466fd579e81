package dev.wsladvisor.rules;

import java.util.Map;

/** A rule as the catalogue shows it: its id, name, file and metadata. */
public final class RuleInfo {

    private final String id;
    private final String name;
    private final String file;
    private final Map<String, Object> metadata;

    RuleInfo(String id, String name, String file, Map<String, Object> metadata) {
        this.id = id;
        this.name = name;
        this.file = file;
        this.metadata = Map.copyOf(metadata);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** {@code rules/needs.drl} for built-in rules, the person's path for their own. */
    public String file() {
        return file;
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    /** A metadata value as text, or null. */
    public String meta(String key) {
        Object v = metadata.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
