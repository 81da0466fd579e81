package dev.wsladvisor.probe;

import java.util.List;

/**
 * Decoded text plus where it came from: a replay file ({@code systeminfo.txt}), a command that ran
 * ({@code wsl.exe --version}), or one block of a file ({@code paste.txt}, lines 12-20). Parsers
 * cite lines through {@link #at(int)} so that provenance and warnings read the same for all three;
 * a block's line numbers are those of the whole file, so that a person finds the line where it is.
 *
 * @param lineOffset lines of the file before {@code text} starts (0 for a whole file or a command)
 * @param block how a block is named in messages ({@code block 3, lines 12-20}), or null for a whole
 *     source
 */
public record SourceText(String name, String text, boolean file, int lineOffset, String block) {

    public SourceText(String name, String text, boolean file) {
        this(name, text, file, 0, null);
    }

    public static SourceText ofFile(String fileName, byte[] bytes) {
        return new SourceText(fileName, TextDecoder.decode(bytes), true);
    }

    public static SourceText ofCommand(String commandLine, byte[] stdout) {
        return new SourceText(commandLine, TextDecoder.decode(stdout), false);
    }

    /** Part of a file: {@code text} starts at line {@code lineOffset + 1} of {@code fileName}. */
    public static SourceText ofBlock(String fileName, String text, int lineOffset, String block) {
        return new SourceText(fileName, text, true, lineOffset, block);
    }

    /** Lines without their ends; line {@code n} (1-based) is {@code lines().get(n - 1)}. */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    /**
     * Where line {@code line} (1-based, counted in {@link #text}) came from: {@code
     * systeminfo.txt:12}, {@code paste.txt:14 (block 3, lines 12-20)} or {@code command:
     * systeminfo.exe, line 12}.
     */
    public String at(int line) {
        if (!file) {
            return "command: " + name + ", line " + line;
        }
        return name + ":" + (line + lineOffset) + (block == null ? "" : " (" + block + ")");
    }

    /**
     * The 1-based number of the first line with text, or 1 when there is none: where a warning
     * about the whole source points.
     */
    public int firstTextLine() {
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The first line with text, stripped, or "" when there is none. */
    public String firstText() {
        List<String> lines = lines();
        int n = firstTextLine();
        return n <= lines.size() ? lines.get(n - 1).strip() : "";
    }

    /** The whole source, for facts that come from no single line. */
    public String whole() {
        if (!file) {
            return "command: " + name;
        }
        return block == null ? name : name + " " + block;
    }
}
