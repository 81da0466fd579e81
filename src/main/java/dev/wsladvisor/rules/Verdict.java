package dev.wsladvisor.rules;

/**
 * The verdict, inserted after the first round of rules so that rules which depend on it (next steps, the
 * suggested .wslconfig) can match it. It carries no logic of its own.
 */
public final class Verdict {

    private final WslVersion recommended;
    private final boolean blocked;

    public Verdict(WslVersion recommended, boolean blocked) {
        this.recommended = recommended;
        this.blocked = blocked;
    }

    /** "WSL1" or "WSL2", so rules can write {@code Verdict( recommendation == "WSL2" )}. */
    public String getRecommendation() {
        return recommended.name();
    }

    public WslVersion getRecommended() {
        return recommended;
    }

    public boolean isBlocked() {
        return blocked;
    }
}
