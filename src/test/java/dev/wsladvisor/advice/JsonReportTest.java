package dev.wsladvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.support.RuleFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written JSON writer gives, byte for byte, what Jackson's data binding makes of the
 * annotated {@link Advice} records: the records stay the one description of the contract's field
 * order and nulls.
 */
class JsonReportTest {

    private static final ObjectMapper PRETTY =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    /** Batch without --what-if leaves the two lists out rather than writing null. */
    abstract static class NotComputed {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<Advice.WhatIfItem> whatIf();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<String> unknown();
    }

    private static final ObjectMapper BATCH =
            new ObjectMapper().addMixIn(Advice.class, NotComputed.class);

    @Test
    void everySampleIsWrittenAsDataBindingWritesIt() throws IOException {
        for (Advice advice : sampleAdvice()) {
            assertThat(JsonReport.pretty(advice)).isEqualTo(PRETTY.writeValueAsString(advice));
            assertThat(JsonReport.compact(advice)).isEqualTo(COMPACT.writeValueAsString(advice));
        }
    }

    @Test
    void batchAdviceLeavesOutWhatWasNotComputed() throws IOException {
        FactsDocument facts = read(Path.of("facts/docker-web-developer.json"));
        WslConfigAdviceReporter none = new WslConfigAdviceReporter(null);
        Advice advice =
                new AdviceAssembler(new Advisor(RuleFixture.rules(), none.extraFacts()), none)
                        .advise(facts, false);
        assertThat(advice.whatIf()).isNull();
        assertThat(JsonReport.compact(advice))
                .isEqualTo(BATCH.writeValueAsString(advice))
                .doesNotContain("whatIf", "unknown");
    }

    @Test
    void nullsAreWrittenOrLeftOutAsTheRecordsSay() throws IOException {
        Advice advice =
                new Advice(
                        Advice.SCHEMA_VERSION,
                        null,
                        "WSL1",
                        true,
                        0.5,
                        "s \"quoted\"\n",
                        List.of(new Advice.BlockerItem("b", "m", null, "src", List.of("x = ü"))),
                        List.of(new Advice.ReasonItem("r", "WSL1", 100, "e", List.of(), "src")),
                        List.of(new Advice.WarningItem("w", "m", null, "src", List.of())),
                        new Advice.WslConfigPart(
                                List.of(new Advice.Setting("wsl2", "memory", "4GB", "why", null)),
                                "[wsl2]\r\n",
                                List.of(new Advice.Finding("error", null, null, "k", "m", null)),
                                "note"),
                        List.of(),
                        List.of(),
                        List.of());
        assertThat(JsonReport.pretty(advice)).isEqualTo(PRETTY.writeValueAsString(advice));
        assertThat(JsonReport.compact(advice)).isEqualTo(COMPACT.writeValueAsString(advice));
    }

    /** Every sample in facts/, each with and without a real .wslconfig that has findings. */
    private static List<Advice> sampleAdvice() throws IOException {
        Path wslconfig = Path.of("src/test/resources/wslconfig/real/7ruedzn__wsl.wslconfig");
        List<Advice> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                FactsDocument facts = read(file);
                for (Path config : new Path[] {null, wslconfig}) {
                    WslConfigAdviceReporter reporter = new WslConfigAdviceReporter(config);
                    out.add(
                            new AdviceAssembler(
                                            new Advisor(RuleFixture.rules(), reporter.extraFacts()),
                                            reporter)
                                    .advise(facts));
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(20);
        assertThat(out).anySatisfy(a -> assertThat(a.wslconfig().findings()).isNotEmpty());
        return out;
    }

    private static FactsDocument read(Path file) throws IOException {
        return new FactsReader(false).parse(Files.readAllBytes(file), file.toString());
    }
}
