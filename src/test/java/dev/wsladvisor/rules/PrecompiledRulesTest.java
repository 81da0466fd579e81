package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's precompiled knowledge base is rules/, all of it, as it is now. */
class PrecompiledRulesTest {

    private static final Path RULES = Path.of("rules");
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");

    /** Rule ids read from the text of rules/*.drl, independent of Drools. */
    private static Set<String> idsInRulesFolder() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".drl")).collect(Collectors.toList())) {
                Matcher m = ID.matcher(Files.readString(f));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    @Test
    void theBuildPrecompiledTheRules() {
        assertThat(PrecompiledRules.onClasspath())
                .as(
                        "target/classes/"
                                + PrecompiledRules.INDEX
                                + " is written by ModelGenerator at process-classes")
                .isNotNull();
    }

    @Test
    void precompiledKnowledgeBaseHoldsEveryRuleIdFoundInTheRulesFolder() throws IOException {
        Set<String> expected = idsInRulesFolder();
        assertThat(expected).hasSizeGreaterThan(10);

        RuleBase rules = RuleBase.load(List.of());

        assertThat(rules.rules())
                .extracting(RuleInfo::id)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(PrecompiledRules.onClasspath().ruleCount()).isEqualTo(expected.size());
    }

    @Test
    void everyPrecompiledRuleKnowsItsFile() throws IOException {
        RuleBase rules = RuleBase.load(List.of());
        for (RuleInfo rule : rules.rules()) {
            assertThat(rule.file()).as(rule.id()).matches("rules/[^/]+\\.drl");
            assertThat(Files.readString(Path.of(rule.file())))
                    .as(rule.id())
                    .contains("\"" + rule.id() + "\"");
        }
    }

    @Test
    void theCompiledModelIsOfTheRulesFolderAsItIsNow() throws IOException {
        // Edit a rule without building and this fails: the next build regenerates the model (and
        // the jar).
        assertThat(PrecompiledRules.onClasspath().rulesHash())
                .isEqualTo(PrecompiledRules.hash(RULES));
    }

    @Test
    void anEditedRuleFileChangesTheHashTheBuildRecords(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.drl"), "rule \"x\" when then end\n");
        String before = PrecompiledRules.hash(dir);
        Files.writeString(dir.resolve("a.drl"), "rule \"x\" when then end \n");
        assertThat(PrecompiledRules.hash(dir)).isNotEqualTo(before);
    }

    @Test
    void userRulesCompileBesideThePrecompiledOnes(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("mine.drl"),
                """
                package my.rules;
                import dev.wsladvisor.facts.*;
                import static dev.wsladvisor.rules.Dsl.*;

                rule "Our VPN needs WSL1"
                    @id("acme-vpn-needs-wsl1")
                    @explanation("The ACME VPN client breaks WSL2 networking.")
                    @source("https://example.com/acme-vpn")
                    @favors("WSL1") @weight(30)
                when
                    Answers( vpn == true )
                then
                    insert( reason(kcontext) );
                end
                """);

        RuleBase rules = RuleBase.load(List.of(dir));

        assertThat(rules.rules())
                .extracting(RuleInfo::id)
                .contains("acme-vpn-needs-wsl1")
                .hasSize(idsInRulesFolder().size() + 1);
        assertThat(rules.rules())
                .filteredOn(r -> r.id().equals("acme-vpn-needs-wsl1"))
                .extracting(RuleInfo::file)
                .containsExactly(dir + "/mine.drl");
    }

    @Test
    void aBrokenUserRuleIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("broken.drl"),
                "package my.rules;\n\nrule \"x\"\nwhen\n  then then\nend\n");

        assertThatThrownBy(() -> RuleBase.load(List.of(dir)))
                .isInstanceOf(RuleCompileException.class)
                .hasMessageContaining(dir + "/broken.drl:6:1: unexpected 'end' in rule \"x\"");
    }

    @Test
    void aUserRuleNamingAnUnknownFactIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("typo.drl"),
                "package my.rules;\nimport dev.wsladvisor.facts.*;\n"
                        + "import static dev.wsladvisor.rules.Dsl.*;\n\nrule \"x\"\n  @id(\"x1\") @explanation(\"e\") @source(\"https://e\") @favors(\"WSL2\") @weight(1)\nwhen\n  Answers( dockr == true )\n"
                        + "then\n  insert( reason(kcontext) );\nend\n");

        assertThatThrownBy(() -> RuleBase.load(List.of(dir)))
                .isInstanceOf(RuleCompileException.class)
                .hasMessageContaining(
                        dir
                                + "/typo.drl:8:12: Answers has no field 'dockr'; did you mean 'docker'?");
    }
}
