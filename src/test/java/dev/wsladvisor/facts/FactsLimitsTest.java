package dev.wsladvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Large and hostile facts documents: the work stays in proportion to what is read, and messages
 * stay readable.
 */
class FactsLimitsTest {

    private static FactsDocument parse(String json, boolean strict) {
        return new FactsReader(strict).parse(json.getBytes(StandardCharsets.UTF_8), "host.json");
    }

    private static String errorsList(int n) {
        StringBuilder json = new StringBuilder("{\"answers\": {\"errors\": [");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("\"0x8037").append(i).append('"');
        }
        return json.append("]}}").toString();
    }

    @Test
    void aListBeyondTheLimitIsReadUpToItAndTheRestNamedAsIgnored() {
        FactsDocument doc = parse(errorsList(400_000), false);

        assertThat(doc.answers().getErrors())
                .hasSize(FactsValidator.MAX_LIST_ENTRIES)
                .startsWith("0x80370", "0x80371");
        assertThat(doc.ruleFacts().stream().filter(f -> f instanceof ReportedError))
                .hasSize(FactsValidator.MAX_LIST_ENTRIES);
        assertThat(doc.json().path("answers").path("errors").size())
                .isEqualTo(FactsValidator.MAX_LIST_ENTRIES);
        assertThat(doc.warnings())
                .containsExactly(
                        "host.json:1:24: answers.errors has 400000 entries; the first 100 are"
                                + " read and the other 399900 ignored (a list holds at most 100).");
    }

    @Test
    void aListAtTheLimitIsReadWhole() {
        FactsDocument doc = parse(errorsList(FactsValidator.MAX_LIST_ENTRIES), false);
        assertThat(doc.answers().getErrors()).hasSize(FactsValidator.MAX_LIST_ENTRIES);
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void entriesPastTheLimitAreNotValidated() {
        // They are ignored: a wrong type among them is no reason to refuse the document.
        String json = errorsList(FactsValidator.MAX_LIST_ENTRIES).replace("]}}", ", 42]}}");
        assertThat(parse(json, false).warnings()).hasSize(1);
    }

    @Test
    void distributionsAreLimitedLikeEveryList() {
        StringBuilder json = new StringBuilder("{\"host\": {\"wsl\": {\"distributions\": [");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\": \"d").append(i).append("\"}");
        }
        FactsDocument doc = parse(json.append("]}}}").toString(), false);
        assertThat(doc.wsl().getDistributions()).hasSize(FactsValidator.MAX_LIST_ENTRIES);
        assertThat(doc.warnings())
                .singleElement()
                .asString()
                .contains("host.wsl.distributions has 5000 entries");
    }

    @Test
    void thousandsOfUnknownFieldsGiveABoundedNumberOfWarningsAndACount() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append("\"field").append(i).append("\": ").append(i);
        }
        FactsDocument doc = parse(json.append("}").toString(), false);
        assertThat(doc.warnings()).hasSize(UnknownFields.MAX_UNKNOWN_FIELD_WARNINGS + 1);
        assertThat(doc.warnings().get(UnknownFields.MAX_UNKNOWN_FIELD_WARNINGS))
                .isEqualTo(
                        "host.json:1:1: 4980 more unknown fields, not listed; they are ignored. See docs/facts-format.md"
                                + " for the known fields.");
    }

    @Test
    void strictRefusesThousandsOfUnknownFieldsInBoundedLines() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append("\"field").append(i).append("\": ").append(i);
        }
        assertThatThrownBy(() -> parse(json.append("}").toString(), true))
                .isInstanceOf(UserInputException.class)
                .satisfies(
                        e ->
                                assertThat(e.getMessage().lines())
                                        .hasSize(UnknownFields.MAX_UNKNOWN_FIELD_WARNINGS + 2));
    }

    @Test
    void aLongListIsNoReasonForStrictToRefuse() {
        assertThat(parse(errorsList(500), true).warnings()).hasSize(1);
    }

    @Test
    void aFieldNameWithEscapeSequencesAndLineBreaksIsQuotedVisibly() {
        FactsDocument doc = parse("{\"answers\": {\"\\u001b]0;owned\\u0007x\\ny\": true}}", false);
        assertThat(doc.warnings())
                .singleElement()
                .asString()
                .contains("unknown field answers.\\x1b]0;owned\\x07x\\x0ay")
                .doesNotContain("\u001b", "\n", "\u0007");
    }

    @Test
    void aHugeFieldNameIsQuotedShortAndGetsNoSuggestion() {
        String name = "a".repeat(40_000);
        FactsDocument doc = parse("{\"" + name + "\": 1}", false);
        assertThat(doc.warnings())
                .singleElement()
                .asString()
                .contains("... (40000 characters)")
                .hasSizeLessThan(300);
    }

    @Test
    void aWrongValueWithAnEscapeSequenceIsQuotedVisibly() {
        assertThatThrownBy(
                        () ->
                                parse(
                                        "{\"host\": {\"os\": {\"architecture\": \"\\u001b[2Jx64\"}}}",
                                        false))
                .hasMessageContaining("found \"\\x1b[2Jx64\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b"));
    }

    @Test
    void aLongWrongValueIsQuotedShort() {
        String value = "z".repeat(100_000);
        assertThatThrownBy(
                        () ->
                                parse(
                                        "{\"host\": {\"os\": {\"architecture\": \""
                                                + value
                                                + "\"}}}",
                                        false))
                .satisfies(
                        e ->
                                assertThat(e.getMessage())
                                        .hasSizeLessThan(400)
                                        .contains("(100000 characters)"));
    }

    @Test
    void aWhatIfCopyChangesOnlyItsOwnFactAndSharesTheRest() {
        FactsDocument doc =
                parse(
                        errorsList(50)
                                .replace(
                                        "{\"answers\"",
                                        "{\"host\": {\"os\": {\"build\": 19045}}, \"answers\""),
                        false);
        FactsDocument changed = doc.withFact("host.os.build", 22631);

        assertThat(changed.os().getBuild()).isEqualTo(22631);
        assertThat(doc.os().getBuild()).isEqualTo(19045);
        assertThat(doc.json().path("host").path("os").path("build").intValue()).isEqualTo(19045);
        // The list is not on the changed path: the trial shares it instead of copying it.
        assertThat(changed.json().path("answers").path("errors"))
                .isSameAs(doc.json().path("answers").path("errors"));
        assertThat(doc.withFact("answers.docker", null).json().path("host"))
                .isSameAs(doc.json().path("host"));
    }
}
