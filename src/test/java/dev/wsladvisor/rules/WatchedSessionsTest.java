package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.Decision;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Sessions holding the person's rules run each insertion and round of firing on a worker thread
 * under the time budget: to the caller they behave as if the work ran on its own thread.
 */
class WatchedSessionsTest {

    private final RuleBase rules =
            RuleBase.load(List.of(Path.of("src/test/resources/user-rules/good")));

    private static FactsDocument sample(String name) throws IOException {
        return new FactsReader(false).parse(Files.readAllBytes(Path.of("facts", name)), name);
    }

    @Test
    void anInterruptedCallerStillGetsItsAnswerAndKeepsTheInterrupt() throws IOException {
        FactsDocument laptop = sample("home-laptop.json");
        Decision quiet = new Advisor(rules).decide(laptop);
        Thread.currentThread().interrupt();
        try {
            Decision interrupted = new Advisor(rules).decide(laptop);
            assertThat(interrupted.recommendation()).isEqualTo(quiet.recommendation());
            assertThat(interrupted.blockerIds()).isEqualTo(quiet.blockerIds());
            assertThat(Thread.currentThread().isInterrupted())
                    .as("the caller's interrupt is its own to handle")
                    .isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void evaluationsOnSeveralThreadsAtOnceGiveTheAnswersOfOneThread() throws Exception {
        List<String> samples =
                List.of(
                        "home-laptop.json",
                        "no-slat-cpu.json",
                        "server-2019.json",
                        "corporate-vpn.json",
                        "hyper-v-vm-without-nesting.json",
                        "old-1909-build.json");
        List<Decision> expected = new ArrayList<>();
        for (String name : samples) {
            expected.add(new Advisor(rules).decide(sample(name)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Decision>> got = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (String name : samples) {
                    FactsDocument facts = sample(name);
                    got.add(threads.submit(() -> new Advisor(rules).decide(facts)));
                }
            }
            for (int i = 0; i < got.size(); i++) {
                Decision want = expected.get(i % samples.size());
                Decision decision = got.get(i).get();
                assertThat(decision.recommendation())
                        .as(samples.get(i % samples.size()))
                        .isEqualTo(want.recommendation());
                assertThat(decision.blockerIds())
                        .as(samples.get(i % samples.size()))
                        .isEqualTo(want.blockerIds());
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(rules.openSessions())
                .as("one reused session per calling thread, none per worker")
                .isLessThanOrEqualTo(5);
    }

    @Test
    void aNestedEvaluationRunsOnASessionOfItsOwnThatIsClosedAfterwards() throws IOException {
        FactsDocument laptop = sample("home-laptop.json");
        int before = rules.openSessions();
        for (int i = 0; i < 20; i++) {
            int outer =
                    rules.withSession(
                            session -> {
                                session.insertAll(laptop.ruleFacts());
                                session.fireAllRules();
                                int inner =
                                        rules.withSession(
                                                other -> {
                                                    assertThat(other).isNotSameAs(session);
                                                    other.insertAll(laptop.ruleFacts());
                                                    other.fireAllRules();
                                                    return other.outputs(Reason.class).size();
                                                });
                                assertThat(inner).isEqualTo(session.outputs(Reason.class).size());
                                return inner;
                            });
            assertThat(outer).isPositive();
        }
        assertThat(rules.openSessions())
                .as("the calling thread's one reused session at most")
                .isLessThanOrEqualTo(Math.max(before, 1));
    }
}
