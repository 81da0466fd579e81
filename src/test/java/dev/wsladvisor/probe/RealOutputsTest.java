package dev.wsladvisor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real outputs pasted in public issue threads (probe/real, each with its source in samples.json),
 * read as people paste them: with prompts, fences, markdown and prose. Each is pinned to exactly
 * the facts it shows, no more (an extra fact would be invented), and to facts that must stay
 * unknown; read through --paste and, saved under its replay name, through --replay.
 */
class RealOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> samples() throws IOException {
        JsonNode all = JSON.readTree(Samples.dir("real").resolve("samples.json").toFile());
        List<Arguments> out = new ArrayList<>();
        all.forEach(s -> out.add(Arguments.of(s.get("file").asText(), s)));
        return out.stream();
    }

    @Test
    void atLeastSixtyRealOutputsEachWithAPublicSource() throws IOException {
        List<Arguments> all = samples().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        for (Arguments a : all) {
            assertThat(((JsonNode) a.get()[1]).path("source").asText()).startsWith("https://");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void pasteGivesExactlyTheFactsTheOutputShows(String file, JsonNode sample) {
        ProbeResult result = new ProbeResult();
        PasteProbe.ofFile(Samples.dir("real").resolve(file)).probe(result);
        check(sample, result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void replayOfTheSameTextUnderItsFileNameGivesTheSameFacts(
            String file, JsonNode sample, @TempDir Path dir) throws IOException {
        String replayAs = sample.path("replayAs").asText(null);
        if (replayAs == null || replayAs.equals("null")) {
            return;
        }
        Files.copy(Samples.dir("real").resolve(file), dir.resolve(replayAs));
        ProbeResult result = new ProbeResult();
        new ReplayProbe(dir).probe(result);
        check(sample, result);
    }

    private static void check(JsonNode sample, ProbeResult result) {
        JsonNode doc = result.toDocument();
        Map<String, JsonNode> expected = new TreeMap<>();
        Samples.flatten("host", toHost(sample.get("facts")), expected);
        Map<String, JsonNode> actual = new TreeMap<>();
        Samples.flatten("host", doc.path("host"), actual);
        assertThat(actual).as("facts read (notes: %s)", doc.path("probeNotes")).isEqualTo(expected);
        for (JsonNode unknown : sample.path("unknown")) {
            assertThat(doc.at("/" + unknown.asText().replace('.', '/')).isMissingNode())
                    .as(unknown.asText() + " stays unknown")
                    .isTrue();
        }
        for (String path : actual.keySet()) {
            assertThat(result.provenance())
                    .as("provenance of " + path)
                    .containsKey(
                            path.startsWith("host.wsl.distributions")
                                    ? "host.wsl.distributions"
                                    : path);
        }
    }

    /** The sample's dotted paths as one {@code host} tree. */
    private static JsonNode toHost(JsonNode facts) {
        var root = JSON.createObjectNode();
        facts.fields()
                .forEachRemaining(
                        e -> {
                            String[] parts = e.getKey().split("\\.");
                            var node = root;
                            for (int i = 1; i < parts.length - 1; i++) {
                                node =
                                        node.has(parts[i])
                                                ? (com.fasterxml.jackson.databind.node.ObjectNode)
                                                        node.get(parts[i])
                                                : node.putObject(parts[i]);
                            }
                            node.set(parts[parts.length - 1], e.getValue());
                        });
        return root;
    }
}
