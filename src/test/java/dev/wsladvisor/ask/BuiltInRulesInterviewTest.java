package dev.wsladvisor.ask;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.support.RuleFixture;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interview on the built-in knowledge base, for hosts from facts/ with their answers removed.
 * The rules grow, so these tests check what must hold whatever they say, not which question comes
 * first.
 */
class BuiltInRulesInterviewTest {

    private static QuestionPlanner planner;
    private final StringWriter transcript = new StringWriter();

    @BeforeAll
    static void compileRules() {
        planner = new QuestionPlanner(new Advisor(RuleFixture.rules()), QuestionCatalog.answers());
    }

    private static FactsDocument hostOnly(String sample) throws IOException {
        FactsDocument full = read(Files.readString(Path.of("facts", sample)));
        ObjectNode host = full.json().deepCopy();
        host.remove("answers");
        return read(host.toString());
    }

    private static FactsDocument read(String json) {
        return new FactsReader(false)
                .read("-", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private Interview.Result run(FactsDocument start, String input) {
        return new Interview(
                        planner,
                        new BufferedReader(new StringReader(input)),
                        new PrintWriter(transcript, true),
                        true)
                .run(start);
    }

    @Test
    void windowsServer2019AsksOnlyAboutNeedsWsl1WouldLeaveUnmet() throws IOException {
        Interview.Result result =
                run(hostOnly("server-2019.json"), "no\n".repeat(Fixture.catalogueSize()));

        assertThat(result.settled())
                .extracting(s -> s.question().path())
                .isSubsetOf(WSL2_ONLY)
                .contains("answers.docker");
        assertThat(transcript.toString()).contains("now that WSL2 cannot run here (rule ");
    }

    @Test
    void aCpuWithoutSlatAsksOnlyAboutNeedsWsl1WouldLeaveUnmet() throws IOException {
        Interview.Result result =
                run(hostOnly("no-slat-cpu.json"), "no\n".repeat(Fixture.catalogueSize()));

        assertThat(result.settled()).extracting(s -> s.question().path()).isSubsetOf(WSL2_ONLY);
    }

    /**
     * What only WSL2 can do: on a PC where WSL2 never runs, a yes adds a warning that the need
     * cannot be met here.
     */
    private static final java.util.List<String> WSL2_ONLY =
            java.util.List.of(
                    "answers.docker",
                    "answers.gpuCompute",
                    "answers.systemd",
                    "answers.kernelFeatures",
                    "answers.usbDevices",
                    "answers.guiApps");

    @Test
    void aHomeLaptopAsksAndQuestionMarkNamesTheRulesAndTheOutcomes() throws IOException {
        Interview.Result result = run(hostOnly("home-laptop.json"), "?\nstop\n");

        assertThat(result.ending()).isEqualTo(Interview.Ending.STOPPED);
        assertThat(transcript.toString())
                .contains(
                        "(1) ",
                        "Why this question: on what is known so far the advice is ",
                        "Rules that read answers.")
                .containsPattern("\\n  \\S+ +-> WSL[12].*\\n");
    }

    @Test
    void answeringNoToEverythingEndsAndEveryQuestionAskedCouldHaveChangedTheAdvice()
            throws IOException {
        FactsDocument start = hostOnly("home-laptop.json");

        // "no" answers a yes/no question and is refused by the choice question, which then takes
        // "linux"; a yes/no question that gets "linux" refuses it and takes the next "no".
        Interview.Result result = run(start, "no\nlinux\n".repeat(20));

        assertThat(result.ending()).isEqualTo(Interview.Ending.NOTHING_LEFT_TO_ASK);
        assertThat(result.asked()).isBetween(1, 15);
        assertThat(result.settled()).allSatisfy(s -> assertThat(s.value()).isNotNull());
        assertThat(planner.next(result.facts(), Set.of()))
                .as("no open question can change the advice")
                .isNull();
    }
}
