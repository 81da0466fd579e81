package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.Decision;
import dev.wsladvisor.advice.VerdictPolicy;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluations reuse one session per thread: same answers, and no session left open per Advisor. */
class ReusedSessionsTest {

    private final RuleBase rules = RuleBase.load(List.of());

    private static FactsDocument sample(String name) throws IOException {
        return new FactsReader(false).parse(Files.readAllBytes(Path.of("facts", name)), name);
    }

    @Test
    void manyAdvisorsKeepAtMostOneSessionOpenPerThread() throws IOException {
        FactsDocument laptop = sample("home-laptop.json");
        for (int i = 0; i < 250; i++) {
            new Advisor(rules).decide(laptop);
        }
        assertThat(rules.openSessions()).isLessThanOrEqualTo(1);
    }

    @Test
    void aReusedSessionGivesTheSameAnswersAsFreshOnes() throws IOException {
        Advisor advisor = new Advisor(rules);
        List<String> samples =
                List.of(
                        "home-laptop.json",
                        "no-slat-cpu.json",
                        "server-2019.json",
                        "corporate-vpn.json",
                        "hyper-v-vm-without-nesting.json",
                        "old-1909-build.json");
        for (int round = 0; round < 3; round++) {
            for (String name : samples) {
                FactsDocument facts = sample(name);
                Decision reused = advisor.decide(facts);
                Decision fresh;
                try (RuleSession session = rules.newSession()) {
                    session.insertAll(facts.ruleFacts());
                    session.fireAllRules();
                    fresh =
                            VerdictPolicy.decide(
                                    session.outputs(Reason.class), session.outputs(Blocker.class));
                }
                assertThat(reused.recommendation()).as(name).isEqualTo(fresh.recommendation());
                assertThat(reused.blocked()).as(name).isEqualTo(fresh.blocked());
                assertThat(reused.blockerIds()).as(name).isEqualTo(fresh.blockerIds());
            }
        }
    }

    @Test
    void aNestedEvaluationGetsASessionOfItsOwnAndAFailedOneIsDropped() throws IOException {
        FactsDocument laptop = sample("home-laptop.json");
        int outer =
                rules.withSession(
                        session -> {
                            session.insertAll(laptop.ruleFacts());
                            int inner =
                                    rules.withSession(
                                            other -> {
                                                assertThat(other).isNotSameAs(session);
                                                return other.outputs(Object.class).size();
                                            });
                            assertThat(inner).isZero();
                            return session.outputs(Object.class).size();
                        });
        assertThat(outer).isPositive();

        assertThatThrownBy(
                        () ->
                                rules.withSession(
                                        session -> {
                                            throw new IllegalStateException("boom");
                                        }))
                .hasMessage("boom");
        int afterFailure = rules.withSession(session -> session.outputs(Object.class).size());
        assertThat(afterFailure).isZero();
    }
}
