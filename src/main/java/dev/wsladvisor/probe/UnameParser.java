package dev.wsladvisor.probe;

import java.util.List;

/** Reads {@code uname -r}: one line, the kernel release. */
public final class UnameParser {
    private UnameParser() {
    }

    public static void parse(SourceText source, ProbeResult out) {
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.contains(" ") || !Character.isDigit(line.charAt(0))) {
                out.warn(source.at(i + 1) + ": expected a kernel release like '5.15.90.1-microsoft-standard-WSL2', found '"
                        + WslVersionParser.shorten(line) + "'; capture it again with 'uname -r > uname-r.txt'");
                return;
            }
            KernelRelease.of(line).fill(source.at(i + 1), out);
            return;
        }
        out.warn(source.whole() + ": empty; expected the output of uname -r");
    }
}
