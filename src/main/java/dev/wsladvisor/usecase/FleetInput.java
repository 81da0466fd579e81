package dev.wsladvisor.usecase;

import dev.wsladvisor.batch.FleetStart;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsReader;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON Lines that batch and report read: a file named by --in, or standard input for '-'. */
public final class FleetInput {

    private FleetInput() {}

    /**
     * Opens {@code name} ('-': {@code stdin}, left open when the stream is closed); {@code takes}:
     * what --in takes, for the messages ("a JSON Lines file (one facts document per line)"), {@code
     * sample}: where to find one.
     */
    public static InputStream open(String name, InputStream stdin, String takes, String sample) {
        if ("-".equals(name)) {
            return new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input stays open
                }
            };
        }
        if (name.isEmpty()) {
            throw new UserInputException(
                    "--in: the file name is empty. Name a JSON Lines file, or '-' for standard input.");
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new UserInputException(name + ": is a folder. --in takes " + takes + ", or '-'.");
        }
        if (!Files.exists(path)) {
            throw new UserInputException(
                    name + ": no such file. --in takes " + takes + "; " + sample + ".");
        }
        try {
            // A named pipe or /dev/stdin: FileInputStream, as Files.newInputStream's stream fails
            // on them ("Illegal seek").
            return Files.isRegularFile(path)
                    ? Files.newInputStream(path)
                    : new FileInputStream(path.toFile());
        } catch (IOException e) {
            throw new UserInputException(name + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * A UTF-16 file (Windows PowerShell 5's '>') or, where each line should hold a facts document
     * ({@code factsPerLine}: batch), one pretty-printed document would give one error per line:
     * refuse either whole, once. {@code then} ends the UTF-16 message.
     */
    public static InputStream refuseWholeFaults(
            InputStream in, String name, String then, boolean factsPerLine) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        byte[] head = new byte[4096];
        buffered.mark(head.length);
        int length = buffered.readNBytes(head, 0, head.length);
        buffered.reset();
        try {
            FactsReader.refuseUtf16(
                    length > 0 ? head[0] & 0xFF : -1, length > 1 ? head[1] & 0xFF : -1, name, then);
            if (factsPerLine) {
                FleetStart.refuseOneMultiLineDocument(head, length, name);
            }
        } catch (UserInputException e) {
            buffered.close();
            throw e;
        }
        return buffered;
    }

    /**
     * The size of a regular file, for the progress bar; -1 for standard input, a pipe, or what
     * cannot be read.
     */
    public static long sizeOf(String name) {
        if ("-".equals(name)) {
            return -1;
        }
        try {
            Path p = Path.of(name);
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** How the input is named in messages. */
    public static String displayName(String name) {
        return "-".equals(name) ? "<stdin>" : name;
    }
}
