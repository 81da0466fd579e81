package dev.wsladvisor.probe;

import dev.wsladvisor.errors.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole paste (a support ticket, an issue thread, a terminal copied as it was) into one
 * facts document: {@link PasteBlocks} cuts it into blocks, each recognised block goes to its
 * command's parser (the same as {@code --replay}), and a later block wins where two disagree, with
 * a note. Blocks that are not a command output probe reads are listed with their lines; none of
 * this is ever fatal.
 */
public final class PasteProbe {
    /** A paste bigger than this is not a paste; reading it could exhaust memory. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /**
     * Unread blocks are listed one by one up to this many, then counted, so a long thread cannot
     * flood the notes.
     */
    private static final int LISTED = 20;

    /** Outputs read from one paste; a ticket holds a handful, so past this the paste is not one. */
    static final int MAX_BLOCKS = 1000;

    private final String name;
    private final byte[] bytes;

    private PasteProbe(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /**
     * The paste in {@code file}; bad input (missing, a folder, too big, unreadable) is one clear
     * message.
     */
    public static PasteProbe ofFile(Path file) {
        String shown = file.toString();
        if (shown.isEmpty()) {
            throw new UserInputException(
                    "--paste: the file name is empty. Give the file that holds the paste, or '-' for standard input.");
        }
        if (Files.isDirectory(file)) {
            throw new UserInputException(
                    "--paste "
                            + shown
                            + ": is a folder. --paste takes one file holding the pasted outputs; "
                            + "for a folder of captured outputs use --replay.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new PasteProbe(shown, read(in, shown));
        } catch (NoSuchFileException e) {
            throw new UserInputException(
                    "--paste "
                            + shown
                            + ": no such file. Save the pasted text in a file and give its path, "
                            + "or use '--paste -' to read standard input.");
        } catch (IOException e) {
            throw new UserInputException(
                    "--paste " + shown + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** The paste on standard input ({@code --paste -}). */
    public static PasteProbe ofStream(InputStream in) {
        try {
            return new PasteProbe("<stdin>", read(in, "standard input"));
        } catch (IOException e) {
            throw new UserInputException(
                    "--paste -: standard input cannot be read (" + e.getMessage() + ").");
        }
    }

    private static byte[] read(InputStream in, String where) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new UserInputException(
                    "--paste "
                            + where
                            + ": more than 8 MiB; a paste of command outputs is far smaller. "
                            + "Keep only the outputs of the commands (docs/probe.md lists them).");
        }
        return bytes;
    }

    public void probe(ProbeResult out) {
        List<PasteBlocks.Block> blocks = PasteBlocks.split(TextDecoder.decode(bytes));
        List<String> unread = new ArrayList<>();
        List<String> read = new ArrayList<>();
        int number = 0;
        long outputs = blocks.stream().filter(b -> b.kind() != null).count();
        if (outputs > MAX_BLOCKS) {
            // Said first, so that the cap on messages cannot hide it.
            out.warn(
                    name
                            + ": "
                            + (outputs - MAX_BLOCKS)
                            + " more outputs were not read: a paste is read up to "
                            + MAX_BLOCKS
                            + " outputs; split it, or keep one output per command");
        }
        for (PasteBlocks.Block block : blocks) {
            number++;
            String label = "block " + number + ", lines " + block.first() + "-" + block.last();
            if (block.kind() == null) {
                unread.add(
                        "lines "
                                + block.first()
                                + "-"
                                + block.last()
                                + (block.command() != null
                                        ? " (output of '"
                                                + WslVersionParser.shorten(
                                                        block.command().command())
                                                + "')"
                                        : "")
                                + ": '"
                                + WslVersionParser.shorten(block.firstText())
                                + "'");
                continue;
            }
            if (read.size() == MAX_BLOCKS) {
                continue;
            }
            out.beginBlock(label);
            block.kind()
                    .parse(SourceText.ofBlock(name, block.text(), block.first() - 1, label), out);
            read.add(
                    label
                            + ": "
                            + (block.command() != null
                                    ? block.command().command()
                                    : block.kind().command()));
        }
        out.beginBlock(null);
        if (!read.isEmpty()) {
            out.note(
                    name
                            + ": read "
                            + String.join("; ", read.subList(0, Math.min(LISTED, read.size())))
                            + (read.size() > LISTED
                                    ? "; and " + (read.size() - LISTED) + " more blocks"
                                    : "")
                            + ".");
        }
        for (int i = 0; i < Math.min(LISTED, unread.size()); i++) {
            out.note(
                    name
                            + " "
                            + unread.get(i)
                            + ": not the output of a command probe reads; skipped.");
        }
        if (unread.size() > LISTED) {
            out.note(name + ": " + (unread.size() - LISTED) + " more blocks were skipped.");
        }
        if (read.isEmpty()) {
            out.warn(
                    name
                            + ": no output of a command probe reads was recognised, so no facts were found (it reads wsl --version, "
                            + "wsl --status, wsl -l -v, systeminfo, uname -r, cat /proc/version, cat /etc/os-release, ver, "
                            + "Get-CimInstance, Get-WindowsOptionalFeature, VBoxManage --version, vmware --version; see docs/probe.md)");
        }
    }
}
