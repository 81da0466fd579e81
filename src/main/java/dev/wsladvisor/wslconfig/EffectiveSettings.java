package dev.wsladvisor.wslconfig;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values WSL actually ends up with from a file: known keys only, first occurrence only, valid values only,
 * keyed by the catalogue's {@code section.key}. Defaults are not filled in; an absent key means WSL's default.
 */
public final class EffectiveSettings {

    private final Map<String, Object> values;

    private EffectiveSettings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static EffectiveSettings of(ParseResult parsed, KeyCatalog catalog) {
        Map<String, Object> values = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ParsedEntry e : parsed.entries()) {
            Optional<KeySpec> spec = catalog.find(parsed.dialect(), e.effectiveName());
            if (spec.isEmpty() || spec.get().removed()) {
                continue;
            }
            String name = spec.get().fullName().toLowerCase(Locale.ROOT);
            if (!seen.add(name)) {
                continue; // WSL keeps the first occurrence, even an invalid one
            }
            ValueType.Check check = spec.get().valueType().check(e.value(), spec.get(), parsed.dialect());
            if (check.valid()) {
                values.put(name, check.parsed());
            }
        }
        return new EffectiveSettings(values);
    }

    /** Reads {@code /etc/wsl.conf} (or a copy of it) as a distribution's init would. */
    public static EffectiveSettings ofWslConf(Path file) {
        return of(WslConfigFiles.parse(file, ConfigDialect.WSL_CONF), KeyCatalog.builtIn());
    }

    /** Reads a {@code .wslconfig} as the WSL service would. */
    public static EffectiveSettings ofWslConfig(Path file) {
        return of(WslConfigFiles.parse(file, ConfigDialect.WSLCONFIG), KeyCatalog.builtIn());
    }

    /** The value of {@code section.key} ({@link Boolean}, {@link Integer}, {@link Long} bytes or String), if set. */
    public Optional<Object> get(String sectionDotKey) {
        return Optional.ofNullable(values.get(sectionDotKey.toLowerCase(Locale.ROOT)));
    }

    public Optional<Boolean> bool(String sectionDotKey) {
        return get(sectionDotKey).filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }

    public Map<String, Object> asMap() {
        return values;
    }
}
