package dev.wsladvisor.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * Replaces a person's file so that nothing is lost: the new content goes to a hidden temporary file
 * in the same folder, is flushed to disk and then moved over the original in one step, so a crash
 * or Ctrl-C leaves either the old or the new file, never half of each; the old file is first kept
 * as a timestamped backup ({@code FILE.bak-yyyyMMdd-HHmmss}). The new file keeps the old one's
 * permissions (a new one gets the usual ones); a symbolic link is written through, so a .wslconfig
 * kept in a dotfiles folder stays linked; a read-only file is refused rather than overwritten.
 */
public final class AtomicFileWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Backups backups;

    public AtomicFileWriter(Clock clock) {
        this.backups = new Backups(clock);
    }

    /**
     * Writes {@code bytes} to {@code target}; returns the backup made of the previous file, if
     * there was one.
     */
    public Optional<Path> write(Path target, byte[] bytes) {
        try (Replacement replacement = replace(target)) {
            replacement.stream().write(bytes);
            return replacement.commit();
        } catch (IOException e) {
            throw WriteTarget.cannotWrite(target, e);
        }
    }

    /**
     * Starts replacing {@code target} with what is written to {@link Replacement#stream()}, for
     * content too large to hold in memory (a fleet's records). Nothing changes until {@link
     * Replacement#commit()}; closing without committing, or the end of the program, removes the
     * temporary file and leaves {@code target} as it was.
     */
    public Replacement replace(Path target) {
        WriteTarget.check(target);
        if (WriteTarget.isStream(target)) {
            // /dev/null, /dev/stdout (even when the shell sent it to a file), a named pipe or a
            // shell's >(...): written to as it is, appending, as the shell's own >> would. Moving a
            // file over it would replace the device or the person's redirection (as root, /dev/null
            // itself), and there is nothing to back up.
            try {
                return new Replacement(
                        target,
                        null,
                        FileChannel.open(
                                target, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
            } catch (IOException e) {
                throw WriteTarget.cannotWrite(target, e);
            }
        }
        Path file = WriteTarget.throughLinks(target);
        Path temp = null;
        try {
            // Not Files.createTempFile: it makes the file readable by its owner only, whatever the
            // umask. The name is kept short enough for any file system (255 bytes), whatever the
            // target's.
            temp =
                    file.resolveSibling(
                            "."
                                    + shortened(file.getFileName().toString(), 200)
                                    + "."
                                    + Long.toUnsignedString(RANDOM.nextLong(), 36)
                                    + ".tmp");
            FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            // Ctrl-C ends the JVM through its shutdown hooks: the half-written file goes then too.
            temp.toFile().deleteOnExit();
            Replacement replacement = new Replacement(file, temp, channel);
            if (Files.exists(file) && WriteTarget.POSIX) {
                try {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
                    keepOwner(file, temp);
                } catch (IOException e) {
                    replacement.close();
                    throw e;
                }
            }
            return replacement;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw WriteTarget.cannotWrite(target, e);
        }
    }

    /**
     * Refuses, before any work is done, a target that could not be written: its folder is missing
     * or not writable, it is a folder, or it is read-only. A device or pipe only needs to be
     * writable.
     */
    public static void checkCanWrite(Path target) {
        WriteTarget.check(target);
    }

    /**
     * Run as root on another person's file, the new file stays theirs; anyone else cannot give
     * files away.
     */
    private static void keepOwner(Path file, Path temp) throws IOException {
        PosixFileAttributes old = Files.readAttributes(file, PosixFileAttributes.class);
        PosixFileAttributes now = Files.readAttributes(temp, PosixFileAttributes.class);
        if (!old.owner().equals(now.owner()) || !old.group().equals(now.group())) {
            try {
                PosixFileAttributeView view =
                        Files.getFileAttributeView(temp, PosixFileAttributeView.class);
                view.setGroup(old.group());
                view.setOwner(old.owner());
            } catch (IOException e) {
                // not root: the file is the writer's, as any file they write
            }
        }
    }

    /**
     * A file name cut to {@code max} characters, so a name made from it fits any file system (255
     * bytes).
     */
    static String shortened(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max);
    }

    /**
     * A file being written beside its target (or, for a device or pipe, the target itself); see
     * {@link #replace(Path)}.
     */
    public final class Replacement implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean committed;

        private Replacement(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
            this.stream = Channels.newOutputStream(channel);
        }

        /** Where the new content goes; unbuffered, so wrap it for many small writes. */
        public OutputStream stream() {
            return stream;
        }

        /**
         * Puts the new content on disk, not yet in place: two files that must change together are
         * both flushed first, so that their moves follow each other at once (a slow disk makes the
         * flush the long part).
         */
        public void flush() {
            try {
                if (channel.isOpen()) {
                    if (temp != null) {
                        channel.force(true);
                    }
                    channel.close();
                }
            } catch (IOException e) {
                throw WriteTarget.cannotWrite(target, e);
            }
        }

        /**
         * Puts the new content in place; returns the backup made of the previous file, if there was
         * one.
         */
        public Optional<Path> commit() {
            flush();
            try {
                if (temp == null) {
                    committed = true;
                    return Optional.empty();
                }
                Optional<Path> backup =
                        Files.exists(target)
                                ? Optional.of(backups.backUp(target))
                                : Optional.empty();
                try {
                    Files.move(
                            temp,
                            target,
                            StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                committed = true;
                return backup;
            } catch (IOException e) {
                throw WriteTarget.cannotWrite(target, e);
            }
        }

        /** Without {@link #commit()}: forgets the new content and leaves the target as it was. */
        @Override
        public void close() {
            if (!committed) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the file is deleted next; nothing was promised about its content
                }
                deleteQuietly(temp);
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and harmless; the write itself has already succeeded
                // or failed
            }
        }
    }
}
