package dev.wsladvisor.probe;

import java.util.List;

/**
 * Decoded text plus where it came from: a replay file ({@code systeminfo.txt}) or a command that ran
 * ({@code wsl.exe --version}). Parsers cite lines through {@link #at(int)} so that provenance and warnings
 * read the same for both.
 */
public record SourceText(String name, String text, boolean file) {

    public static SourceText ofFile(String fileName, byte[] bytes) {
        return new SourceText(fileName, TextDecoder.decode(bytes), true);
    }

    public static SourceText ofCommand(String commandLine, byte[] stdout) {
        return new SourceText(commandLine, TextDecoder.decode(stdout), false);
    }

    /** Lines without their ends; line {@code n} (1-based) is {@code lines().get(n - 1)}. */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    /** Where line {@code line} (1-based) came from: {@code systeminfo.txt:12} or {@code command: systeminfo.exe, line 12}. */
    public String at(int line) {
        return file ? name + ":" + line : "command: " + name + ", line " + line;
    }

    /** The 1-based number of the first line with text, or 1 when there is none: where a warning about the whole source points. */
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
        return file ? name : "command: " + name;
    }
}
