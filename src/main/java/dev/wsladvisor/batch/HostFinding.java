package dev.wsladvisor.batch;

/** A blocker or warning of one host, as its advice document gives it. */
record HostFinding(String id, String message, String fix, String source) {

    /**
     * Needs the verdict leaves unmet are warnings named {@code unmet-<rule>}
     * (docs/advice-format.md).
     */
    boolean isUnmetNeed() {
        return id != null && id.startsWith("unmet-");
    }
}
