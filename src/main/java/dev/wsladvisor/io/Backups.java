package dev.wsladvisor.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The copy kept of a file before it is replaced: {@code FILE.bak-yyyyMMdd-HHmmss}, numbered when
 * that name is taken.
 */
final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    Backups(Clock clock) {
        this.clock = clock;
    }

    /**
     * A hard link where the file system allows one, so a large file (a fleet's records) is not
     * copied; the move that follows gives the target a new file and leaves the link the old
     * content. A symbolic link is copied through, as before: the backup keeps the content, not the
     * link.
     */
    Path backUp(Path target) throws IOException {
        Path backup = backupName(target);
        if (!Files.isSymbolicLink(target)) {
            try {
                Files.createLink(backup, target);
                return backup;
            } catch (UnsupportedOperationException | IOException e) {
                // FAT and some network shares have no hard links: copy instead
            }
        }
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        return backup;
    }

    private Path backupName(Path target) {
        String base =
                AtomicFileWriter.shortened(target.getFileName().toString(), 200)
                        + ".bak-"
                        + LocalDateTime.now(clock).format(STAMP);
        Path candidate = target.resolveSibling(base);
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = target.resolveSibling(base + "-" + n);
        }
        return candidate;
    }
}
