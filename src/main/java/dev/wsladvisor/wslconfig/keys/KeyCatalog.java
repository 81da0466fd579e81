package dev.wsladvisor.wslconfig.keys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsladvisor.facts.LocatedJson;
import dev.wsladvisor.wslconfig.text.CNumbers;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of keys that feeds the linter, the suggestions, {@code docs/wslconfig.md} and
 * {@code wslconfig explain}. Names match the way WSL matches them: ASCII case-insensitive, on
 * {@code section.key}.
 */
public final class KeyCatalog {

    public static final String RESOURCE = "/wsladvisor/wslconfig-keys.json";

    private static volatile KeyCatalog builtIn;

    private final List<KeySpec> keys;

    /** Split once: the suggestions ask for the .wslconfig keys for every host of a fleet. */
    private final List<KeySpec> wslconfigKeys;

    private final List<KeySpec> wslConfKeys;

    /**
     * Per file, each key's name and aliases folded as WSL folds them (A-Z only) to its place in
     * that file's keys: {@link #find} for every line linted, {@link #wslconfigOrder} for every
     * suggested setting of a fleet.
     */
    private final Map<String, Integer> wslconfigIndex;

    private final Map<String, Integer> wslConfIndex;

    KeyCatalog(List<KeySpec> keys) {
        this.keys = List.copyOf(keys);
        this.wslconfigKeys =
                keys.stream().filter(k -> k.dialect() == ConfigDialect.WSLCONFIG).toList();
        this.wslConfKeys =
                keys.stream().filter(k -> k.dialect() == ConfigDialect.WSL_CONF).toList();
        this.wslconfigIndex = index(wslconfigKeys);
        this.wslConfIndex = index(wslConfKeys);
    }

    public static KeyCatalog builtIn() {
        if (builtIn == null) {
            try (InputStream in = KeyCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                // The facts' own JSON reader: an ObjectMapper here would be the only one a cold
                // advise creates, and setting one up costs about 20 ms (docs/performance.md).
                JsonNode root =
                        LocatedJson.parse(
                                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                        RESOURCE)
                                .root();
                List<KeySpec> list = new ArrayList<>();
                for (JsonNode n : root.get("keys")) {
                    list.add(keySpec(n));
                }
                builtIn = new KeyCatalog(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builtIn;
    }

    private static final List<String> FIELDS =
            List.of(
                    "file",
                    "section",
                    "name",
                    "type",
                    "default",
                    "computedDefault",
                    "allowedValues",
                    "aliases",
                    "minWindowsBuild",
                    "minWslVersion",
                    "valueMinWindowsBuild",
                    "ignoredSince",
                    "status",
                    "description",
                    "notes",
                    "source",
                    "aliasMinWslVersion");

    /**
     * Read by hand rather than by Jackson's bean binding, which cost a cold {@code advise} about 10
     * ms of introspection (docs/performance.md). A misspelt field in the table is still an error.
     */
    static KeySpec keySpec(JsonNode n) {
        n.fieldNames()
                .forEachRemaining(
                        f -> {
                            if (!FIELDS.contains(f)) {
                                throw new IllegalStateException(
                                        RESOURCE + ": unknown field \"" + f + "\" in " + n);
                            }
                        });
        Map<String, Integer> valueMinBuild = new LinkedHashMap<>();
        n.path("valueMinWindowsBuild")
                .fields()
                .forEachRemaining(e -> valueMinBuild.put(e.getKey(), e.getValue().intValue()));
        return new KeySpec(
                text(n, "file"),
                text(n, "section"),
                text(n, "name"),
                text(n, "type"),
                text(n, "default"),
                text(n, "computedDefault"),
                texts(n, "allowedValues"),
                texts(n, "aliases"),
                n.hasNonNull("minWindowsBuild") ? n.get("minWindowsBuild").intValue() : null,
                text(n, "minWslVersion"),
                valueMinBuild,
                text(n, "ignoredSince"),
                text(n, "status"),
                text(n, "description"),
                text(n, "notes"),
                text(n, "source"),
                text(n, "aliasMinWslVersion"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static List<String> texts(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    public List<KeySpec> keys() {
        return keys;
    }

    public List<KeySpec> keys(ConfigDialect dialect) {
        return dialect == ConfigDialect.WSLCONFIG ? wslconfigKeys : wslConfKeys;
    }

    /**
     * Where the key WSL would fill for {@code effectiveName} stands among the .wslconfig keys; -1
     * when nowhere.
     */
    public int wslconfigOrder(String effectiveName) {
        return wslconfigIndex.getOrDefault(CNumbers.asciiLower(effectiveName), -1);
    }

    private static Map<String, Integer> index(List<KeySpec> keys) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            // The first key that matches a name wins, by its own name or by an alias, as
            // KeySpec.matches finds it.
            out.putIfAbsent(CNumbers.asciiLower(keys.get(i).fullName()), i);
            for (String alias : keys.get(i).aliases()) {
                out.putIfAbsent(CNumbers.asciiLower(alias), i);
            }
        }
        return out;
    }

    /**
     * The key WSL would fill for {@code effectiveName} ({@code wsl2.memory}, {@code
     * experimental.firewall}).
     */
    public Optional<KeySpec> find(ConfigDialect dialect, String effectiveName) {
        Integer i =
                (dialect == ConfigDialect.WSLCONFIG ? wslconfigIndex : wslConfIndex)
                        .get(CNumbers.asciiLower(effectiveName));
        return i == null ? Optional.empty() : Optional.of(keys(dialect).get(i));
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
        return keys(dialect).stream()
                .filter(k -> CNumbers.asciiEqualsIgnoreCase(k.name(), key))
                .toList();
    }

    /** The closest known key name in {@code section}, if it is close enough to be a typo. */
    public Optional<String> closestKey(ConfigDialect dialect, String section, String key) {
        return DidYouMean.closest(
                key,
                keys(dialect).stream()
                        .filter(k -> CNumbers.asciiEqualsIgnoreCase(k.section(), section))
                        .map(KeySpec::name)
                        .toList());
    }

    public Optional<String> closestSection(ConfigDialect dialect, String section) {
        return DidYouMean.closest(section, new ArrayList<>(sections(dialect)));
    }

    public List<KeySpec> sorted() {
        List<KeySpec> copy = new ArrayList<>(keys);
        copy.sort(
                Comparator.comparing(KeySpec::file)
                        .reversed()
                        .thenComparing(KeySpec::section)
                        .thenComparing(KeySpec::name, String.CASE_INSENSITIVE_ORDER));
        return copy;
    }
}
