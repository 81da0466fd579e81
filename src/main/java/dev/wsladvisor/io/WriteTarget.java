package dev.wsladvisor.io;

import dev.wsladvisor.errors.UserInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.regex.Pattern;

/**
 * What a file to write is, before anything is written: a file that may be replaced (through its
 * symbolic links), or a device or pipe to write into; refused with one clear message when it cannot
 * be written.
 */
final class WriteTarget {

    static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private WriteTarget() {}

    /**
     * Refuses, before any work is done, a target that could not be written: its folder is missing
     * or not writable, it is a folder, or it is read-only. A device or pipe only needs to be
     * writable.
     */
    static void check(Path target) {
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
            throw new UserInputException(
                    target
                            + ": the folder "
                            + dir
                            + " does not exist. Create it, or name a file in a"
                            + " folder that exists.");
        }
        if (Files.exists(file) && (!Files.isWritable(file) || noOwnerWrite(file))) {
            throw new UserInputException(
                    target
                            + ": the file is read-only. Make it writable first (chmod u+w, or"
                            + " attrib -r on Windows), or name another file.");
        }
        if (!Files.isWritable(dir)) {
            throw new UserInputException(
                    target
                            + ": you may not write in the folder "
                            + dir
                            + ". Name a file in a folder"
                            + " you may write to.");
        }
    }

    /**
     * A device, a pipe, or what the shell made of /dev/stdout, /dev/fd/N or /proc/self/fd/N: things
     * to write into, never to replace. (/dev/stdout sent to a file is a link to that file, which a
     * move would replace.)
     */
    static boolean isStream(Path target) {
        if (REDIRECTION.matcher(target.toAbsolutePath().normalize().toString()).matches()) {
            return true;
        }
        return Files.exists(target) && !Files.isRegularFile(target);
    }

    /**
     * The names of a process's own output: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N
     * (not /dev/shm/...).
     */
    private static final Pattern REDIRECTION =
            Pattern.compile("/dev/(stdout|stderr|fd/\\d+)|/proc/(self|\\d+)/fd/\\d+");

    /**
     * Where a symbolic link leads, link after link, so a .wslconfig kept in a dotfiles folder stays
     * linked: the file written is the link's target, created if it is not there yet, as the shell's
     * {@code >} would.
     */
    static Path throughLinks(Path target) {
        Path path = target;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) {
                throw new UserInputException(
                        target
                                + ": the symbolic links loop (a link leads back to itself); point"
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

    /**
     * The owner's write bit, which root's {@code Files.isWritable} disregards: read-only means
     * read-only for root too.
     */
    private static boolean noOwnerWrite(Path file) {
        try {
            return POSIX
                    && !Files.getPosixFilePermissions(file)
                            .contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What went wrong writing {@code target}, in words, with the promise that the previous file is
     * unchanged.
     */
    static UserInputException cannotWrite(Path target, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "the folder " + target.toAbsolutePath().getParent() + " does not exist";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof FileSystemException
                && ((FileSystemException) e).getReason() != null) {
            why = ((FileSystemException) e).getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new UserInputException(
                "cannot write "
                        + target
                        + ": "
                        + why
                        + ". Check the path and that you may write"
                        + " there; the previous file, if any, is unchanged.",
                e);
    }
}
