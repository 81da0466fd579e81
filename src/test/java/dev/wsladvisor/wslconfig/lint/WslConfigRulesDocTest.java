package dev.wsladvisor.wslconfig.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleSession;
import dev.wsladvisor.rules.RuleSource;
import dev.wsladvisor.rules.RuleSources;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example in docs/wslconfig-rules.md compiles beside the built-in rules and does what it says.
 */
class WslConfigRulesDocTest {

    @Test
    void theDocumentedTeamRuleWorks() throws Exception {
        String doc = Files.readString(Path.of("docs/wslconfig-rules.md"));
        String drl =
                doc.substring(
                        doc.indexOf("```drl") + 6, doc.indexOf("```", doc.indexOf("```drl") + 6));
        List<RuleSource> sources = new ArrayList<>(RuleSources.builtIn());
        sources.add(new RuleSource("docs/wslconfig-rules.md/example.drl", drl, false));
        RuleBase rules = RuleBase.compile(sources);
        ParseResult parsed =
                WslConfigParser.parse(
                        WslConfigDocument.ofText("[wsl2]\nswap=0\n"), ConfigDialect.WSLCONFIG);
        try (RuleSession session = rules.newSession()) {
            session.insertAll(WslConfigLintFacts.of(parsed, KeyCatalog.builtIn(), ".wslconfig"));
            session.fireAllRules();
            assertThat(session.outputs(LintFinding.class))
                    .singleElement()
                    .satisfies(
                            f -> {
                                assertThat(f.ruleId()).isEqualTo("myteam-swap-off");
                                assertThat(f.line()).isEqualTo(2);
                                assertThat(f.fix()).isEqualTo("Delete swap=0, or set swap=4GB.");
                            });
        }
    }
}
