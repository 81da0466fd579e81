package dev.wsladvisor.ask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.io.AtomicFileWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Writes the facts with the person's answers as a facts document in the contract's shape, which
 * {@code advise --facts} reads as is. The file is written to a temporary file beside it and moved
 * into place, so a reader never sees half a document; an existing file is first kept as a
 * timestamped {@code FILE.bak-yyyyMMdd-HHmmss} (the same backup naming as .wslconfig apply).
 */
public final class AnswersFile {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnswersFile() {}

    /**
     * The document as JSON text: {@code schemaVersion} first, then the facts as given plus the
     * answers.
     */
    public static String render(FactsDocument facts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", FactsSchema.VERSION);
        JsonNode given = facts.json();
        given.fields()
                .forEachRemaining(
                        e -> {
                            if (!e.getKey().equals("schemaVersion")) {
                                root.set(e.getKey(), e.getValue());
                            }
                        });
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "a tree built in memory could not be written as JSON", e);
        }
    }

    /**
     * Writes {@code facts} to {@code file}; returns the backup of the previous file, or null when
     * there was none.
     */
    public static Path save(Path file, FactsDocument facts) {
        try {
            return new AtomicFileWriter(Clock.systemDefaultZone())
                    .write(file, render(facts).getBytes(StandardCharsets.UTF_8))
                    .orElse(null);
        } catch (UserInputException e) {
            throw new UserInputException("--save-answers: " + e.getMessage(), e);
        }
    }
}
