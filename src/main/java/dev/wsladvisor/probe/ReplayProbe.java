package dev.wsladvisor.probe;

import dev.wsladvisor.errors.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Reads outputs captured earlier from a folder (docs/probe.md lists the file names) through the
 * same parsers the live probes use. Every file is optional. A file that cannot be parsed gives a
 * warning naming the file and line; the others still count.
 */
public final class ReplayProbe {
    /** Files bigger than this are not command outputs; reading them could exhaust memory. */
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    /**
     * In the order they are read: sources that state a fact directly come before those that imply
     * it.
     */
    private static final Map<String, BiConsumer<SourceText, ProbeResult>> FILES =
            new LinkedHashMap<>();

    static {
        FILES.put("cim-os.json", CimParser::parseOperatingSystem);
        FILES.put("cim-computersystem.json", CimParser::parseComputerSystem);
        FILES.put("cim-processor.json", CimParser::parseProcessor);
        FILES.put("wsl-version.txt", WslVersionParser::parse);
        FILES.put("ver.txt", VerParser::parse);
        FILES.put("wsl-list.txt", WslListParser::parse);
        FILES.put("wsl-status.txt", WslStatusParser::parse);
        FILES.put("systeminfo.txt", SysteminfoParser::parse);
        FILES.put("optional-features.json", OptionalFeaturesParser::parse);
        FILES.put("uname-r.txt", UnameParser::parse);
        FILES.put("proc-version.txt", ProcVersionParser::parse);
        FILES.put("os-release.txt", OsReleaseParser::parse);
        FILES.put("vboxmanage-version.txt", VBoxManageVersionParser::parse);
        FILES.put("vmware-version.txt", VmwareVersionParser::parse);
        FILES.put(
                "wslconfig.txt",
                (source, out) ->
                        out.note(
                                source.whole()
                                        + " found: probe does not read .wslconfig; "
                                        + "check it with the .wslconfig commands of wsl-advisor."));
    }

    private final Path dir;

    /** The names of the captured outputs a replay reads, in the order it reads them. */
    public static List<String> fileNames() {
        return List.copyOf(FILES.keySet());
    }

    /**
     * Whether {@code file} is, or would be, one of the captured outputs a replay of {@code dir}
     * reads: same folder and a known name (case ignored, as on Windows), or the same file through a
     * link. Writing there would replace an input and make the next replay misread the folder.
     */
    public static boolean isInput(Path dir, Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        for (String known : FILES.keySet()) {
            Path input = dir.resolve(known);
            try {
                if (Files.exists(file) && Files.exists(input) && Files.isSameFile(file, input)) {
                    return true;
                }
            } catch (IOException e) {
                // Not comparable: fall back to the names below.
            }
            if (known.equalsIgnoreCase(name.toString())
                    && sameFolder(dir, file.toAbsolutePath().getParent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolder(Path a, Path b) {
        if (b == null) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    public ReplayProbe(Path dir) {
        this.dir = dir;
    }

    public void probe(ProbeResult out) {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(
                    "probe --replay: '"
                            + dir
                            + "' "
                            + (Files.exists(dir) ? "is a file, not a folder" : "does not exist")
                            + ". Give the folder that holds the captured outputs (wsl-version.txt, systeminfo.txt, ...; see docs/probe.md).");
        }
        int read = 0;
        for (Map.Entry<String, BiConsumer<SourceText, ProbeResult>> file : FILES.entrySet()) {
            Path path = dir.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                continue;
            }
            byte[] bytes = readBytes(path, out);
            if (bytes != null) {
                OutputKind kind = OutputKind.ofReplayFile(file.getKey());
                if (kind == null) {
                    file.getValue().accept(SourceText.ofFile(file.getKey(), bytes), out);
                } else {
                    readFile(file.getKey(), kind, TextDecoder.decode(bytes), out);
                }
                read++;
            }
        }
        MissingCaptures.note(dir, out);
        List<String> others = otherFiles();
        if (!others.isEmpty()) {
            out.note(
                    "Ignored files with names probe does not know: "
                            + String.join(", ", others)
                            + " (expected names: "
                            + String.join(", ", FILES.keySet())
                            + ").");
        }
        if (read == 0) {
            out.warn(
                    dir
                            + ": none of the known files is in this folder, so no facts were found (expected names: "
                            + String.join(", ", FILES.keySet())
                            + ")");
        }
    }

    /**
     * A file holds its command's output wherever it stands: below a prompt, between fences, twice,
     * or beside the output of another command. Each block recognised goes to its own parser (a
     * later block of the file wins); when none is recognised, the file's parser reads the whole
     * text without its prompt lines and says what is wrong.
     */
    static void readFile(String name, OutputKind expected, String text, ProbeResult out) {
        List<PasteBlocks.Block> blocks = PasteBlocks.split(text);
        long recognised = blocks.stream().filter(b -> b.kind() != null).count();
        if (recognised == 0) {
            expected.parse(new SourceText(name, PasteBlocks.withoutPrompts(text), true), out);
            return;
        }
        int number = 0;
        for (PasteBlocks.Block block : blocks) {
            number++;
            String lines = "lines " + block.first() + "-" + block.last();
            if (block.kind() == null) {
                out.note(
                        name
                                + " "
                                + lines
                                + ": not the output of "
                                + expected.command()
                                + " ('"
                                + WslVersionParser.shorten(block.firstText())
                                + "'); skipped.");
                continue;
            }
            String label = recognised > 1 ? "block " + number + ", " + lines : null;
            out.beginBlock(name, label == null ? name : label);
            if (block.kind() != expected) {
                out.note(
                        name
                                + " "
                                + lines
                                + ": this is the output of "
                                + block.kind().command()
                                + ", not of "
                                + expected.command()
                                + "; read as such"
                                + (block.kind().replayFile() == null
                                        ? "."
                                        : " (its own file is " + block.kind().replayFile() + ")."));
            }
            block.kind()
                    .parse(SourceText.ofBlock(name, block.text(), block.first() - 1, label), out);
        }
        out.beginBlock(null);
    }

    private byte[] readBytes(Path path, ProbeResult out) {
        try {
            if (Files.size(path) > MAX_BYTES) {
                out.warn(
                        path.getFileName()
                                + ": larger than 8 MB, so not a captured command output; skipped");
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            out.warn(path.getFileName() + ": could not be read (" + e.getMessage() + ")");
            return null;
        }
    }

    private List<String> otherFiles() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(
                            n ->
                                    !FILES.containsKey(n)
                                            && !n.startsWith(".")
                                            && !n.equalsIgnoreCase("SOURCES.md"))
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            return names;
        }
        return names;
    }
}
