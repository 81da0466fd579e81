package dev.wsladvisor.batch;

import java.util.List;

/**
 * What one input line became: the advice (recommendation, blocked, confidence, its blockers and
 * warnings, the unknown facts when they were worked out, and the document itself as compact JSON),
 * an error, or a skipped blank line.
 *
 * @param unknown null when the run did not work them out (batch without --what-if)
 */
record HostResult(
        long line,
        String id,
        String recommendation,
        boolean blocked,
        double confidence,
        List<HostFinding> blockers,
        List<HostFinding> warnings,
        List<String> unknown,
        HostTraits traits,
        String adviceJson,
        String error,
        boolean skipped,
        List<String> factWarnings) {

    /**
     * {@code factWarnings}: what the facts reader noticed, such as unknown fields (ignored unless
     * --strict).
     */
    static HostResult advised(
            long line,
            String id,
            String recommendation,
            boolean blocked,
            double confidence,
            List<HostFinding> blockers,
            List<HostFinding> warnings,
            List<String> unknown,
            HostTraits traits,
            String adviceJson,
            List<String> factWarnings) {
        return new HostResult(
                line,
                id,
                recommendation,
                blocked,
                confidence,
                blockers,
                warnings,
                unknown,
                traits,
                adviceJson,
                null,
                false,
                factWarnings);
    }

    static HostResult failed(long line, String id, String error) {
        return new HostResult(
                line,
                id,
                null,
                false,
                0,
                List.of(),
                List.of(),
                null,
                HostTraits.NONE,
                null,
                error,
                false,
                List.of());
    }

    static HostResult blank(long line) {
        return new HostResult(
                line,
                null,
                null,
                false,
                0,
                List.of(),
                List.of(),
                null,
                HostTraits.NONE,
                null,
                null,
                true,
                List.of());
    }

    boolean isError() {
        return error != null;
    }

    List<String> blockerIds() {
        return blockers.stream().map(HostFinding::id).toList();
    }

    List<String> warningIds() {
        return warnings.stream().map(HostFinding::id).toList();
    }

    /** How the report names the host: its id, or its line when it has none. */
    String name() {
        return id != null ? id : "line " + line;
    }
}
