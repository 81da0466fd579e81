package dev.wsladvisor.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.support.RuleFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InterviewTest {

    private static QuestionPlanner planner;
    private final StringWriter transcript = new StringWriter();

    @BeforeAll
    static void compileRules() {
        planner = new QuestionPlanner(new Advisor(Fixture.rules()), QuestionCatalog.answers());
    }

    private Interview.Result run(FactsDocument start, String... lines) {
        String input = lines.length == 0 ? "" : String.join("\n", lines) + "\n";
        Interview interview =
                new Interview(
                        planner,
                        new BufferedReader(new StringReader(input)),
                        new PrintWriter(transcript, true),
                        true);
        return interview.run(start);
    }

    private Interview.Result runPiped(FactsDocument start, String... lines) {
        String input = lines.length == 0 ? "" : String.join("\n", lines) + "\n";
        return new Interview(
                        planner,
                        new BufferedReader(new StringReader(input)),
                        new PrintWriter(transcript, true),
                        true,
                        true)
                .run(start);
    }

    private static List<String> askedNames(Interview.Result result) {
        return result.settled().stream().map(s -> s.question().name()).toList();
    }

    @Test
    void asksTheQuestionThatCanFlipTheRecommendationFirst() {
        Interview.Result result =
                run(FactsDocument.empty(), "no", "no", "windows", "yes", "yes", "no");

        // After docker = yes, file watching is still asked: a yes would leave another exception
        // unmet (a warning).
        assertThat(askedNames(result))
                .containsExactly(
                        "serialPort",
                        "memoryTight",
                        "projectLocation",
                        "windowsFsHeavyIo",
                        "docker",
                        "fileWatching");
        assertThat(transcript.toString()).contains("(1) Do you need physical serial (COM) ports");
        assertThat(result.ending()).isEqualTo(Interview.Ending.NOTHING_LEFT_TO_ASK);
        assertThat(result.facts().value("answers.projectLocation").asText()).isEqualTo("windows");
        assertThat(result.facts().value("answers.docker").booleanValue()).isTrue();
    }

    @Test
    void saysWhyEachSkippedQuestionCannotChangeTheAdvice() {
        Interview.Result result =
                run(FactsDocument.empty(), "no", "no", "windows", "yes", "yes", "no");

        assertThat(result.skipped())
                .extracting(Interview.Skip::path)
                .contains("answers.systemd", "answers.errors");
        Interview.Skip systemd =
                result.skipped().stream()
                        .filter(s -> s.path().equals("answers.systemd"))
                        .findFirst()
                        .orElseThrow();
        assertThat(systemd.reason())
                .isEqualTo(
                        "no answer changes the advice now that answers.docker = true makes WSL2 a must"
                                + " (rule fixture-docker-needs-wsl2)");
        assertThat(transcript.toString())
                .contains(
                        "Asked 6 of " + Fixture.catalogueSize() + " questions.",
                        "Your answers: serialPort = no, memoryTight = no, projectLocation = windows, windowsFsHeavyIo = yes, docker = yes, fileWatching = no.",
                        "Not asked:",
                        ": no answer changes the advice now that answers.docker = true makes WSL2 a must");
    }

    @Test
    void whereWsl2CanNeverRunOnlyNeedsItWouldLeaveUnmetAreAsked() {
        Interview.Result result =
                run(RuleFixture.facts("{'host':{'hardware':{'slat':false}}}"), "no", "no");

        // A yes to Docker or systemd would add a warning that the need cannot be met on this PC:
        // worth asking.
        assertThat(askedNames(result)).containsExactlyInAnyOrder("docker", "systemd");
        assertThat(transcript.toString())
                .contains("Asked 2 of " + Fixture.catalogueSize() + " questions.")
                .contains("answers.projectLocation")
                .contains(
                        ": no answer changes the advice now that WSL2 cannot run here (rule fixture-no-slat: host.hardware.slat = false)");
    }

    @Test
    void asksNothingWhenEveryAnswerIsGiven() {
        FactsDocument complete = RuleFixture.facts(Fixture.everyAnswer());

        Interview.Result result = run(complete, "yes");

        assertThat(result.settled()).isEmpty();
        assertThat(result.skipped()).isEmpty();
        assertThat(result.facts().json()).isEqualTo(complete.json());
    }

    @Test
    void neverAsksAgainWhatTheFactsAlreadySay() {
        Interview.Result result =
                run(
                        RuleFixture.facts("{'answers':{'serialPort':false,'memoryTight':false}}"),
                        "linux");

        assertThat(askedNames(result)).containsExactly("projectLocation");
        assertThat(transcript.toString())
                .contains(
                        "Of the "
                                + Fixture.catalogueSize()
                                + " in the catalogue (2 answered in the facts already)");
    }

    @Test
    void questionMarkShowsWhatEachAnswerWouldLeadToAndTheRulesWaiting() {
        run(FactsDocument.empty(), "?", "no");

        assertThat(transcript.toString())
                .contains("Why this question: on what is known so far the advice is WSL2.")
                .contains("  yes        -> WSL1\n")
                .contains("  no         -> WSL2 (no change)\n")
                .contains("  don't know -> WSL2\n")
                .contains(
                        "Rules that read answers.serialPort:\n  fixture-serial-needs-wsl1: WSL1 maps COM ports")
                .contains("About the question: COM ports built into the PC");
    }

    @Test
    void questionMarkOnAQuestionThatMattersOnlyWithAnotherNamesTheOther() {
        run(RuleFixture.facts("{'answers':{'serialPort':false,'memoryTight':false}}"), "?");

        assertThat(transcript.toString())
                .contains("(1) Where will your project files live")
                .contains(
                        "On its own no answer changes it, but once answers.windowsFsHeavyIo is \"yes\"")
                .contains("  windows    -> WSL1\n");
    }

    @Test
    void backReturnsToThePreviousQuestionAndForgetsItsAnswer() {
        Interview.Result result = run(FactsDocument.empty(), "no", "back", "yes", "no");

        assertThat(transcript.toString())
                .containsSubsequence(
                        "(1) Do you need physical serial",
                        "(2) Is memory scarce",
                        "(1) Do you need physical serial",
                        "(2) Will you run Docker");
        assertThat(result.facts().value("answers.serialPort").booleanValue()).isTrue();
        assertThat(askedNames(result)).startsWith("serialPort", "docker");
    }

    @Test
    void backOnTheFirstQuestionSaysThereIsNothingBeforeIt() {
        Interview.Result result = run(FactsDocument.empty(), "back", "no", "no", "linux");

        assertThat(transcript.toString())
                .contains("This is the first question; there is nothing to go back to.");
        assertThat(result.facts().value("answers.serialPort").booleanValue()).isFalse();
    }

    @Test
    void invalidInputAsksAgainWithTheAllowedAnswers() {
        Interview.Result result = run(FactsDocument.empty(), "maybe", "n");

        assertThat(transcript.toString())
                .contains(
                        "'maybe' is not an answer to this question. Type yes / no; Enter or \"don't know\" leaves it unknown");
        assertThat(result.facts().value("answers.serialPort").booleanValue()).isFalse();
    }

    @Test
    void anEmptyLineOrDontKnowLeavesTheFactUnknownAndItIsNotAskedAgain() {
        Interview.Result result =
                run(FactsDocument.empty(), "", "don't know", "skip", "skip", "skip", "skip");

        assertThat(result.facts().isKnown("answers.serialPort")).isFalse();
        assertThat(result.settled()).extracting(Interview.Settled::value).containsOnlyNulls();
        assertThat(askedNames(result)).doesNotHaveDuplicates();
        assertThat(result.ending()).isEqualTo(Interview.Ending.NOTHING_LEFT_TO_ASK);
        assertThat(transcript.toString()).contains("left unknown");
    }

    @Test
    void enumerationsTakeTheNumberOfAChoice() {
        Interview.Result result =
                run(
                        RuleFixture.facts("{'answers':{'serialPort':false,'memoryTight':false}}"),
                        "2",
                        "no");

        assertThat(result.facts().value("answers.projectLocation").asText()).isEqualTo("windows");
    }

    @Test
    void endOfInputStopsCleanlyAndKeepsTheAnswersGiven() {
        Interview.Result result = run(FactsDocument.empty(), "no");

        assertThat(result.ending()).isEqualTo(Interview.Ending.INPUT_ENDED);
        assertThat(result.facts().value("answers.serialPort").booleanValue()).isFalse();
        assertThat(transcript.toString())
                .contains(
                        "Input ended: no more questions. The advice below uses the answers given so far.");
        assertThat(result.skipped())
                .filteredOn(s -> s.path().equals("answers.memoryTight"))
                .extracting(Interview.Skip::reason)
                .containsExactly("not asked: the input ended before it");
    }

    @Test
    void stopEndsTheQuestionsAtOnce() {
        Interview.Result result = run(FactsDocument.empty(), "stop", "yes");

        assertThat(result.ending()).isEqualTo(Interview.Ending.STOPPED);
        assertThat(result.settled()).isEmpty();
    }

    @Test
    void aQuestionThatCanOnlyChangeTheBlockedStateIsAskedForAnOldVirtualbox() {
        FactsDocument oldVirtualBox =
                RuleFixture.facts(
                        "{'host':{'software':{'virtualBox':{'version':'5.2.44'}}},"
                                + "'answers':{'serialPort':false,'memoryTight':false,'projectLocation':'linux'}}");

        Interview.Result result = run(oldVirtualBox, "?", "yes");

        assertThat(askedNames(result)).containsExactly("otherHypervisorVms");
        assertThat(transcript.toString())
                .contains("  yes        -> WSL2, blocked by fixture-old-virtualbox\n");
    }

    @Test
    void pipedInputThatIsNotAnAnswerFailsNamingTheLineTheQuestionAndTheAnswers() {
        assertThatThrownBy(() -> runPiped(FactsDocument.empty(), "no", "", "maybe"))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("input line 3 ('maybe')")
                .hasMessageContaining("question projectLocation")
                .hasMessageContaining("1 linux / 2 windows / 3 both")
                .hasMessageContaining("no advice");
    }

    @Test
    void pipedBackAtTheFirstQuestionFailsAsTheLinesAreOutOfStep() {
        assertThatThrownBy(() -> runPiped(FactsDocument.empty(), "back", "no"))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("input line 1 ('back')")
                .hasMessageContaining("nothing to go back to");
    }

    @Test
    void pipedControlCharactersAreQuotedAsEscapes() {
        assertThatThrownBy(() -> runPiped(FactsDocument.empty(), "may\u001b[31mbe"))
                .hasMessageContaining("'may\\x1b[31mbe'");
        assertThat(transcript.toString()).doesNotContain("\u001b");
    }

    @Test
    void nameValueAnswersAQuestionWhateverTheOrder() {
        Interview.Result result =
                runPiped(
                        FactsDocument.empty(),
                        "projectLocation=windows",
                        "docker = yes",
                        "serialPort=no");

        assertThat(askedNames(result)).containsExactly("projectLocation", "docker", "serialPort");
        assertThat(transcript.toString()).contains("(1) Do you need physical serial (COM) ports");
        assertThat(result.facts().value("answers.projectLocation").asText()).isEqualTo("windows");
        assertThat(result.facts().value("answers.docker").booleanValue()).isTrue();
        assertThat(result.facts().value("answers.serialPort").booleanValue()).isFalse();
    }

    @Test
    void nameValueWithAnUnknownNameOrAWrongValueFailsWhenPiped() {
        assertThatThrownBy(() -> runPiped(FactsDocument.empty(), "dokcer=yes"))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("'dokcer' is not the name of a question");
        assertThatThrownBy(() -> runPiped(FactsDocument.empty(), "docker=maybe"))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("'maybe' is not an answer to docker (yes / no)")
                .hasMessageContaining("answers question docker")
                .hasMessageNotContaining("1 linux");
        assertThatThrownBy(() -> runPiped(FactsDocument.empty(), "docker=yes", "docker=no"))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("input line 2")
                .hasMessageContaining("answered already");
    }

    @Test
    void theInstructionsArePrintedOnlyWhenAQuestionIsAsked() {
        FactsDocument noSlat =
                RuleFixture.facts(
                        "{'host':{'hardware':{'slat':false}},'answers':{'docker':false,'systemd':false}}");
        Interview.Result nothing = runPiped(noSlat);
        assertThat(nothing.asked()).isZero();
        assertThat(transcript.toString())
                .doesNotContain("At each prompt")
                .doesNotContain("A few questions");

        runPiped(FactsDocument.empty(), "no");
        assertThat(transcript.toString()).contains("At each prompt");
    }
}
