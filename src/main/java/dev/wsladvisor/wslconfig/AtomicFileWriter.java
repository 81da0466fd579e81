package dev.wsladvisor.wslconfig;

import dev.wsladvisor.UserInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Replaces a file so that a crash leaves either the old or the new content, never half of each: the old file is
 * first copied to a timestamped backup, the new content goes to a temporary file in the same folder, is flushed to
 * disk, and is then moved over the original in one step.
 */
public final class AtomicFileWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    public AtomicFileWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes {@code bytes} to {@code target}; returns the backup made of the previous file, if there was one. */
    public Optional<Path> write(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Optional<Path> backup = Optional.empty();
            if (Files.exists(target)) {
                backup = Optional.of(backupName(target));
                Files.copy(target, backup.get(), StandardCopyOption.COPY_ATTRIBUTES);
            }
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return backup;
        } catch (IOException e) {
            throw new UserInputException("cannot write " + target + ": " + e + "; check that the folder exists and"
                    + " that you may write to it", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the write itself has already succeeded or failed
                }
            }
        }
    }

    private Path backupName(Path target) {
        String base = target.getFileName() + ".bak-" + LocalDateTime.now(clock).format(STAMP);
        Path candidate = target.resolveSibling(base);
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = target.resolveSibling(base + "-" + n);
        }
        return candidate;
    }
}
