package dev.wsladvisor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue "no invented facts": a parser reads a fact only from a structure that matches. Random text
 * gives no facts at all; another command's output and an output cut short give only facts the text
 * really shows, which for the real outputs of probe/real are the facts samples.json pins (their
 * ground truth).
 */
class NoInventedFactsProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Sample> SAMPLES = load();
    private static final Pattern LINE = Pattern.compile(":(\\d+)(?: \\(|$)");

    /**
     * A real output, its text and the facts it shows (flattened to dotted paths; the distributions
     * list is one fact).
     */
    private record Sample(String file, String text, Map<String, JsonNode> truth) {
        @Override
        public String toString() {
            return file;
        }
    }

    // --- random text: nothing at all ---

    @Property(tries = 200)
    void randomTextGivesNoFactToAnyParserReplayFileOrPaste(@ForAll("randomText") String text) {
        for (OutputKind kind : OutputKind.values()) {
            ProbeResult raw = new ProbeResult();
            kind.parse(SourceText.ofFile("any.txt", text.getBytes(StandardCharsets.UTF_8)), raw);
            assertThat(facts(raw)).as(kind + " on random text").isEmpty();
            if (kind.replayFile() != null) {
                ProbeResult replay = new ProbeResult();
                ReplayProbe.readFile(kind.replayFile(), kind, text, replay);
                assertThat(facts(replay)).as(kind.replayFile() + " holding random text").isEmpty();
            }
        }
        ProbeResult paste = new ProbeResult();
        PasteProbe.ofStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .probe(paste);
        assertThat(facts(paste)).as("paste of random text").isEmpty();
    }

    /**
     * Prose and noise: words, numbers, punctuation, line breaks, and any character at all now and
     * then.
     */
    @Provide
    Arbitrary<String> randomText() {
        Arbitrary<String> word =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "the",
                                "WSL",
                                "version",
                                "my",
                                "is",
                                "not",
                                "working",
                                "Ubuntu",
                                "default",
                                "kernel",
                                "please",
                                "help",
                                "Windows",
                                "b",
                                "Running",
                                "2",
                                "1",
                                "Docker",
                                "after",
                                "update",
                                "hypervisor",
                                "yes",
                                "no",
                                "-",
                                "*",
                                ",",
                                ".",
                                "?"),
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(12),
                        Arbitraries.integers().between(0, 99999).map(String::valueOf));
        // No ": " between words: "word: 2" alone is exactly what wsl --status prints, so it is
        // structure, not noise.
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n", "\n\n", "\t", ", ");
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(400),
                word.list()
                        .ofMaxSize(60)
                        .flatMap(
                                words ->
                                        separator
                                                .list()
                                                .ofSize(words.size())
                                                .map(
                                                        seps -> {
                                                            StringBuilder out = new StringBuilder();
                                                            for (int i = 0; i < words.size(); i++) {
                                                                out.append(words.get(i))
                                                                        .append(seps.get(i));
                                                            }
                                                            return out.toString();
                                                        })));
    }

    // --- another command's output: only what it really shows ---

    @Property(tries = 600)
    void everyParserReadsAnotherCommandsOutputForNothingOrForWhatItReallyShows(
            @ForAll("samples") Sample sample, @ForAll("kinds") OutputKind kind) {
        ProbeResult raw = new ProbeResult();
        kind.parse(
                SourceText.ofFile("any.txt", sample.text().getBytes(StandardCharsets.UTF_8)), raw);
        assertShowsOnlyTruth(sample, raw, -1, kind + " on " + sample);
        if (kind.replayFile() != null) {
            ProbeResult replay = new ProbeResult();
            ReplayProbe.readFile(kind.replayFile(), kind, sample.text(), replay);
            assertShowsOnlyTruth(sample, replay, -1, kind.replayFile() + " holding " + sample);
        }
    }

    // --- an output cut short: only what is left of it ---

    @Property(tries = 600)
    void anOutputCutShortGivesOnlyFactsOfWhatIsLeft(
            @ForAll("samples") Sample sample,
            @ForAll @IntRange(min = 0, max = 100) int percent,
            @ForAll("kinds") OutputKind kind) {
        String cut = sample.text().substring(0, sample.text().length() * percent / 100);
        int lastLine = (int) cut.chars().filter(c -> c == '\n').count() + 1;
        boolean midLine = !cut.isEmpty() && !cut.endsWith("\n");
        ProbeResult paste = new ProbeResult();
        PasteProbe.ofStream(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)))
                .probe(paste);
        assertShowsOnlyTruth(
                sample,
                paste,
                midLine ? lastLine : -1,
                "paste of " + sample + " cut at " + percent + "%");
        ProbeResult raw = new ProbeResult();
        kind.parse(SourceText.ofFile("any.txt", cut.getBytes(StandardCharsets.UTF_8)), raw);
        assertShowsOnlyTruth(
                sample,
                raw,
                midLine ? lastLine : -1,
                kind + " on " + sample + " cut at " + percent + "%");
    }

    /**
     * Every fact read is one the sample shows, with the same value. A fact read from a line cut in
     * the middle may differ (its number lost digits), and wsl.exe's help or error text is wsl.exe
     * answering (docs/probe.md reads it as an installed inbox WSL), so those two are let through.
     */
    private static void assertShowsOnlyTruth(
            Sample sample, ProbeResult result, int cutLine, String what) {
        Map<String, JsonNode> read = facts(result);
        for (Map.Entry<String, JsonNode> fact : read.entrySet()) {
            String path = fact.getKey();
            if (cutLine > 0 && cutLine == lineOf(result, path)) {
                continue;
            }
            if (path.equals("host.wsl.installed")
                    && fact.getValue().asBoolean()
                    && WslHelpText.listsOptions(sample.text())) {
                continue;
            }
            assertThat(sample.truth())
                    .as(what + ": " + path + " = " + fact.getValue() + " is not in the text")
                    .containsKey(path);
            if (path.equals("host.wsl.distributions")) {
                assertDistributionsShown(
                        sample.truth().get(path), fact.getValue(), cutLine > 0, what);
            } else {
                assertThat(fact.getValue())
                        .as(what + ": " + path)
                        .isEqualTo(sample.truth().get(path));
            }
        }
    }

    /**
     * Each distribution read is one the sample lists, its fields as listed (a cut list may hold
     * fewer, or a default-only entry); when the text was cut in the middle of a line, the last
     * entry may be a name cut short.
     */
    private static void assertDistributionsShown(
            JsonNode truth, JsonNode read, boolean midLine, String what) {
        for (int i = 0; i < read.size(); i++) {
            JsonNode entry = read.get(i);
            boolean last = i == read.size() - 1;
            boolean shown = false;
            for (JsonNode t : truth) {
                String name = entry.path("name").asText();
                boolean same =
                        t.path("name").asText().equals(name)
                                || midLine && last && t.path("name").asText().startsWith(name);
                for (String field : new String[] {"version", "state", "default"}) {
                    same &=
                            !entry.has(field)
                                    || !t.has(field)
                                    || entry.get(field).equals(t.get(field))
                                    || field.equals("default") && !entry.get(field).asBoolean();
                }
                shown |= same;
            }
            assertThat(shown).as(what + ": distribution " + entry + " is not in " + truth).isTrue();
        }
    }

    private static int lineOf(ProbeResult result, String path) {
        String source =
                result.provenance()
                        .get(
                                path.startsWith("host.wsl.distributions")
                                        ? "host.wsl.distributions"
                                        : path);
        Matcher m = source == null ? null : LINE.matcher(source);
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Provide
    Arbitrary<Sample> samples() {
        return Arbitraries.of(SAMPLES);
    }

    @Provide
    Arbitrary<OutputKind> kinds() {
        return Arbitraries.of(OutputKind.values());
    }

    private static Map<String, JsonNode> facts(ProbeResult result) {
        Map<String, JsonNode> out = new TreeMap<>();
        Samples.flatten("host", result.toDocument().path("host"), out);
        return out;
    }

    private static List<Sample> load() {
        try {
            JsonNode all = JSON.readTree(Samples.dir("real").resolve("samples.json").toFile());
            List<Sample> out = new ArrayList<>();
            for (JsonNode s : all) {
                Map<String, JsonNode> truth = new TreeMap<>();
                s.get("facts")
                        .fields()
                        .forEachRemaining(e -> Samples.flatten(e.getKey(), e.getValue(), truth));
                out.add(
                        new Sample(
                                s.get("file").asText(),
                                Files.readString(
                                        Samples.dir("real").resolve(s.get("file").asText())),
                                truth));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
