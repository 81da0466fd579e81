package dev.wsladvisor.facts;

/** Stand-in with the contract's field names until the lead's WslInstall lands on main; deleted at the merge. */
public class WslInstall {
    private String packageVersion;
    private java.util.List<Distribution> distributions;

    public String getPackageVersion() {
        return packageVersion;
    }

    public WslInstall setPackageVersion(String v) {
        this.packageVersion = v;
        return this;
    }

    public java.util.List<Distribution> getDistributions() {
        return distributions;
    }

    public WslInstall setDistributions(java.util.List<Distribution> v) {
        this.distributions = v;
        return this;
    }
}
