package dev.wsladvisor.ask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.facts.FactsSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private final QuestionCatalog catalog = QuestionCatalog.answers();

    @Test
    void yesNoQuestionsTakeYYesNNoTrueFalseInAnyCase() {
        Question docker = catalog.byPath("answers.docker");

        for (String yes : new String[] {"y", "yes", "YES", "true", " Yes "}) {
            assertThat(docker.parse(yes).value()).as(yes).isEqualTo(true);
        }
        for (String no : new String[] {"n", "no", "No", "false"}) {
            assertThat(docker.parse(no).value()).as(no).isEqualTo(false);
        }
        assertThat(docker.parse("maybe")).isNull();
        assertThat(docker.parse("1")).isNull();
    }

    @Test
    void theCatalogueIsTheContractsAnswersWithTheirQuestionText() {
        List<String> declared = new ArrayList<>();
        FactsSchema.at("answers").children().values().forEach(f -> declared.add(f.path()));
        declared.removeAll(catalog.notAskable());
        assertThat(catalog.questions())
                .extracting(Question::path)
                .as("every answers field with fixed choices, in declaration order")
                .containsExactlyElementsOf(declared);
        assertThat(catalog.byPath("answers.docker").text())
                .isEqualTo("Will you run Docker or other Linux containers?");
        assertThat(catalog.byPath("answers.projectLocation").allowed())
                .isEqualTo("1 linux / 2 windows / 3 both");
        assertThat(catalog.notAskable()).containsExactly("answers.errors");
        assertThat(catalog.questions())
                .allSatisfy(q -> assertThat(q.help()).as(q.path()).isNotBlank());
    }

    @Test
    void dontKnowWordsAndAnEmptyLineLeaveAFactUnknown() {
        assertThat(Question.isDontKnow("")).isTrue();
        assertThat(Question.isDontKnow("  ")).isTrue();
        assertThat(Question.isDontKnow("Don't know")).isTrue();
        assertThat(Question.isDontKnow("skip")).isTrue();
        assertThat(Question.isDontKnow("no")).isFalse();
    }
}
