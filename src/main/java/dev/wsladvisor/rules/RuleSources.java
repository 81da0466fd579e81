package dev.wsladvisor.rules;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds rule files: the built-in knowledge base (the top-level {@code rules/} folder, packaged
 * under {@code wsladvisor/rules/} in the jar) and the folders a person adds with {@code --rules}.
 */
public final class RuleSources {

    static final String BUILT_IN_ROOT = "wsladvisor/rules";

    private RuleSources() {}

    /** Every built-in .drl, sorted by path, shown as {@code rules/<relative path>}. */
    public static List<RuleSource> builtIn() {
        URL url = RuleSources.class.getClassLoader().getResource(BUILT_IN_ROOT);
        if (url == null) {
            throw new IllegalStateException(
                    "the built-in rules are missing from the classpath (" + BUILT_IN_ROOT + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath(BUILT_IN_ROOT), "rules/", true);
            }
            return read(Path.of(uri), "rules/", true);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the built-in rules at " + url, e);
        }
    }

    /** Every .drl below {@code dir}, sorted, shown by its path as the person gave it. */
    public static List<RuleSource> fromDirectory(Path dir) {
        if (!Files.exists(dir)) {
            throw new UserInputException(
                    dir + ": no such folder. --rules takes a folder that holds .drl files.");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(
                    dir
                            + ": is a file, not a folder. --rules takes a folder that holds .drl files"
                            + " (put "
                            + dir.getFileName()
                            + " in a folder of its own).");
        }
        try {
            String prefix = dir.toString().endsWith("/") ? dir.toString() : dir + "/";
            return read(dir, prefix, false);
        } catch (IOException | UncheckedIOException e) {
            throw new UserInputException(dir + ": cannot read the folder: " + e.getMessage());
        }
    }

    /**
     * Every .drl file below {@code dir}, in path order: the built-in rules, a --rules folder, the
     * build's input.
     */
    public static List<Path> drlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(
                            p ->
                                    p.getFileName() != null
                                            && p.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /**
     * Rule files larger than this are refused: the whole built-in knowledge base is about 150 KiB.
     */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static List<RuleSource> read(Path root, String displayPrefix, boolean builtIn)
            throws IOException {
        List<RuleSource> out = new ArrayList<>();
        List<Path> files;
        try {
            files = drlFiles(root);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            String display = displayPrefix + relative;
            if (builtIn) {
                out.add(
                        new RuleSource(
                                display, Files.readString(file, StandardCharsets.UTF_8), true));
            } else {
                out.add(new RuleSource(display, text(file, display), false));
            }
        }
        return out;
    }

    /**
     * A person's rule file as text: one message naming the file for what cannot be a rule file (too
     * large, binary, UTF-16, not UTF-8, unreadable) instead of a compiler's confusion or a crash.
     */
    private static String text(Path file, String display) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UserInputException(
                    display
                            + ": cannot read the rule file ("
                            + (e instanceof java.nio.file.AccessDeniedException
                                    ? "permission denied"
                                    : e.getMessage())
                            + "). Check that it exists and that you may read it.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserInputException(
                    display
                            + ": more than 10 MiB; a rule file is text of a few kilobytes. Check that"
                            + " this is the file you meant, or move it out of the --rules folder.");
        }
        if (bytes.length >= 2) {
            FactsReader.refuseUtf16(
                    bytes[0] & 0xFF, bytes[1] & 0xFF, display, ". Rule files are UTF-8 text.");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UserInputException(
                        display
                                + ": binary data (a NUL byte at offset "
                                + i
                                + "), not a rule file;"
                                + " .drl files are UTF-8 text. Move it out of the --rules folder or rename it.");
            }
        }
        return FactsReader.decode(bytes, display);
    }
}
