package dev.wsladvisor.facts;

/**
 * Windows optional features, each "enabled", "disabled", "absent" or "enable-pending", or null when
 * unknown.
 */
public final class Features extends FactSection {

    private final String virtualMachinePlatform;
    private final String windowsSubsystemForLinux;
    private final String hyperV;
    private final String windowsHypervisorPlatform;

    public Features(
            FactsDocument document,
            String virtualMachinePlatform,
            String windowsSubsystemForLinux,
            String hyperV,
            String windowsHypervisorPlatform) {
        super(document);
        this.virtualMachinePlatform = virtualMachinePlatform;
        this.windowsSubsystemForLinux = windowsSubsystemForLinux;
        this.hyperV = hyperV;
        this.windowsHypervisorPlatform = windowsHypervisorPlatform;
    }

    public String getVirtualMachinePlatform() {
        return virtualMachinePlatform;
    }

    public String getWindowsSubsystemForLinux() {
        return windowsSubsystemForLinux;
    }

    public String getHyperV() {
        return hyperV;
    }

    public String getWindowsHypervisorPlatform() {
        return windowsHypervisorPlatform;
    }

    /**
     * The feature is off: disabled or absent (a reboot-pending feature counts as on, it needs only
     * a restart).
     */
    public static boolean isOff(String state) {
        return "disabled".equals(state) || "absent".equals(state);
    }

    /**
     * Virtual Machine Platform is known to be off, or enabled but waiting for a restart: WSL2's VM
     * cannot start.
     */
    @Reads({"virtualMachinePlatform"})
    public boolean virtualMachinePlatformNotInEffect() {
        return isOff(virtualMachinePlatform) || "enable-pending".equals(virtualMachinePlatform);
    }
}
