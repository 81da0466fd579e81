package dev.wsladvisor.ask;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.Decision;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.support.RuleFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figure in docs/questionnaire.md: for every sample in facts/, its answers are removed and the
 * questionnaire is run against a person who answers as the sample did ("don't know" where the
 * sample is silent). Counts the questions asked against the catalogue, and checks that the advice
 * reached is the one the full sample gets. Writes the table to target/questionnaire-count.md; rerun
 * with {@code mvn -q test -Dtest=QuestionCountTest}.
 */
class QuestionCountTest {

    private static QuestionPlanner planner;

    @BeforeAll
    static void compileRules() {
        planner = new QuestionPlanner(new Advisor(RuleFixture.rules()), QuestionCatalog.answers());
    }

    record Row(String sample, List<String> asked, Decision full, Decision reached) {}

    @Test
    void theSamplesNeedFewQuestionsAndReachTheSameAdvice() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).as("samples in facts/").isNotEmpty();
        List<Row> rows = new ArrayList<>();
        for (Path sample : samples) {
            FactsDocument full = read(Files.readString(sample));
            ObjectNode withoutAnswers = full.json().deepCopy();
            // Errors the person saw are evidence the questionnaire does not ask for: they stay, as
            // ask --probe keeps them.
            if (withoutAnswers.path("answers").isObject()) {
                ((ObjectNode) withoutAnswers.get("answers")).retain("errors");
            }
            FactsDocument start = read(withoutAnswers.toString());
            QuestionPlanner.Simulation run = planner.simulate(start, q -> answerFrom(full, q));
            rows.add(
                    new Row(
                            sample.getFileName().toString(),
                            run.asked().stream().map(Question::name).toList(),
                            planner.advisor().decide(full),
                            planner.advisor().decide(run.facts())));
        }
        String table = table(rows);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/questionnaire-count.md"), table);
        System.out.print(table);

        int catalogue = planner.catalog().questions().size();
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.asked().size()).as(r.sample()).isLessThan(catalogue));
        assertThat(rows)
                .allSatisfy(
                        r -> {
                            assertThat(r.reached().recommendation())
                                    .as(r.sample())
                                    .isEqualTo(r.full().recommendation());
                            assertThat(r.reached().blocked())
                                    .as(r.sample())
                                    .isEqualTo(r.full().blocked());
                            assertThat(r.reached().blockerIds())
                                    .as(r.sample())
                                    .isEqualTo(r.full().blockerIds());
                        });
    }

    private static Object answerFrom(FactsDocument sample, Question q) {
        JsonNode v = sample.value(q.path());
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v.isTextual() ? v.asText() : null;
    }

    private static FactsDocument read(String json) {
        return new FactsReader(false)
                .read("-", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String table(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append(
                "| sample | questions asked | asked, in order | advice (full sample) | advice (after the questions) |\n");
        s.append("| --- | --- | --- | --- | --- |\n");
        int total = 0;
        for (Row r : rows) {
            total += r.asked().size();
            s.append("| ")
                    .append(r.sample())
                    .append(" | ")
                    .append(r.asked().size())
                    .append(" | ")
                    .append(String.join(", ", r.asked()))
                    .append(" | ")
                    .append(WhyThisQuestion.describe(r.full()))
                    .append(" | ")
                    .append(WhyThisQuestion.describe(r.reached()))
                    .append(" |\n");
        }
        s.append(
                String.format(
                        Locale.ROOT,
                        "%nAverage: %.1f questions asked of %d in the catalogue, over %d samples.%n",
                        (double) total / rows.size(),
                        planner.catalog().questions().size(),
                        rows.size()));
        return s.toString();
    }
}
