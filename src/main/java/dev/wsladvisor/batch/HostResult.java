package dev.wsladvisor.batch;

import java.util.List;

/**
 * What one input line became: the advice (recommendation, blocked, confidence, the ids in it and the
 * document itself as compact JSON), an error, or a skipped blank line.
 */
record HostResult(long line, String id, String recommendation, boolean blocked, double confidence,
                  List<String> blockerIds, List<String> warningIds, String adviceJson, String error, boolean skipped) {

    static HostResult advised(long line, String id, String recommendation, boolean blocked, double confidence,
                              List<String> blockerIds, List<String> warningIds, String adviceJson) {
        return new HostResult(line, id, recommendation, blocked, confidence, blockerIds, warningIds, adviceJson, null, false);
    }

    static HostResult failed(long line, String id, String error) {
        return new HostResult(line, id, null, false, 0, List.of(), List.of(), null, error, false);
    }

    static HostResult blank(long line) {
        return new HostResult(line, null, null, false, 0, List.of(), List.of(), null, null, true);
    }

    boolean isError() {
        return error != null;
    }
}
