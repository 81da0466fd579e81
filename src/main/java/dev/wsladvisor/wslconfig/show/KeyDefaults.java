package dev.wsladvisor.wslconfig.show;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.keys.SizeValue;
import dev.wsladvisor.wslconfig.keys.ValueType;
import dev.wsladvisor.wslconfig.lint.LintEntry;
import dev.wsladvisor.wslconfig.show.EffectiveConfig.Default;
import dev.wsladvisor.wslconfig.show.EffectiveConfig.Host;
import dev.wsladvisor.wslconfig.show.EffectiveConfig.Setting;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The defaults of the keys a file leaves alone: as documented, or worked out for the PC where WSL
 * computes them.
 */
final class KeyDefaults {

    private KeyDefaults() {}

    /** In the key table's order. */
    static Map<String, Default> defaults(
            KeyCatalog catalog, ConfigDialect dialect, Map<String, Setting> settings, Host host) {
        Map<String, Default> out = new LinkedHashMap<>();
        List<KeySpec> keys = new ArrayList<>(catalog.keys(dialect));
        keys.sort(
                Comparator.comparing(KeySpec::section)
                        .thenComparing(KeySpec::name, String.CASE_INSENSITIVE_ORDER));
        for (KeySpec k : keys) {
            if (k.removed() || settingOf(settings, k) != null) {
                continue;
            }
            out.put(k.fullName(), defaultOf(k, settings, host));
        }
        return out;
    }

    private static Setting settingOf(Map<String, Setting> settings, KeySpec k) {
        Setting s = settings.get(k.fullName());
        if (s == null) {
            for (String alias : k.aliases()) {
                s = s != null ? s : settings.get(alias);
            }
        }
        return s;
    }

    private static Default defaultOf(KeySpec k, Map<String, Setting> settings, Host host) {
        String name = k.fullName();
        if (k.computedDefault() != null) {
            return computed(k, settings, host);
        }
        Object value =
                switch (k.valueType()) {
                    case STRING, PATH -> "empty".equals(k.defaultValue()) ? "" : null;
                    case PORTS -> "empty".equals(k.defaultValue()) ? List.of() : null;
                    case MAC -> null;
                    default -> {
                        ValueType.Check c = k.valueType().check(k.defaultValue(), k, k.dialect());
                        yield !c.valid()
                                ? null
                                : c.parsed() instanceof Long l ? StoredValue.bytes(l) : c.parsed();
                    }
                };
        return new Default(name, value, k.defaultValue(), null);
    }

    /**
     * memory, swap, processors and nestedVirtualization: worked out per PC as
     * WslCoreConfig.cpp:296-330 does.
     */
    private static Default computed(KeySpec k, Map<String, Setting> settings, Host host) {
        String name = k.fullName();
        String how = "computed: " + k.computedDefault();
        Object value =
                switch (name) {
                    case "wsl2.memory" ->
                            host.memoryMb() == null
                                    ? null
                                    : (long) host.memoryMb() * SizeValue.MB / 2;
                    case "wsl2.processors" -> host.logicalProcessors();
                    case "wsl2.swap" -> {
                        Long vm = vmMemoryBytes(settings, host);
                        yield vm == null
                                ? null
                                : (vm / 4 + SizeValue.GB - 1) / SizeValue.GB * SizeValue.GB;
                    }
                    case "wsl2.nestedVirtualization" ->
                            host.build() == null || host.architecture() == null
                                    ? null
                                    : host.build() >= 22000 && isX64(host.architecture());
                    default -> null;
                };
        return new Default(
                name,
                value,
                k.defaultValue(),
                value == null
                        ? how + "; pass --facts with the PC's facts to" + " work it out"
                        : how + " for this PC");
    }

    private static boolean isX64(String architecture) {
        String a = architecture.toLowerCase(Locale.ROOT);
        return a.equals("x64") || a.equals("amd64") || a.equals("x86_64");
    }

    /**
     * The VM's memory: the file's value clamped to 256 MB..RAM, or half the RAM
     * (WslCoreConfig.cpp:313-322).
     */
    private static Long vmMemoryBytes(Map<String, Setting> settings, Host host) {
        if (host.memoryMb() == null) {
            return null;
        }
        long total = (long) host.memoryMb() * SizeValue.MB;
        Setting memory = settings.get("wsl2.memory");
        if (memory == null || !(memory.value() instanceof Long set) || set == 0) {
            return memory != null && memory.value() instanceof BigInteger ? total : total / 2;
        }
        return Math.min(Math.max(set, LintEntry.MIN_MEMORY_BYTES), total);
    }
}
