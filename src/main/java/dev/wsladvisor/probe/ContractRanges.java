package dev.wsladvisor.probe;

import java.util.Map;

/**
 * The ranges facts.md allows for numeric facts. A value outside them (an XP build 2600 in a pasted
 * file, a memory of 0) would make {@code advise --facts} reject the whole document, so such a value
 * is dropped with a note instead.
 */
final class ContractRanges {
    private record Range(long min, long max) {}

    private static final Map<String, Range> RANGES =
            Map.of(
                    "host.os.build", new Range(7600, 99999),
                    "host.os.revision", new Range(0, Long.MAX_VALUE),
                    "host.hardware.memoryMb", new Range(1, Long.MAX_VALUE),
                    "host.hardware.logicalProcessors", new Range(1, Long.MAX_VALUE),
                    "host.wsl.defaultVersion", new Range(1, 2));

    private ContractRanges() {}

    /** {@code null} when {@code value} may stand at {@code path}, otherwise why not. */
    static String problem(String path, Object value) {
        Range range = RANGES.get(path);
        if (range == null || !(value instanceof Number number)) {
            return null;
        }
        long v = number.longValue();
        return v >= range.min() && v <= range.max()
                ? null
                : path
                        + " = "
                        + v
                        + " is outside what the facts contract allows ("
                        + range.min()
                        + ".."
                        + (range.max() == Long.MAX_VALUE ? "" : range.max())
                        + "), so it was left out";
    }
}
