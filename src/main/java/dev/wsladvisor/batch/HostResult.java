package dev.wsladvisor.batch;

import java.util.List;

/**
 * What one input line became: the advice (recommendation, blocked, confidence, the ids in it and the
 * document itself as compact JSON), an error, or a skipped blank line.
 */
record HostResult(long line, String id, String recommendation, boolean blocked, double confidence,
                  List<String> blockerIds, List<String> warningIds, String adviceJson, String error, boolean skipped,
                  List<String> factWarnings) {

    /** {@code factWarnings}: what the facts reader noticed, such as unknown fields (ignored unless --strict). */
    static HostResult advised(long line, String id, String recommendation, boolean blocked, double confidence,
                              List<String> blockerIds, List<String> warningIds, String adviceJson, List<String> factWarnings) {
        return new HostResult(line, id, recommendation, blocked, confidence, blockerIds, warningIds, adviceJson, null, false,
                factWarnings);
    }

    static HostResult failed(long line, String id, String error) {
        return new HostResult(line, id, null, false, 0, List.of(), List.of(), null, error, false, List.of());
    }

    static HostResult blank(long line) {
        return new HostResult(line, null, null, false, 0, List.of(), List.of(), null, null, true, List.of());
    }

    boolean isError() {
        return error != null;
    }
}
