package dev.wsladvisor.ask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.support.RuleFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuestionPlannerTest {

    private static Advisor advisor;

    @BeforeAll
    static void compileRules() {
        advisor = new Advisor(Fixture.rules());
    }

    @Test
    void
            aQuestionThatFlipsTheRecommendationComesBeforeOneThatOnlyBlocksWhateverTheCatalogueOrder() {
        QuestionCatalog all = QuestionCatalog.answers();
        QuestionCatalog blockedFirst =
                QuestionCatalog.of(
                        List.of(
                                all.byPath("answers.otherHypervisorVms"),
                                all.byPath("answers.serialPort")));
        FactsDocument oldVirtualBox =
                RuleFixture.facts("{'host':{'software':{'virtualBox':{'version':'5.2'}}}}");

        List<QuestionPlanner.Rank> ranks =
                new QuestionPlanner(advisor, blockedFirst).rank(oldVirtualBox, Set.of());

        assertThat(ranks)
                .extracting(r -> r.question().name())
                .containsExactly("serialPort", "otherHypervisorVms");
        assertThat(ranks).extracting(QuestionPlanner.Rank::direct).containsExactly(3, 2);
    }

    @Test
    void twoQuestionsThatMatterOnlyTogetherAreNotBothSkipped() {
        QuestionPlanner planner = new QuestionPlanner(advisor, QuestionCatalog.answers());
        FactsDocument facts =
                RuleFixture.facts("{'answers':{'serialPort':false,'memoryTight':false}}");

        QuestionPlanner.Rank next = planner.next(facts, Set.of());

        assertThat(next.question().name()).isEqualTo("projectLocation");
        assertThat(next.direct()).isZero();
        assertThat(next.combined()).isEqualTo(3);
        assertThat(next.partner()).isEqualTo("answers.windowsFsHeavyIo");
    }

    @Test
    void nothingIsNextWhenNoAnswerCanChangeTheAdvice() {
        QuestionPlanner planner = new QuestionPlanner(advisor, QuestionCatalog.answers());

        assertThat(
                        planner.next(
                                RuleFixture.facts(
                                        "{'host':{'hardware':{'slat':false}},'answers':{'docker':false,'systemd':false}}"),
                                Set.of()))
                .isNull();
    }
}
