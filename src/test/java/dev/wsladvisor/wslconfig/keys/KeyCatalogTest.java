package dev.wsladvisor.wslconfig.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeyCatalogTest {

    private final KeyCatalog catalog = KeyCatalog.builtIn();
    private final List<KeySpec> keys = catalog.keys(ConfigDialect.WSLCONFIG);

    /**
     * The lookup table gives what a walk through the keys with KeySpec.matches gives, for every
     * name and alias.
     */
    @Test
    void wslconfigOrderIsTheFirstKeyThatMatches() {
        List<String> names = new ArrayList<>(List.of("wsl2.nosuchkey", "", "nosection"));
        for (KeySpec k : keys) {
            names.add(k.fullName());
            names.add(k.fullName().toUpperCase(Locale.ROOT));
            names.addAll(k.aliases());
            k.aliases().forEach(a -> names.add(a.toUpperCase(Locale.ROOT)));
        }
        for (String name : names) {
            assertThat(catalog.wslconfigOrder(name)).as(name).isEqualTo(firstMatch(name));
        }
        assertThat(catalog.wslconfigOrder("WSL2.Memory")).isNotNegative();
    }

    /**
     * find, through the same table, gives the first key of that file that KeySpec.matches, in both
     * files.
     */
    @Test
    void findIsTheFirstKeyThatMatchesInEitherFile() {
        for (ConfigDialect dialect : ConfigDialect.values()) {
            List<KeySpec> own = catalog.keys(dialect);
            List<String> names = new ArrayList<>(List.of("wsl2.nosuchkey", "", "boot.\u212Aernel"));
            for (KeySpec k : catalog.keys()) {
                names.add(k.fullName());
                names.add(k.fullName().toUpperCase(Locale.ROOT));
                names.addAll(k.aliases());
            }
            for (String name : names) {
                assertThat(catalog.find(dialect, name))
                        .as(dialect + " " + name)
                        .isEqualTo(own.stream().filter(k -> k.matches(name)).findFirst());
            }
        }
    }

    /** WSL folds A-Z only: a Kelvin sign is not a K. */
    @Test
    void onlyAsciiLettersFold() {
        assertThat(catalog.wslconfigOrder("wsl2.\u212Aernel")).isEqualTo(-1);
        assertThat(firstMatch("wsl2.\u212Aernel")).isEqualTo(-1);
    }

    /**
     * A misspelt field in the key table fails loudly, as data binding with
     * FAIL_ON_UNKNOWN_PROPERTIES did.
     */
    @Test
    void aMisspeltFieldInTheTableIsAnError() throws Exception {
        var node =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(
                                "{\"file\":\"wslconfig\",\"section\":\"wsl2\",\"name\":\"memory\",\"defualt\":\"half\"}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KeyCatalog.keySpec(node))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("defualt");
        var ok =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(
                                "{\"file\":\"wslconfig\",\"section\":\"wsl2\",\"name\":\"memory\",\"minWindowsBuild\":19041,"
                                        + "\"aliases\":[\"experimental.memory\"],\"valueMinWindowsBuild\":{\"mirrored\":22621}}");
        KeySpec spec = KeyCatalog.keySpec(ok);
        assertThat(spec.minWindowsBuild()).isEqualTo(19041);
        assertThat(spec.aliases()).containsExactly("experimental.memory");
        assertThat(spec.valueMinWindowsBuild()).containsEntry("mirrored", 22621);
        assertThat(spec.defaultValue()).isNull();
    }

    private int firstMatch(String name) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).matches(name)) {
                return i;
            }
        }
        return -1;
    }
}
