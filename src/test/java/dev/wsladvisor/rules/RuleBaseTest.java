package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading rules: built-in plus the folders a person adds, with errors a rule author can act on. */
class RuleBaseTest {

    private static final Path USER_RULES = Path.of("src/test/resources/user-rules");

    @Test
    void userRuleFolderAddsItsRulesBesideTheBuiltInOnes() {
        RuleBase rules = RuleBase.load(List.of(USER_RULES.resolve("good")));
        assertThat(rules.rules())
                .extracting(RuleInfo::id)
                .contains("acme-build-tools-need-wsl2", "docker-needs-wsl2");
        assertThat(rules.rules())
                .filteredOn(r -> r.id().equals("acme-build-tools-need-wsl2"))
                .singleElement()
                .satisfies(r -> assertThat(r.file()).endsWith("good/company-policy.drl"));
    }

    @Test
    void ruleFileThatDoesNotCompileIsReportedAsFileAndLine() {
        assertThatThrownBy(() -> RuleBase.load(List.of(USER_RULES.resolve("broken"))))
                .isInstanceOf(RuleCompileException.class)
                .hasMessageStartingWith("src/test/resources/user-rules/broken/typo.drl:")
                .hasMessageMatching(
                        "(?s)src/test/resources/user-rules/broken/typo\\.drl:12:1: unexpected 'then' in rule \"Missing paren\""
                                + ": something before it is not closed; look for a missing '\\)'.*\n    then\n    \\^\n.*");
    }

    @Test
    void ruleWithoutSourceIsRefusedNamingFileAndRule() {
        assertThatThrownBy(() -> RuleBase.load(List.of(USER_RULES.resolve("no-metadata"))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining(
                        "no-metadata/bare.drl:6:6: rule \"No source\" has no @source; add @source(\"https://...\")");
    }

    @Test
    void duplicateRuleIdsAreRefusedNamingTheUsersFileFirst() {
        assertThatThrownBy(() -> RuleBase.load(List.of(USER_RULES.resolve("duplicate-id"))))
                .hasMessageStartingWith(
                        "src/test/resources/user-rules/duplicate-id/dup.drl:6:6: your rule \"Same id as a built-in\""
                                + " reuses the built-in id \"docker-needs-wsl2\" of rule \"Docker needs WSL2\" in rules/workload.drl.");
    }

    @Test
    void missingRuleFolderSaysWhatRulesTakes() {
        assertThatThrownBy(() -> RuleBase.load(List.of(Path.of("no-such-rules"))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("no-such-rules: no such folder");
    }

    @Test
    void ruleFileGivenInsteadOfFolderIsExplained() {
        assertThatThrownBy(
                        () -> RuleBase.load(List.of(USER_RULES.resolve("good/company-policy.drl"))))
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void lintRuleWithoutFixIsRefusedAndTheMessageListsWhatLintRulesNeed() {
        assertThatThrownBy(() -> RuleBase.load(List.of(USER_RULES.resolve("lint-no-fix"))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("rule \"Our laptops keep swap on\" has no @fix;")
                .hasMessageContaining("@severity")
                .hasMessageContaining("docs/wslconfig-rules.md");
    }
}
