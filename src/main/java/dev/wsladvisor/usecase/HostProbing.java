package dev.wsladvisor.usecase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.probe.HostProbe;
import dev.wsladvisor.probe.PasteProbe;
import dev.wsladvisor.probe.ProbeResult;
import dev.wsladvisor.probe.ReplayProbe;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Finding host facts, as {@code probe} and every {@code --probe}, {@code --probe-replay} and {@code
 * --paste} do.
 */
public final class HostProbing {

    private HostProbing() {}

    /**
     * What the probe finds: the paste in {@code paste} (a file, or '-' for {@code stdin}) when
     * given, else the captured outputs in {@code replay} when given, else this machine. Why nothing
     * could be found here, and every warning, go to {@code notes}.
     */
    public static ProbeResult probe(
            Path replay,
            String paste,
            InputStream stdin,
            Supplier<HostProbe> hostProbe,
            Consumer<String> notes) {
        ProbeResult result;
        refuseEmptyReplay(replay);
        if (paste != null) {
            result = new ProbeResult();
            ("-".equals(paste) ? PasteProbe.ofStream(stdin) : PasteProbe.ofFile(Path.of(paste)))
                    .probe(result);
        } else if (replay != null) {
            result = new ProbeResult();
            new ReplayProbe(replay).probe(result);
        } else {
            HostProbe.Outcome outcome = hostProbe.get().probe();
            result = outcome.result();
            if (outcome.notHere() != null) {
                notes.accept(outcome.notHere());
            }
        }
        result.warnings().forEach(w -> notes.accept("warning: " + w));
        return result;
    }

    /**
     * Path.of("") is the current folder: an empty argument (an unset variable in a script) must not
     * read it.
     */
    public static void refuseEmptyReplay(Path replay) {
        if (replay != null && replay.toString().isEmpty()) {
            throw new UserInputException(
                    "--replay: the folder name is empty. Give the folder that holds the captured outputs "
                            + "(wsl-version.txt, systeminfo.txt, ...; see docs/probe.md).");
        }
    }

    /** One source of host facts at a time: the live probe, a replay folder or a paste. */
    public static void refuseTwoProbes(boolean probe, Path replay, String paste) {
        int given = (probe ? 1 : 0) + (replay != null ? 1 : 0) + (paste != null ? 1 : 0);
        if (given > 1) {
            throw new UserInputException(
                    "give one source of host facts: --probe (this PC), a replay folder or --paste FILE, not several; "
                            + "--facts adds to any of them.");
        }
    }

    /**
     * probe --out must not replace what it reads: one of the replay folder's outputs, or the paste.
     */
    public static void refuseOutOverInput(Path replay, String paste, Path out) {
        refuseEmptyReplay(replay);
        if (replay != null && out != null && ReplayProbe.isInput(replay, out)) {
            throw new UserInputException(
                    "probe --out "
                            + out
                            + ": that is one of the captured outputs that --replay "
                            + replay
                            + " reads ("
                            + String.join(", ", ReplayProbe.fileNames())
                            + "); writing the facts there would replace it, "
                            + "and the next replay would misread the folder. Write them elsewhere, such as --out "
                            + replay.resolve("facts.json")
                            + ".");
        }
        refuseTwoProbes(false, replay, paste);
        if (paste != null && out != null && !"-".equals(paste) && sameFile(Path.of(paste), out)) {
            throw new UserInputException(
                    "probe --out "
                            + out
                            + ": that is the paste --paste reads; writing the facts there would replace it. "
                            + "Write them elsewhere, such as --out facts.json.");
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** The facts document the probe found, as probe prints it. */
    public static String render(ProbeResult result) {
        try {
            return new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(result.toDocument())
                    + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "a tree built in memory could not be written as JSON", e);
        }
    }

    /**
     * Writes the document to {@code out}: never over a person's file without a backup (returned),
     * and the new one appears whole or not at all.
     */
    public static Optional<Path> write(Path out, String document, Clock clock) {
        try {
            return new AtomicFileWriter(clock)
                    .write(out, document.getBytes(StandardCharsets.UTF_8));
        } catch (UserInputException e) {
            throw new UserInputException("probe --out: " + e.getMessage(), e);
        }
    }
}
