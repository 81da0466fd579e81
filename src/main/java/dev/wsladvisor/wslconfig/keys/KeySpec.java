package dev.wsladvisor.wslconfig.keys;

import dev.wsladvisor.wslconfig.text.CNumbers;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the catalogue knows about one key: where it lives, its type and default, what it needs from
 * Windows and WSL, and whether WSL still reads it. Loaded from {@code
 * wsladvisor/wslconfig-keys.json}.
 *
 * @param file {@code wslconfig} or {@code wslconf}
 * @param aliases other {@code section.key} names WSL reads for the same setting (legacy places)
 * @param valueMinWindowsBuild lower-case value to the Windows build it needs ({@code mirrored} to
 *     22621)
 * @param status {@code documented}, {@code source-only} or {@code removed}
 * @param aliasMinWslVersion the WSL version from which the legacy {@code aliases} are read, when it
 *     differs from {@code minWslVersion} (networkingMode: [experimental] from 2.0.0, [wsl2] from
 *     2.0.5)
 */
public record KeySpec(
        String file,
        String section,
        String name,
        String type,
        String defaultValue,
        String computedDefault,
        List<String> allowedValues,
        List<String> aliases,
        Integer minWindowsBuild,
        String minWslVersion,
        Map<String, Integer> valueMinWindowsBuild,
        String ignoredSince,
        String status,
        String description,
        String notes,
        String source,
        String aliasMinWslVersion) {

    public KeySpec {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        valueMinWindowsBuild =
                valueMinWindowsBuild == null ? Map.of() : Map.copyOf(valueMinWindowsBuild);
    }

    public String fullName() {
        return section + "." + name;
    }

    public ValueType valueType() {
        return ValueType.of(type);
    }

    public boolean removed() {
        return "removed".equals(status);
    }

    public boolean inWslConfig() {
        return "wslconfig".equals(file);
    }

    public ConfigDialect dialect() {
        return inWslConfig() ? ConfigDialect.WSLCONFIG : ConfigDialect.WSL_CONF;
    }

    /**
     * True when {@code effectiveName} is one of this key's legacy aliases rather than its own name.
     */
    public boolean isAlias(String effectiveName) {
        return aliases.stream().anyMatch(a -> CNumbers.asciiEqualsIgnoreCase(a, effectiveName));
    }

    /**
     * The Windows build a line of this key with {@code enumValue} (or null) needs: the key's, or
     * the value's when higher.
     */
    public Integer minWindowsBuildFor(String enumValue) {
        Integer need = minWindowsBuild;
        if (enumValue != null) {
            Integer forValue = valueMinWindowsBuild.get(enumValue.toLowerCase(Locale.ROOT));
            if (forValue != null && (need == null || forValue > need)) {
                need = forValue;
            }
        }
        return need;
    }

    /**
     * The WSL version a line of this key needs, written under its own name or (legacy) under an
     * alias.
     */
    public String minWslVersionFor(boolean asAlias) {
        return asAlias && aliasMinWslVersion != null ? aliasMinWslVersion : minWslVersion;
    }

    public boolean matches(String effectiveName) {
        return CNumbers.asciiEqualsIgnoreCase(fullName(), effectiveName) || isAlias(effectiveName);
    }
}
