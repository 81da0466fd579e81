package dev.wsladvisor.io;

import dev.wsladvisor.errors.UserInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Replaces a person's file so that nothing is lost: the new content goes to a hidden temporary file in the same
 * folder, is flushed to disk and then moved over the original in one step, so a crash or Ctrl-C leaves either the
 * old or the new file, never half of each; the old file is first kept as a timestamped backup
 * ({@code FILE.bak-yyyyMMdd-HHmmss}). The new file keeps the old one's permissions (a new one gets the usual ones);
 * a symbolic link is written through, so a .wslconfig kept in a dotfiles folder stays linked; a read-only file is
 * refused rather than overwritten.
 */
public final class AtomicFileWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Clock clock;

    public AtomicFileWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes {@code bytes} to {@code target}; returns the backup made of the previous file, if there was one. */
    public Optional<Path> write(Path target, byte[] bytes) {
        try (Replacement replacement = replace(target)) {
            replacement.stream().write(bytes);
            return replacement.commit();
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /**
     * Starts replacing {@code target} with what is written to {@link Replacement#stream()}, for content too large
     * to hold in memory (a fleet's records). Nothing changes until {@link Replacement#commit()}; closing without
     * committing, or the end of the program, removes the temporary file and leaves {@code target} as it was.
     */
    public Replacement replace(Path target) {
        checkCanWrite(target);
        if (isStream(target)) {
            // /dev/null, /dev/stdout (even when the shell sent it to a file), a named pipe or a shell's >(...): written
            // to as it is, appending, as the shell's own >> would. Moving a file over it would replace the device or
            // the person's redirection (as root, /dev/null itself), and there is nothing to back up.
            try {
                return new Replacement(target, null, FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }
        Path file = throughLinks(target);
        Path temp = null;
        try {
            // Not Files.createTempFile: it makes the file readable by its owner only, whatever the umask. The name is
            // kept short enough for any file system (255 bytes), whatever the target's.
            temp = file.resolveSibling("." + shortened(file.getFileName().toString(), 200) + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            // Ctrl-C ends the JVM through its shutdown hooks: the half-written file goes then too.
            temp.toFile().deleteOnExit();
            Replacement replacement = new Replacement(file, temp, channel);
            if (Files.exists(file) && POSIX) {
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
            throw cannotWrite(target, e);
        }
    }

    /**
     * Refuses, before any work is done, a target that could not be written: its folder is missing or not
     * writable, it is a folder, or it is read-only. A device or pipe only needs to be writable.
     */
    public static void checkCanWrite(Path target) {
        if (target.toString().isEmpty()) {
            // Path.of("") is the current folder: say what is wrong with the name instead.
            throw new UserInputException("the file name to write is empty; name a file.");
        }
        if (Files.isDirectory(target)) {
            throw new UserInputException(target + ": is a folder; name a file to write.");
        }
        if (isStream(target)) {
            if (!Files.isWritable(target)) {
                throw new UserInputException(target + ": you may not write to it.");
            }
            return;
        }
        WindowsPaths.refuseOffWindows(target);
        Path file = throughLinks(target);
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserInputException(target + ": the folder " + dir + " does not exist. Create it, or name a file in a"
                    + " folder that exists.");
        }
        if (Files.exists(file) && (!Files.isWritable(file) || noOwnerWrite(file))) {
            throw new UserInputException(target + ": the file is read-only. Make it writable first (chmod u+w, or"
                    + " attrib -r on Windows), or name another file.");
        }
        if (!Files.isWritable(dir)) {
            throw new UserInputException(target + ": you may not write in the folder " + dir + ". Name a file in a folder"
                    + " you may write to.");
        }
    }


    /**
     * A device, a pipe, or what the shell made of /dev/stdout, /dev/fd/N or /proc/self/fd/N: things to write into,
     * never to replace. (/dev/stdout sent to a file is a link to that file, which a move would replace.)
     */
    private static boolean isStream(Path target) {
        if (REDIRECTION.matcher(target.toAbsolutePath().normalize().toString()).matches()) {
            return true;
        }
        return Files.exists(target) && !Files.isRegularFile(target);
    }

    /** The names of a process's own output: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N (not /dev/shm/...). */
    private static final Pattern REDIRECTION = Pattern.compile("/dev/(stdout|stderr|fd/\\d+)|/proc/(self|\\d+)/fd/\\d+");

    /**
     * Where a symbolic link leads, link after link, so a .wslconfig kept in a dotfiles folder stays linked: the
     * file written is the link's target, created if it is not there yet, as the shell's {@code >} would.
     */
    private static Path throughLinks(Path target) {
        Path path = target;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) {
                throw new UserInputException(target + ": the symbolic links loop (a link leads back to itself); point"
                        + " it at a file, or name another file.");
            }
            try {
                Path parent = path.toAbsolutePath().getParent();
                path = parent.resolve(Files.readSymbolicLink(path)).normalize();
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }
        return path;
    }

    /** The owner's write bit, which root's {@code Files.isWritable} disregards: read-only means read-only for root too. */
    private static boolean noOwnerWrite(Path file) {
        try {
            return POSIX && !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /** Run as root on another person's file, the new file stays theirs; anyone else cannot give files away. */
    private static void keepOwner(Path file, Path temp) throws IOException {
        PosixFileAttributes old = Files.readAttributes(file, PosixFileAttributes.class);
        PosixFileAttributes now = Files.readAttributes(temp, PosixFileAttributes.class);
        if (!old.owner().equals(now.owner()) || !old.group().equals(now.group())) {
            try {
                PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
                view.setGroup(old.group());
                view.setOwner(old.owner());
            } catch (IOException e) {
                // not root: the file is the writer's, as any file they write
            }
        }
    }

    private static String shortened(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max);
    }

    /** A file being written beside its target (or, for a device or pipe, the target itself); see {@link #replace(Path)}. */
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
         * Puts the new content on disk, not yet in place: two files that must change together are both flushed
         * first, so that their moves follow each other at once (a slow disk makes the flush the long part).
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
                throw cannotWrite(target, e);
            }
        }

        /** Puts the new content in place; returns the backup made of the previous file, if there was one. */
        public Optional<Path> commit() {
            flush();
            try {
                if (temp == null) {
                    committed = true;
                    return Optional.empty();
                }
                Optional<Path> backup = Files.exists(target) ? Optional.of(backUp(target)) : Optional.empty();
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                committed = true;
                return backup;
            } catch (IOException e) {
                throw cannotWrite(target, e);
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

    /**
     * A hard link where the file system allows one, so a large file (a fleet's records) is not copied; the move
     * that follows gives the target a new file and leaves the link the old content. A symbolic link is copied
     * through, as before: the backup keeps the content, not the link.
     */
    private Path backUp(Path target) throws IOException {
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
        String base = shortened(target.getFileName().toString(), 200) + ".bak-" + LocalDateTime.now(clock).format(STAMP);
        Path candidate = target.resolveSibling(base);
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = target.resolveSibling(base + "-" + n);
        }
        return candidate;
    }

    private static UserInputException cannotWrite(Path target, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "the folder " + target.toAbsolutePath().getParent() + " does not exist";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            why = ((FileSystemException) e).getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new UserInputException("cannot write " + target + ": " + why + ". Check the path and that you may write"
                + " there; the previous file, if any, is unchanged.", e);
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and harmless; the write itself has already succeeded or failed
            }
        }
    }
}
