package dev.wsladvisor.ask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the facts with the person's answers as a facts document in the contract's shape, which
 * {@code advise --facts} reads as is. The file is written to a temporary file beside it and moved into
 * place, so a reader never sees half a document; an existing file is first kept as {@code FILE.bak}
 * ({@code FILE.bak.2}, ... when that exists too).
 */
public final class AnswersFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnswersFile() {
    }

    /** The document as JSON text: {@code schemaVersion} first, then the facts as given plus the answers. */
    public static String render(FactsDocument facts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", FactsSchema.VERSION);
        JsonNode given = facts.json();
        given.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("schemaVersion")) {
                root.set(e.getKey(), e.getValue());
            }
        });
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built in memory could not be written as JSON", e);
        }
    }

    /** Writes {@code facts} to {@code file}; returns the backup of the previous file, or null when there was none. */
    public static Path save(Path file, FactsDocument facts) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        try {
            Path backup = null;
            if (Files.exists(target)) {
                backup = freeBackupName(target);
                Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temp, render(facts), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return backup;
        } catch (IOException e) {
            throw new UserInputException("--save-answers: cannot write '" + file + "' (" + e.getMessage()
                    + "). Give a file in a folder that exists and that you may write to.", e);
        }
    }

    private static Path freeBackupName(Path target) {
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        for (int n = 2; Files.exists(backup); n++) {
            backup = target.resolveSibling(target.getFileName() + ".bak." + n);
        }
        return backup;
    }
}
