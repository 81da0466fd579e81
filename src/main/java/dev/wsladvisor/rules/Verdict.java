package dev.wsladvisor.rules;

/**
 * The verdict, inserted after the first round of rules so that rules which depend on it (next
 * steps, the suggested .wslconfig) can match it, and whether each version can run on this PC at
 * all. It carries no logic of its own.
 */
public final class Verdict {

    private final WslVersion recommended;
    private final boolean blocked;
    private final boolean wsl1Possible;
    private final boolean wsl2Possible;

    public Verdict(WslVersion recommended, boolean blocked) {
        this(recommended, blocked, true, true);
    }

    /**
     * {@code wsl1Possible}/{@code wsl2Possible} false: a permanent blocker means that version can
     * never run here.
     */
    public Verdict(
            WslVersion recommended, boolean blocked, boolean wsl1Possible, boolean wsl2Possible) {
        this.recommended = recommended;
        this.blocked = blocked;
        this.wsl1Possible = wsl1Possible;
        this.wsl2Possible = wsl2Possible;
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

    /**
     * False when WSL1 can never run on this PC, so rules can write {@code Verdict( wsl1Possible ==
     * false )}.
     */
    public boolean isWsl1Possible() {
        return wsl1Possible;
    }

    /**
     * False when WSL2 can never run on this PC (no SLAT, Windows Server 2019, 32-bit Windows...).
     */
    public boolean isWsl2Possible() {
        return wsl2Possible;
    }
}
