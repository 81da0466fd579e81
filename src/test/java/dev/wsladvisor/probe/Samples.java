package dev.wsladvisor.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The replay samples under src/test/resources/probe (see SOURCES.md there). */
final class Samples {
    private Samples() {}

    static Path dir(String sampleCase) {
        try {
            return Path.of(Samples.class.getResource("/probe/" + sampleCase).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String sampleCase, String file) {
        try {
            return Files.readAllBytes(dir(sampleCase).resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceText file(String sampleCase, String file) {
        return SourceText.ofFile(file, bytes(sampleCase, file));
    }

    static ProbeResult replay(String sampleCase) {
        ProbeResult result = new ProbeResult();
        new ReplayProbe(dir(sampleCase)).probe(result);
        return result;
    }

    /** The value at a dotted path of the facts document, or a missing node. */
    static JsonNode at(ProbeResult result, String path) {
        JsonNode node = result.toDocument();
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /**
     * The leaves of {@code node} by dotted path below {@code path}; an array (the distributions) is
     * one leaf.
     */
    static void flatten(String path, JsonNode node, java.util.Map<String, JsonNode> out) {
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(e -> flatten(path + "." + e.getKey(), e.getValue(), out));
        } else if (!node.isMissingNode()) {
            out.put(path, node);
        }
    }
}
