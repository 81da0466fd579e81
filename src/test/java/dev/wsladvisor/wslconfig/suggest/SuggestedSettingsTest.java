package dev.wsladvisor.wslconfig.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestedSettingsTest {

    private static SuggestedSetting s(String section, String key, String value, String rule) {
        return new SuggestedSetting(section, key, value, "why " + key, "https://x", rule);
    }

    @Test
    void twoRulesProposingOneKeyYieldOneSettingChosenByRuleId() {
        List<SuggestedSetting> r =
                SuggestedSettings.resolve(
                        List.of(
                                s("wsl2", "memory", "4GB", "z-rule"),
                                s("wsl2", "Memory", "10GB", "a-rule")),
                        KeyCatalog.builtIn());
        assertThat(r).singleElement().extracting(SuggestedSetting::value).isEqualTo("10GB");
    }
}
