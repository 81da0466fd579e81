package dev.wsladvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.facts.FieldSpec;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.scenario.ScenarioFiles;
import dev.wsladvisor.scenario.ScenarioReader;
import dev.wsladvisor.support.RuleFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental trials decide exactly as a fresh evaluation of the same variant would: on every
 * sample and scenario, for every value of every fact, and for random runs of one- and two-fact
 * variants in any order (the questionnaire's planner tries pairs).
 */
class TrialSessionTest {

    private static final Advisor ADVISOR = new Advisor(RuleFixture.rules());
    private static final List<FactsDocument> HOSTS = hosts();
    private static final List<FieldSpec> FIELDS = fields();

    @Test
    void everyValueOfEveryFactIsDecidedAsAFreshEvaluationWouldDecideIt() {
        int trials = 0;
        for (FactsDocument host : HOSTS) {
            List<String> incremental = new ArrayList<>();
            List<String> fresh = new ArrayList<>();
            ADVISOR.withTrials(
                    host,
                    session -> {
                        for (FieldSpec f : FIELDS) {
                            for (Object value : valuesOf(f)) {
                                incremental.add(
                                        f.path()
                                                + "="
                                                + value
                                                + ": "
                                                + session.decide(host.withFact(f.path(), value)));
                            }
                        }
                        return null;
                    });
            for (FieldSpec f : FIELDS) {
                for (Object value : valuesOf(f)) {
                    fresh.add(
                            f.path()
                                    + "="
                                    + value
                                    + ": "
                                    + ADVISOR.decide(host.withFact(f.path(), value)));
                }
            }
            assertThat(incremental).as(host.source()).containsExactlyElementsOf(fresh);
            trials += fresh.size();
        }
        assertThat(trials).isGreaterThan(5_000);
    }

    @Property(tries = 60)
    void anyRunOfOneAndTwoFactVariantsIsDecidedAsFreshEvaluationsWould(
            @ForAll("hostIndex") int hostIndex,
            @ForAll("variants") List<Tuple2<Change, Change>> run) {
        FactsDocument host = HOSTS.get(hostIndex);
        List<String> incremental =
                ADVISOR.withTrials(
                        host,
                        session -> {
                            List<String> out = new ArrayList<>();
                            out.add(session.base().toString());
                            for (Tuple2<Change, Change> v : run) {
                                out.add(session.decide(apply(host, v)).toString());
                            }
                            return out;
                        });
        List<String> fresh = new ArrayList<>();
        fresh.add(ADVISOR.decide(host).toString());
        for (Tuple2<Change, Change> v : run) {
            fresh.add(ADVISOR.decide(apply(host, v)).toString());
        }
        assertThat(incremental).containsExactlyElementsOf(fresh);
    }

    @Test
    void aVariantThatChangesNothingTheRulesSeeIsNotEvaluatedAgain() {
        FactsDocument host = HOSTS.get(0);
        ADVISOR.withTrials(
                host,
                session -> {
                    session.decide(host.withFact("answers.docker", true));
                    int evaluated = session.evaluations();
                    // The same change made again, and with it a change of the document's id, which
                    // no rule
                    // reads.
                    session.decide(host.withFact("answers.docker", true));
                    session.decide(
                            host.withFact("answers.docker", true).withFact("id", "another-name"));
                    assertThat(session.evaluations()).isEqualTo(evaluated);
                    return null;
                });
    }

    @Test
    void whereARuleInsertsItsOutputDirectlyEveryTrialIsEvaluatedAfresh(@TempDir Path dir)
            throws IOException {
        // A person's rule with a plain insert: its reason would outlive the answer that made it,
        // were the trial session to trust the engine to retract it.
        Files.writeString(
                dir.resolve("mine.drl"),
                """
                package my.rules;
                import dev.wsladvisor.facts.*;
                import static dev.wsladvisor.rules.Dsl.*;
                rule "Serial work wants WSL1 here"
                    @id("my-serial-wsl1") @explanation("Our serial tools run under WSL1.") @source("https://example.org/serial")
                    @favors("WSL1") @strength("need")
                when
                    Answers( serialPort == true )
                then
                    insert( reason(kcontext) );
                end
                """);
        Advisor mine = new Advisor(RuleBase.load(List.of(dir)));
        FactsDocument host =
                RuleFixture.facts(
                        "{\"host\": {\"os\": {\"edition\": \"Pro\", \"build\": 22631}}, \"answers\": {\"docker\": false}}");
        List<FactsDocument> variants =
                List.of(
                        host.withFact("answers.serialPort", true),
                        host.withFact("answers.serialPort", false),
                        host.withFact("answers.vpn", true));
        List<String> incremental =
                mine.withTrials(
                        host,
                        session ->
                                variants.stream().map(v -> session.decide(v).toString()).toList());
        List<String> fresh = variants.stream().map(v -> mine.decide(v).toString()).toList();
        assertThat(fresh.get(0)).startsWith("WSL1");
        assertThat(fresh.get(1)).startsWith("WSL2");
        assertThat(incremental).containsExactlyElementsOf(fresh);
    }

    /** One change: a field and the value it takes (null: unknown). */
    record Change(String path, Object value) {}

    private static FactsDocument apply(FactsDocument host, Tuple2<Change, Change> v) {
        FactsDocument out = host.withFact(v.get1().path(), v.get1().value());
        return v.get2() == null ? out : out.withFact(v.get2().path(), v.get2().value());
    }

    @Provide
    Arbitrary<Integer> hostIndex() {
        return Arbitraries.integers().between(0, HOSTS.size() - 1);
    }

    @Provide
    Arbitrary<List<Tuple2<Change, Change>>> variants() {
        Arbitrary<Change> change =
                Arbitraries.of(FIELDS)
                        .flatMap(
                                f -> Arbitraries.of(valuesOf(f)).map(v -> new Change(f.path(), v)));
        Arbitrary<Tuple2<Change, Change>> variant =
                Arbitraries.oneOf(
                        change.map(c -> Tuple.of(c, null)),
                        change.flatMap(a -> change.map(b -> Tuple.of(a, b))));
        return variant.list().ofMinSize(1).ofMaxSize(25);
    }

    /** Every value a trial may give the field, and unknown. */
    private static List<Object> valuesOf(FieldSpec f) {
        List<Object> values = new ArrayList<>(f.trialValues());
        values.add(null);
        return values;
    }

    private static List<FieldSpec> fields() {
        List<FieldSpec> out = new ArrayList<>();
        for (FieldSpec leaf : FactsSchema.root().leaves()) {
            if (!leaf.trialValues().isEmpty()) {
                out.add(leaf);
            }
        }
        return out;
    }

    private static List<FactsDocument> hosts() {
        List<FactsDocument> out = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("facts"))) {
            for (Path p : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(new FactsReader(false).read(p.toString(), null));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Path p : ScenarioFiles.find(List.of(Path.of("src/test/resources/scenarios")))) {
            out.add(ScenarioReader.read(p).facts());
        }
        return out;
    }
}
