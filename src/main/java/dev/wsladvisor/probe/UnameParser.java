package dev.wsladvisor.probe;

/** Reads {@code uname -r}: one line, the kernel release. */
public final class UnameParser {
    private UnameParser() {
    }

    public static void parse(SourceText source, ProbeResult out) {
        String line = source.firstText();
        String at = source.at(source.firstTextLine());
        if (line.isEmpty()) {
            out.warn(source.whole() + ": empty; expected the output of uname -r");
        } else if (line.contains(" ") || !Character.isDigit(line.charAt(0))) {
            out.warn(at + ": expected a kernel release like '5.15.90.1-microsoft-standard-WSL2', found '"
                    + WslVersionParser.shorten(line) + "'; capture it again with 'uname -r > uname-r.txt'");
        } else {
            KernelRelease.of(line).fill(at, out);
        }
    }
}
