package dev.wsladvisor.wslconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

class WslConfigRuleMetadataTest {

    @Test
    void everyWslconfigRuleSaysWhatItIsAndWhereItComesFrom() {
        Set<String> ids = new HashSet<>();
        int count = 0;
        for (KiePackage p : WslRulesFixture.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, Object> meta = r.getMetaData();
                String id = String.valueOf(meta.get("id"));
                assertThat(meta).as(r.getName()).containsKeys("id", "explanation", "source");
                assertThat(String.valueOf(meta.get("source"))).as(r.getName()).contains("https://");
                assertThat(ids.add(id)).as("duplicate id " + id).isTrue();
                if (p.getName().endsWith(".lint")) {
                    assertThat(meta).as(r.getName()).containsKeys("severity", "fix");
                    assertThat(String.valueOf(meta.get("severity")).replace("\"", "")).as(r.getName())
                            .isIn("error", "warning", "info");
                }
                count++;
            }
        }
        assertThat(count).isGreaterThan(20);
    }
}
