package dev.wsladvisor.rules;

/** The two answers the advisor can give. */
public enum WslVersion {
    WSL1,
    WSL2;

    public WslVersion other() {
        return this == WSL1 ? WSL2 : WSL1;
    }
}
