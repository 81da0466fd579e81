package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.ask.Fixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ask and advise-on-a-terminal through Main.run, as a person or a script runs them: the built-in
 * rules plus the questionnaire's fixture rules (--rules), answers on standard input.
 */
class AskCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String input, boolean terminal, String... args) {
        Console console =
                new Console(
                        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                        terminal,
                        Map.of("NO_COLOR", "1"));
        return Main.run(args, console, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json.replace('\'', '"'));
    }

    private static String advise(Path facts) {
        StringWriter adviceOut = new StringWriter();
        int code =
                Main.run(
                        new String[] {
                            "advise",
                            "--facts",
                            facts.toString(),
                            "--format",
                            "json",
                            "--rules",
                            Fixture.rulesDir().toString()
                        },
                        new Console(new ByteArrayInputStream(new byte[0]), false, Map.of()),
                        new PrintWriter(adviceOut, true),
                        new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        return adviceOut.toString();
    }

    @Test
    void savedAnswersGiveAdviseTheSameAdviceAsAskPrinted() throws IOException {
        Path host =
                write(
                        "host.json",
                        "{'id':'PC-1','host':{'os':{'edition':'Pro','build':19045,'architecture':'x64'}}}");
        Path saved = dir.resolve("me.json");

        int code =
                run(
                        "serialPort=no\nmemoryTight=no\nprojectLocation=windows\nwindowsFsHeavyIo=yes\ndocker=yes\n",
                        false,
                        "ask",
                        "--facts",
                        host.toString(),
                        "--rules",
                        Fixture.rulesDir().toString(),
                        "--save-answers",
                        saved.toString(),
                        "--format",
                        "json");

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("(1) ", "Saved the facts and your answers to " + saved);
        assertThat(Files.readString(saved))
                .contains(
                        "\"schemaVersion\" : 1",
                        "\"id\" : \"PC-1\"",
                        "\"build\" : 19045",
                        "\"answers\"");
        assertThat(out.toString()).isEqualTo(advise(saved));
    }

    @Test
    void withTheBuiltInRulesAloneSavedAnswersReproduceTheAdvice() throws IOException {
        String sample = Files.readString(Path.of("facts", "virtualbox-6.0-user.json"));
        Path host =
                write(
                        "host.json",
                        sample.replaceAll("(?s),\\s*\"answers\"\\s*:\\s*\\{[^}]*\\}", ""));
        assertThat(Files.readString(host)).doesNotContain("\"answers\"");
        Path saved = dir.resolve("answers.json");

        int code =
                run(
                        "projectLocation=windows\nserialPort=yes\notherHypervisorVms=yes\ndocker=yes\nguiApps=yes\n",
                        false,
                        "ask",
                        "--facts",
                        host.toString(),
                        "--save-answers",
                        saved.toString(),
                        "--format",
                        "json");

        assertThat(code).as(err.toString()).isZero();
        StringWriter adviceOut = new StringWriter();
        Main.run(
                new String[] {"advise", "--facts", saved.toString(), "--format", "json"},
                new Console(new ByteArrayInputStream(new byte[0]), false, Map.of()),
                new PrintWriter(adviceOut, true),
                new PrintWriter(new StringWriter(), true));
        assertThat(out.toString()).isEqualTo(adviceOut.toString());
        assertThat(Files.readString(saved)).contains("\"answers\"");
    }

    @Test
    void anExistingAnswersFileIsKeptAsABackup() throws IOException {
        Path saved = write("me.json", "{'answers':{'docker':true}}");

        int code =
                run(
                        "stop\n",
                        false,
                        "ask",
                        "--rules",
                        Fixture.rulesDir().toString(),
                        "--save-answers",
                        saved.toString());

        assertThat(code).isZero();
        Path backup;
        try (var files = Files.list(dir)) {
            backup =
                    files.filter(f -> f.getFileName().toString().startsWith("me.json.bak-"))
                            .findFirst()
                            .orElseThrow();
        }
        assertThat(Files.readString(backup)).isEqualTo("{\"answers\":{\"docker\":true}}");
        assertThat(err.toString())
                .contains("the previous file is kept as")
                .contains("me.json.bak-");
        assertThat(advise(saved)).isNotEmpty();
    }

    @Test
    void endOfInputStillPrintsTheAdviceWithoutAStackTrace() {
        int code = run("", false, "ask", "--rules", Fixture.rulesDir().toString());

        assertThat(code).isZero();
        assertThat(err.toString())
                .contains("Input ended: no more questions.")
                .doesNotContain("Exception");
        assertThat(out.toString()).startsWith("Recommendation: ");
    }

    @Test
    void aCompleteFactsDocumentAsksNothing() throws IOException {
        Path complete = write("complete.json", Fixture.everyAnswer());

        int code =
                run(
                        "",
                        false,
                        "ask",
                        "--facts",
                        complete.toString(),
                        "--rules",
                        Fixture.rulesDir().toString());

        assertThat(code).isZero();
        assertThat(err.toString())
                .contains("Asked 0 of " + Fixture.catalogueSize() + " questions.")
                .doesNotContain("(1) ")
                .doesNotContain("At each prompt");
        // Piped, a line that answers nothing is left unused with a warning: the advice stands, the
        // script learns it.
        assertThat(
                        run(
                                "yes\n",
                                false,
                                "ask",
                                "--facts",
                                complete.toString(),
                                "--rules",
                                Fixture.rulesDir().toString()))
                .isZero();
        assertThat(err.toString())
                .contains(
                        "warning: input line 1 ('yes') was not used: no question was left to ask");
    }

    @Test
    void factsFromStandardInputAreRefusedAsTheAnswersComeFromThere() {
        int code = run("{}", false, "ask", "--facts", "-");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains("ask reads your answers from standard input, so --facts cannot be '-'");
    }

    @Test
    void saveAnswersIntoAMissingFolderFailsBeforeTheFirstQuestion() {
        int code =
                run(
                        "yes\n",
                        false,
                        "ask",
                        "--save-answers",
                        dir.resolve("no/such/me.json").toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("does not exist").doesNotContain("(1) ");
    }

    @Test
    void adviseWithoutFactsAsksTheQuestionsOnATerminal() {
        int code = run("yes\n", true, "advise");

        assertThat(code).isZero();
        assertThat(err.toString())
                .contains("No --facts given: asking about your needs.", "(1) ", "Input ended");
        assertThat(out.toString()).startsWith("Recommendation: ");
    }

    @Test
    void probedFactsAreNotAskedAndAreSavedWithTheAnswers() throws Exception {
        Path captured = Path.of(AskCommandTest.class.getResource("/probe/es-store-wsl").toURI());
        Path saved = dir.resolve("me.json");

        int code =
                run(
                        "stop\n",
                        false,
                        "ask",
                        "--probe-replay",
                        captured.toString(),
                        "--save-answers",
                        saved.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).containsSubsequence("(1) ", "Stopped");
        assertThat(Files.readString(saved)).contains("\"defaultVersion\" : 2");
        assertThat(out.toString()).startsWith("Recommendation: ");
    }

    @Test
    void adviseWithoutFactsKeepsItsClearErrorWhenPiped() {
        int code = run("yes\n", false, "advise");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("advise needs the facts: --facts FILE");
    }

    @Test
    void pipedAnswerThatIsNotAnAnswerIsAnErrorNamingTheLineAndQuestionWithoutAdvice()
            throws IOException {
        Path saved = dir.resolve("me.json");
        int code =
                run(
                        "no\nmaybe\n",
                        false,
                        "ask",
                        "--rules",
                        Fixture.rulesDir().toString(),
                        "--save-answers",
                        saved.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString())
                .contains("input line 2 ('maybe')")
                .contains("yes / no")
                .contains("name=value");
        assertThat(out.toString()).isEmpty();
        assertThat(Files.exists(saved)).isFalse();
    }

    @Test
    void onATerminalAWrongAnswerIsAskedAgain() {
        int code = run("maybe\n", true, "ask", "--rules", Fixture.rulesDir().toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains("'maybe' is not an answer to this question.");
    }

    /**
     * The example of 'ask --help', as written, on the host part of every sample in facts/ (as
     * 'probe --out host.json' gives).
     */
    @Test
    void theHelpExampleWorksOnEverySample() throws IOException {
        run("", false, "ask", "--help");
        String help = out.toString();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile(
                                "printf '([^']*)' \\|\\s*wsl-advisor ask --facts host.json --format json")
                        .matcher(help);
        assertThat(m.find()).as(help).isTrue();
        String input = m.group(1).replace("\\n", "\n");
        com.fasterxml.jackson.databind.ObjectMapper json =
                new com.fasterxml.jackson.databind.ObjectMapper();
        int samples = 0;
        try (var files = Files.list(Path.of("facts"))) {
            for (Path sample :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                var doc =
                        (com.fasterxml.jackson.databind.node.ObjectNode)
                                json.readTree(sample.toFile());
                doc.remove("answers");
                Path host = dir.resolve("host.json");
                Files.writeString(host, doc.toString());
                out.getBuffer().setLength(0);
                err.getBuffer().setLength(0);
                int code = run(input, false, "ask", "--facts", host.toString(), "--format", "json");
                assertThat(code).as(sample + ": " + err).isZero();
                assertThat(json.readTree(out.toString()).has("recommendation"))
                        .as(sample.toString())
                        .isTrue();
                samples++;
            }
        }
        assertThat(samples).isEqualTo(12);
    }

    @Test
    void aWslconfigWithAnErrorGivesExitCodeOneAsAdviseDoes(@TempDir Path dir) throws IOException {
        Path cfg = Files.writeString(dir.resolve(".wslconfig"), "[wsl2]\nmemroy=8GB\n");
        CliRun r =
                CliRun.runWith(
                        "",
                        Map.of(),
                        false,
                        "ask",
                        "--facts",
                        "facts/docker-web-developer.json",
                        "--wslconfig",
                        cfg.toString(),
                        "--format",
                        "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        assertThat(r.out()).contains("memroy");
    }

    @Test
    void namedAnswersAfterTheLastQuestionAreStillRecordedAndJunkIsAnError(@TempDir Path dir)
            throws IOException {
        // No question can change this host's advice (its CPU rules WSL2 out), yet the script's
        // answers are its facts.
        com.fasterxml.jackson.databind.node.ObjectNode host =
                (com.fasterxml.jackson.databind.node.ObjectNode)
                        new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree(Files.readString(Path.of("facts/no-slat-cpu.json")));
        host.remove("answers");
        Path facts = Files.writeString(dir.resolve("host.json"), host.toString());
        Path saved = dir.resolve("me.json");
        CliRun r =
                CliRun.runWith(
                        "docker=yes\nprojectLocation=linux\n",
                        Map.of(),
                        false,
                        "ask",
                        "--facts",
                        facts.toString(),
                        "--save-answers",
                        saved.toString(),
                        "--format",
                        "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(saved))
                .contains("\"docker\" : true", "\"projectLocation\" : \"linux\"");
        assertThat(r.out()).contains("unmet-docker-needs-wsl2");

        CliRun junk =
                CliRun.runWith(
                        "docker=banana\n",
                        Map.of(),
                        false,
                        "ask",
                        "--facts",
                        facts.toString(),
                        "--format",
                        "json");
        assertThat(junk.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(junk.err()).contains("input line 1", "'banana' is not an answer to docker");
    }

    @Test
    void moreAnswerLinesThanQuestionsKeepTheAdviceAndTheSavedAnswersAndWarnAboutTheRest()
            throws IOException {
        // WSL2 never runs here and every other need is answered: docker is the one question left.
        Path facts =
                write(
                        "host.json",
                        "{'host':{'os':{'build':22631,'architecture':'x64'},'hardware':{'slat':false}},"
                                + "'answers':{'guiApps':false,'gpuCompute':false,'usbDevices':false,'systemd':false,'kernelFeatures':false}}");
        Path saved = dir.resolve("me.json");
        CliRun r =
                CliRun.runWith(
                        "docker=yes\nyes\nno\nlinux\nyes\n",
                        Map.of(),
                        false,
                        "ask",
                        "--facts",
                        facts.toString(),
                        "--save-answers",
                        saved.toString(),
                        "--format",
                        "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(saved)).contains("\"docker\" : true");
        assertThat(r.out()).startsWith("{");
        assertThat(r.err())
                .containsPattern(
                        "warning: 4 input lines \\(lines 2-5, the first 'yes'\\) were not used");
    }

    @Test
    void aLineOfNulBytesIsBadInputNotDontKnow() {
        CliRun r = CliRun.runWith("\0\0\0\n", Map.of(), false, "ask");

        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .contains("input line 1 ('\\x00\\x00\\x00')", "control characters")
                .doesNotContain("\0");
    }

    @Test
    void aHugeInputWithoutLineBreaksIsRefusedAtTheLineLimit() {
        CliRun r = CliRun.runWith("y".repeat(50_000_000), Map.of(), false, "ask");

        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("input line 1 is longer than 4096 characters");
    }

    @Test
    void endlessInputThatNeverAnswersStopsAtTheLineLimit() {
        CliRun r = CliRun.runWith("?\n".repeat(5000), Map.of(), false, "ask");

        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("more than 1000 input lines and the questions are not over");
    }

    @Test
    void aLineOfNulBytesAtATerminalPromptIsAskedAgainNotTakenForDontKnow() {
        CliRun r = CliRun.runWith("\0\0\nstop\n", Map.of(), true, "ask");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err())
                .contains("That line holds control characters, not an answer.")
                .doesNotContain("\0")
                .doesNotContain("left unknown");
    }

    @Test
    void aMisspeltAnswerNameGetsDidYouMean() {
        CliRun r = CliRun.runWith("dokcer=yes\n", Map.of(), false, "ask");

        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .contains("'dokcer' is not the name of a question: did you mean docker?");
    }

    @Test
    void aMisspeltAnswerAtATerminalPromptGetsDidYouMeanAndIsAskedAgain() {
        CliRun r = CliRun.runWith("dokcer=yes\nstop\n", Map.of(), true, "ask");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("did you mean docker?");
    }

    @Test
    void aPersonAtATerminalWhoseOutputGoesToAFileIsStillAskedAndGetsNoColour() {
        // ask --format json > advice.json: standard input and error are the terminal, standard
        // output a file.
        Console console =
                new Console(
                        new ByteArrayInputStream("lunix\nlinux\n".getBytes(StandardCharsets.UTF_8)),
                        true,
                        false,
                        true,
                        Map.of());
        int code =
                Main.run(
                        new String[] {"ask", "--rules", Fixture.rulesDir().toString()},
                        console,
                        new PrintWriter(out, true),
                        new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("'lunix' is not an answer")
                .doesNotContain("input line 1");
        assertThat(out.toString()).doesNotContain("\u001b[");
    }

    @Test
    void noColorSetToNothingLeavesColourOn() {
        assertThat(
                        new Console(InputStream.nullInputStream(), true, Map.of("NO_COLOR", ""))
                                .colour())
                .isTrue();
        assertThat(
                        new Console(InputStream.nullInputStream(), true, Map.of("NO_COLOR", "1"))
                                .colour())
                .isFalse();
        assertThat(new Console(InputStream.nullInputStream(), true, false, true, Map.of()).colour())
                .isFalse();
    }
}
