package dev.wsladvisor.wslconfig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EffectiveSettingsTest {

    private static EffectiveSettings of(String text, ConfigDialect d) {
        return EffectiveSettings.of(WslConfigParser.parse(WslConfigDocument.ofText(text), d), KeyCatalog.builtIn());
    }

    @Test
    void firstValidOccurrenceWinsAndAnInvalidFirstBlocksTheRest() {
        EffectiveSettings s = of("[wsl2]\nmemory=8GB\nmemory=2GB\nswap=4gb\nswap=1GB\n[experimental]\nnetworkingMode=Mirrored\n",
                ConfigDialect.WSLCONFIG);
        assertThat(s.get("wsl2.memory")).contains(8L * SizeValue.GB);
        assertThat(s.get("wsl2.swap")).isEmpty();
        assertThat(s.get("WSL2.networkingMode")).contains("Mirrored");
    }

    @Test
    void wslConfSystemdIsReadUntilTheFirstBadLine() {
        assertThat(of("[boot]\nsystemd=true\n", ConfigDialect.WSL_CONF).bool("boot.systemd")).contains(true);
        assertThat(of("; hi\n[boot]\nsystemd=true\n", ConfigDialect.WSL_CONF).bool("boot.systemd")).isEmpty();
    }
}
