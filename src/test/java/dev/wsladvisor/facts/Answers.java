package dev.wsladvisor.facts;

/** Stand-in with the contract's field names until the lead's Answers lands on main; deleted at the merge. */
public class Answers {
    private Boolean docker;
    private Boolean vpn;
    private Boolean lanAccess;
    private Boolean memoryTight;
    private Boolean guiApps;
    private Boolean otherHypervisorVms;
    private Boolean kernelFeatures;

    public Boolean getDocker() {
        return docker;
    }

    public Answers setDocker(Boolean v) {
        this.docker = v;
        return this;
    }

    public Boolean getVpn() {
        return vpn;
    }

    public Answers setVpn(Boolean v) {
        this.vpn = v;
        return this;
    }

    public Boolean getLanAccess() {
        return lanAccess;
    }

    public Answers setLanAccess(Boolean v) {
        this.lanAccess = v;
        return this;
    }

    public Boolean getMemoryTight() {
        return memoryTight;
    }

    public Answers setMemoryTight(Boolean v) {
        this.memoryTight = v;
        return this;
    }

    public Boolean getGuiApps() {
        return guiApps;
    }

    public Answers setGuiApps(Boolean v) {
        this.guiApps = v;
        return this;
    }

    public Boolean getOtherHypervisorVms() {
        return otherHypervisorVms;
    }

    public Answers setOtherHypervisorVms(Boolean v) {
        this.otherHypervisorVms = v;
        return this;
    }

    public Boolean getKernelFeatures() {
        return kernelFeatures;
    }

    public Answers setKernelFeatures(Boolean v) {
        this.kernelFeatures = v;
        return this;
    }
}
