package dev.wsladvisor.probe;

/**
 * Reads {@code uname -r}: one line, the kernel release. {@code uname -a} is pasted as often ({@code
 * Linux host 5.15.90.1-microsoft-standard-WSL2 #1 SMP ... GNU/Linux}); its third word is the
 * release.
 */
public final class UnameParser {
    private UnameParser() {}

    public static void parse(SourceText source, ProbeResult out) {
        String line = source.firstText();
        String at = source.at(source.firstTextLine());
        String[] words = line.split("\\s+");
        if (words.length >= 3
                && words[0].equals("Linux")
                && !words[2].isEmpty()
                && Character.isDigit(words[2].charAt(0))) {
            line = words[2];
        }
        if (line.isEmpty()) {
            out.warn(source.whole() + ": empty; expected the output of uname -r");
        } else if (line.contains(" ") || !Character.isDigit(line.charAt(0))) {
            out.warn(
                    at
                            + ": expected a kernel release like '5.15.90.1-microsoft-standard-WSL2', found '"
                            + WslVersionParser.shorten(line)
                            + "'; capture it again with 'uname -r > uname-r.txt'");
        } else {
            KernelRelease.of(line).fill(at, out);
        }
    }
}
