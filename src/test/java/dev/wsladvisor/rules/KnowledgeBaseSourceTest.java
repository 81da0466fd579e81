package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The two ways the knowledge base is built give the same rules, and the knowledge base begun at
 * start-up serves the load that asks for the rules it was told to build.
 */
class KnowledgeBaseSourceTest {

    private static final PrecompiledRules INDEX = PrecompiledRules.onClasspath();
    private static final List<RuleSource> GOOD =
            RuleSources.fromDirectory(Path.of("src/test/resources/user-rules/good"));

    private static Map<String, String> fileById(RuleBase rules) {
        Map<String, String> files = new TreeMap<>();
        rules.rules().forEach(r -> files.put(r.id(), r.file()));
        return files;
    }

    @Test
    void ruleFilesCompiledAtRunTimeGiveTheRulesOfThePrecompiledModel() {
        assertThat(KnowledgeBaseSource.chosen())
                .as("the build's index matches rules/")
                .isInstanceOf(PrecompiledKnowledgeBase.class);
        Map<String, String> precompiled =
                fileById(new PrecompiledKnowledgeBase(INDEX).load(GOOD, true));
        Map<String, String> compiled =
                fileById(new RunTimeCompiledKnowledgeBase().load(GOOD, true));
        assertThat(compiled)
                .isEqualTo(precompiled)
                .containsKey("acme-build-tools-need-wsl2")
                .containsKey("docker-needs-wsl2");
    }

    @Test
    void bothWaysFindTheSameProblemsInThePersonsRuleFiles() {
        List<RuleSource> noMetadata =
                RuleSources.fromDirectory(Path.of("src/test/resources/user-rules/no-metadata"));
        assertThat(new RunTimeCompiledKnowledgeBase().check(noMetadata).problems())
                .isEqualTo(new PrecompiledKnowledgeBase(INDEX).check(noMetadata).problems())
                .isNotEmpty();
    }

    @Test
    void aPreloadNotYetToldWhichRulesServesTheFirstLoadAskingForTheRulesItBuilds() {
        PrecompiledKnowledgeBase source = new PrecompiledKnowledgeBase(INDEX);
        KnowledgeBasePreload preload = source.preload(false);
        assertThat(fileById(source.load(List.of(), false)))
                .isEqualTo(fileById(new PrecompiledKnowledgeBase(INDEX).load(List.of(), false)))
                .isNotEqualTo(fileById(new PrecompiledKnowledgeBase(INDEX).load(List.of(), true)));
        assertThat(preload.serves(false)).isTrue();
        assertThat(preload.serves(true)).isFalse();
    }

    @Test
    void aPreloadToldTheCommandRunsNoRulesServesNothingAndALoadBuildsItsOwn() {
        PrecompiledKnowledgeBase source = new PrecompiledKnowledgeBase(INDEX);
        KnowledgeBasePreload preload = source.preload(false);
        preload.needNone();
        assertThat(preload.serves(true)).isFalse();
        assertThat(fileById(source.load(List.of(), true)))
                .isEqualTo(fileById(new PrecompiledKnowledgeBase(INDEX).load(List.of(), true)));
    }

    @Test
    void aPreloadBegunOnTheWrongGuessLeavesTheLoadToBuildTheRulesTheCommandNeeds() {
        PrecompiledKnowledgeBase source = new PrecompiledKnowledgeBase(INDEX);
        KnowledgeBasePreload preload = source.preload(false);
        preload.need(true);
        assertThat(preload.serves(true)).isFalse();
        assertThat(fileById(source.load(List.of(), true)))
                .isEqualTo(fileById(new PrecompiledKnowledgeBase(INDEX).load(List.of(), true)));
    }

    @Test
    void aPreloadBegunWithTheLintRulesServesACommandGivenAWslconfig() {
        PrecompiledKnowledgeBase source = new PrecompiledKnowledgeBase(INDEX);
        KnowledgeBasePreload preload = source.preload(true);
        preload.need(true);
        assertThat(preload.serves(true)).isTrue();
        assertThat(fileById(source.load(List.of(), true)))
                .isEqualTo(fileById(new PrecompiledKnowledgeBase(INDEX).load(List.of(), true)));
    }
}
