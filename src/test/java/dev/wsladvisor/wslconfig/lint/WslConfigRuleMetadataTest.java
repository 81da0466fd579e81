package dev.wsladvisor.wslconfig.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.rules.RuleInfo;
import dev.wsladvisor.support.RuleFixture;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WslConfigRuleMetadataTest {

    private static List<RuleInfo> wslconfigRules() {
        return RuleFixture.rules().rules().stream()
                .filter(r -> r.file().contains("wslconfig-"))
                .toList();
    }

    @Test
    void everyWslconfigRuleSaysWhatItIsAndWhereItComesFrom() {
        List<RuleInfo> rules = wslconfigRules();
        assertThat(rules).hasSizeGreaterThan(30);
        for (RuleInfo r : rules) {
            Map<String, Object> meta = r.metadata();
            assertThat(meta).as(r.name()).containsKeys("id", "explanation", "source");
            assertThat(String.valueOf(meta.get("source"))).as(r.name()).contains("https://");
            assertThat(r.id()).as(r.name()).matches("wsl(conf|config)-[a-z0-9-]+");
        }
    }

    @Test
    void everyLintRuleHasASeverityAndAFix() {
        for (RuleInfo r : wslconfigRules()) {
            if (r.file().contains("lint")) {
                assertThat(r.metadata()).as(r.name()).containsKeys("severity", "fix");
                assertThat(String.valueOf(r.metadata().get("severity")).replace("\"", ""))
                        .as(r.name())
                        .isIn("error", "warning", "info");
            }
        }
    }

    @Test
    void everySuggestionRuleNamesACatalogueKeyInItsSettingMetadata() {
        for (RuleInfo r : wslconfigRules()) {
            if (r.file().contains("suggest")) {
                assertThat(
                                KeyCatalog.builtIn()
                                        .find(
                                                ConfigDialect.WSLCONFIG,
                                                String.valueOf(r.meta("setting"))))
                        .as(r.name())
                        .isPresent();
            }
        }
    }
}
