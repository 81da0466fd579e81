package dev.wsladvisor.batch;

/**
 * Where a host stands, read from its advice document alone (so a change to the verdict rules needs
 * no change here): an input error; no WSL can run (not blocked, yet blockers listed: only permanent
 * ones remain, as the text report reads it); blocked; readiness unknown (nothing known about the
 * host, or, where the run worked out the unknown facts, a fact about the host that would change the
 * advice); else ready for its version.
 */
public enum Outcome {
    WSL2_READY("wsl2Ready", "WSL2 ready", "#2e7d32"),
    WSL2_BLOCKED("wsl2Blocked", "WSL2 blocked", "#c62828"),
    WSL1("wsl1", "WSL1", "#1565c0"),
    WSL_CANNOT_RUN("wslCannotRun", "WSL cannot run", "#6a1b9a"),
    READINESS_UNKNOWN("readinessUnknown", "Readiness unknown", "#f9a825"),
    INPUT_ERROR("inputErrors", "Input errors", "#616161");

    private final String key;
    private final String label;
    private final String colour;

    Outcome(String key, String label, String colour) {
        this.key = key;
        this.label = label;
        this.colour = colour;
    }

    /** The name in the summary JSON. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    String colour() {
        return colour;
    }

    static Outcome of(HostResult r) {
        if (r.isError()) {
            return INPUT_ERROR;
        }
        if (!r.blocked() && !r.blockers().isEmpty()) {
            return WSL_CANNOT_RUN;
        }
        if (r.blocked()) {
            return "WSL1".equals(r.recommendation()) ? WSL1 : WSL2_BLOCKED;
        }
        if (r.traits().hostFacts() == 0
                || (r.unknown() != null
                        && r.unknown().stream().anyMatch(path -> path.startsWith("host.")))) {
            return READINESS_UNKNOWN;
        }
        return "WSL1".equals(r.recommendation()) ? WSL1 : WSL2_READY;
    }
}
