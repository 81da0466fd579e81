package dev.wsladvisor.wslconfig.lint;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.parse.ParsedEntry;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.List;

/**
 * Where a key the catalogue does not know under its section belongs, looked up once per line for
 * the rules' hints.
 *
 * @param inKnownSection the line's section is one the catalogue has
 * @param suggestedKey the closest known key of that section, for "did you mean"; or null
 * @param homeSection the section a key of this bare name lives in; or null
 * @param wslConfSections for a {@code .wslconfig} key that is a {@code /etc/wsl.conf} key, the
 *     wsl.conf sections that have it; else empty
 */
record KeyPlacement(
        boolean inKnownSection,
        String suggestedKey,
        String homeSection,
        List<String> wslConfSections) {

    /** {@code spec} is what {@code catalog.find} gave for the entry's effective name, or null. */
    static KeyPlacement of(
            ParsedEntry entry, ConfigDialect dialect, KeyCatalog catalog, KeySpec spec) {
        boolean inKnownSection = catalog.isSection(dialect, entry.section());
        String suggestedKey =
                spec != null || !inKnownSection
                        ? null
                        : catalog.closestKey(dialect, entry.section(), entry.key()).orElse(null);
        String homeSection =
                spec != null
                        ? null
                        : catalog.byBareName(dialect, entry.key()).stream()
                                .filter(k -> !k.removed())
                                .map(KeySpec::section)
                                .findFirst()
                                .orElse(null);
        List<String> wslConfSections =
                spec != null || dialect != ConfigDialect.WSLCONFIG
                        ? List.of()
                        : catalog.byBareName(ConfigDialect.WSL_CONF, entry.key()).stream()
                                .map(KeySpec::section)
                                .toList();
        return new KeyPlacement(inKnownSection, suggestedKey, homeSection, wslConfSections);
    }
}
