package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.RuleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private static final Path DOC = Path.of("docs/rules.md");

    /**
     * Regenerate after changing rules: {@code mvn -q test -Dtest=RuleCatalogueTest
     * -Dwsladvisor.regenerate=true}.
     */
    @Test
    void docsRulesMdListsEveryRuleAsItsMetadataSays() throws Exception {
        String generated = RuleCatalogue.markdown(RuleFixture.rules().rules());
        if (Boolean.getBoolean("wsladvisor.regenerate")) {
            Files.writeString(DOC, generated);
        }
        assertThat(Files.readString(DOC)).isEqualTo(generated);
        assertThat(generated).contains("`docker-needs-wsl2` | reason: WSL2 need");
    }
}
