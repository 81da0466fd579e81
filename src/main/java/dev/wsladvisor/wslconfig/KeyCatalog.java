package dev.wsladvisor.wslconfig;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of keys that feeds the linter, the suggestions, {@code docs/wslconfig.md} and
 * {@code wslconfig explain}. Names match the way WSL matches them: ASCII case-insensitive, on {@code section.key}.
 */
public final class KeyCatalog {

    public static final String RESOURCE = "/wsladvisor/wslconfig-keys.json";

    private static volatile KeyCatalog builtIn;

    private final List<KeySpec> keys;

    KeyCatalog(List<KeySpec> keys) {
        this.keys = List.copyOf(keys);
    }

    public static KeyCatalog builtIn() {
        if (builtIn == null) {
            try (InputStream in = KeyCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
                JsonNode root = mapper.readTree(in);
                List<KeySpec> list = new ArrayList<>();
                for (JsonNode n : root.get("keys")) {
                    list.add(mapper.treeToValue(n, KeySpec.class));
                }
                builtIn = new KeyCatalog(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builtIn;
    }

    public List<KeySpec> keys() {
        return keys;
    }

    public List<KeySpec> keys(ConfigDialect dialect) {
        return keys.stream().filter(k -> k.dialect() == dialect).toList();
    }

    /** The key WSL would fill for {@code effectiveName} ({@code wsl2.memory}, {@code experimental.firewall}). */
    public Optional<KeySpec> find(ConfigDialect dialect, String effectiveName) {
        return keys(dialect).stream().filter(k -> k.matches(effectiveName)).findFirst();
    }

    /** Looks a key up by {@code section.key} or by its bare name, in either file. */
    public List<KeySpec> lookup(String name) {
        List<KeySpec> exact = keys.stream().filter(k -> k.matches(name)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return keys.stream().filter(k -> CNumbers.asciiEqualsIgnoreCase(k.name(), name)).toList();
    }

    public Set<String> sections(ConfigDialect dialect) {
        Set<String> out = new LinkedHashSet<>();
        keys(dialect).forEach(k -> out.add(k.section()));
        return out;
    }

    public boolean isSection(ConfigDialect dialect, String section) {
        return sections(dialect).stream().anyMatch(s -> CNumbers.asciiEqualsIgnoreCase(s, section));
    }

    /** Keys of {@code dialect} with this bare name in any section (for "belongs in [wsl2]"). */
    public List<KeySpec> byBareName(ConfigDialect dialect, String key) {
        return keys(dialect).stream().filter(k -> CNumbers.asciiEqualsIgnoreCase(k.name(), key)).toList();
    }

    /** The closest known key name in {@code section}, if it is close enough to be a typo. */
    public Optional<String> closestKey(ConfigDialect dialect, String section, String key) {
        return DidYouMean.closest(key, keys(dialect).stream()
                .filter(k -> CNumbers.asciiEqualsIgnoreCase(k.section(), section)).map(KeySpec::name).toList());
    }

    public Optional<String> closestSection(ConfigDialect dialect, String section) {
        return DidYouMean.closest(section, new ArrayList<>(sections(dialect)));
    }

    public List<KeySpec> sorted() {
        List<KeySpec> copy = new ArrayList<>(keys);
        copy.sort(Comparator.comparing(KeySpec::file).reversed().thenComparing(KeySpec::section)
                .thenComparing(KeySpec::name, String.CASE_INSENSITIVE_ORDER));
        return copy;
    }
}
