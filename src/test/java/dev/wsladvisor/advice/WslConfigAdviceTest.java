package dev.wsladvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import java.util.List;
import org.junit.jupiter.api.Test;

class WslConfigAdviceTest {

    private static SuggestedSetting s(String section, String key, String value, String rule) {
        return new SuggestedSetting(section, key, value, "why " + key, "https://x", rule);
    }

    @Test
    void wsl2GetsSettingsInCatalogueOrderAndTheMatchingText() {
        WslConfigAdvice.Part p =
                WslConfigAdvice.from(
                        "WSL2",
                        List.of(
                                s("experimental", "autoMemoryReclaim", "gradual", "b"),
                                s("wsl2", "memory", "8GB", "a")),
                        List.of(),
                        KeyCatalog.builtIn());
        assertThat(p.settings())
                .extracting(Advice.Setting::key)
                .containsExactly("memory", "autoMemoryReclaim");
        assertThat(p.text())
                .isEqualTo(
                        "[wsl2]\n# why memory\nmemory=8GB\n\n[experimental]\n# why autoMemoryReclaim\n"
                                + "autoMemoryReclaim=gradual\n");
    }

    @Test
    void wsl1GetsNoSettingsButKeepsFindings() {
        LintFinding f =
                new LintFinding(
                        "r",
                        "error",
                        ".wslconfig",
                        2,
                        1,
                        "wsl2",
                        "memroy",
                        "unknown key",
                        "fix",
                        "https://x");
        WslConfigAdvice.Part p =
                WslConfigAdvice.from(
                        "WSL1",
                        List.of(s("wsl2", "memory", "8GB", "a")),
                        List.of(f),
                        KeyCatalog.builtIn());
        assertThat(p.settings()).isEmpty();
        assertThat(p.text()).isEmpty();
        assertThat(p.findings()).singleElement().extracting(Advice.Finding::line).isEqualTo(2);
    }

    @Test
    void findingsComeErrorsFirst() {
        LintFinding info =
                new LintFinding("i", "info", ".wslconfig", 1, 0, "", "", "m", null, null);
        LintFinding err =
                new LintFinding("e", "error", ".wslconfig", 5, 0, "", "", "m", null, null);
        assertThat(
                        WslConfigAdvice.from(
                                        "WSL2", List.of(), List.of(info, err), KeyCatalog.builtIn())
                                .findings())
                .extracting(Advice.Finding::severity)
                .containsExactly("error", "info");
    }
}
