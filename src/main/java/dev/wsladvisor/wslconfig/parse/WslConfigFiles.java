package dev.wsladvisor.wslconfig.parse;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.io.WindowsPaths;
import dev.wsladvisor.text.Visible;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads config files with one clear message when that is not possible. */
public final class WslConfigFiles {

    /**
     * Limits far above any real config file (those hold tens of lines): a bigger file is almost
     * certainly the wrong path, and the limits keep every step that reads, compares or rewrites a
     * file bounded in time and memory. docs/wslconfig.md and each command's --help state them.
     */
    public static final long MAX_BYTES = 1L << 20;

    public static final int MAX_LINES = 10_000;
    public static final int MAX_LINE_CHARS = 16_384;

    /**
     * The limits in one phrase, for --help (a constant, as annotations need) and messages; a test
     * keeps it in step.
     */
    public static final String LIMITS = "at most 1 MiB, 10,000 lines and 16,384 characters a line";

    private WslConfigFiles() {}

    /** See {@link WindowsPaths#refuseOffWindows(Path)}. */
    public static void refuseWindowsPath(Path path) {
        WindowsPaths.refuseOffWindows(path);
    }

    public static byte[] read(Path path) {
        refuseWindowsPath(path);
        if (Files.isDirectory(path)) {
            throw new UserInputException(
                    Visible.escape(path.toString())
                            + ": is a folder; pass the config file"
                            + " itself, e.g. "
                            + Visible.escape(path.resolve(".wslconfig").toString()));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (NoSuchFileException e) {
            throw new UserInputException(
                    Visible.escape(path.toString())
                            + ": no such file; pass the path of your config file (on Windows"
                            + " %UserProfile%\\.wslconfig, in a distribution /etc/wsl.conf)");
        } catch (IOException e) {
            throw new UserInputException(
                    Visible.escape(path.toString())
                            + ": cannot read it ("
                            + Visible.escape(e.getMessage())
                            + "); check the path and that you may read it",
                    e);
        }
    }

    /**
     * Reads at most {@link #MAX_BYTES} bytes, and one more to tell that there is more: the size a
     * file system reports is 0 for a device ({@code /dev/zero}) or a pipe, which would otherwise be
     * read until memory runs out.
     */
    public static byte[] read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new UserInputException(
                    Visible.escape(name)
                            + ": is more than "
                            + (MAX_BYTES >> 20)
                            + " MiB, too big"
                            + " for a WSL config file ("
                            + LIMITS
                            + "); check the path");
        }
        return bytes;
    }

    /**
     * The file as a document, refused with one message when it has more lines or longer lines than
     * the limits.
     */
    public static WslConfigDocument document(byte[] bytes, String name) {
        WslConfigDocument doc = WslConfigDocument.read(bytes);
        if (doc.lineCount() > MAX_LINES) {
            throw new UserInputException(
                    Visible.escape(name)
                            + ": has "
                            + String.format("%,d", doc.lineCount())
                            + " lines, more than the "
                            + String.format("%,d", MAX_LINES)
                            + " a WSL config file may have here ("
                            + LIMITS
                            + "); check the path");
        }
        for (int i = 1; i <= doc.lineCount(); i++) {
            if (doc.lineText(i).length() > MAX_LINE_CHARS) {
                throw new UserInputException(
                        Visible.escape(name)
                                + ":"
                                + i
                                + ": the line is "
                                + String.format("%,d", doc.lineText(i).length())
                                + " characters long, more than the "
                                + String.format("%,d", MAX_LINE_CHARS)
                                + " a WSL config file line may have here ("
                                + LIMITS
                                + "); check the path");
            }
        }
        return doc;
    }

    public static WslConfigDocument document(Path path) {
        return document(read(path), path.toString());
    }

    public static ParseResult parse(byte[] bytes, String name, ConfigDialect dialect) {
        return WslConfigParser.parse(document(bytes, name), dialect);
    }

    public static ParseResult parse(Path path, ConfigDialect dialect) {
        return WslConfigParser.parse(document(path), dialect);
    }

    /** How messages name standard input. */
    public static final String STDIN = "<stdin>";

    /** The path {@code -}, which commands read as standard input. */
    public static boolean isStdin(Path p) {
        return p != null && p.toString().equals("-");
    }

    /** The file at {@code p}, or standard input for {@code -}, parsed within the limits. */
    public static ParseResult parse(Path p, InputStream stdin, ConfigDialect dialect) {
        if (!isStdin(p)) {
            return parse(p, dialect);
        }
        try {
            return parse(read(stdin, STDIN), STDIN, dialect);
        } catch (IOException e) {
            throw new UserInputException(
                    STDIN + ": cannot read it (" + Visible.escape(e.getMessage()) + ")", e);
        }
    }
}
