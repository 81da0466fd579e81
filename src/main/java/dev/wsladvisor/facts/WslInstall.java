package dev.wsladvisor.facts;

import java.util.List;

/**
 * The WSL installation: whether it is there, the Store package and kernel versions, the
 * distributions.
 */
public final class WslInstall extends FactSection {

    private final Boolean installed;
    private final String packageVersion;
    private final String kernelVersion;
    private final Integer defaultVersion;
    private final List<Distribution> distributions;

    public WslInstall(
            FactsDocument document,
            Boolean installed,
            String packageVersion,
            String kernelVersion,
            Integer defaultVersion,
            List<Distribution> distributions) {
        super(document);
        this.installed = installed;
        this.packageVersion = packageVersion;
        this.kernelVersion = kernelVersion;
        this.defaultVersion = defaultVersion;
        this.distributions = distributions;
    }

    public Boolean getInstalled() {
        return installed;
    }

    public String getPackageVersion() {
        return packageVersion;
    }

    public String getKernelVersion() {
        return kernelVersion;
    }

    public Integer getDefaultVersion() {
        return defaultVersion;
    }

    /** Null when the distributions are unknown; empty when none is installed. */
    public List<Distribution> getDistributions() {
        return distributions;
    }

    /** True only when the Store WSL package version is known and older than {@code threshold}. */
    @Reads({"packageVersion"})
    public boolean packageOlderThan(String threshold) {
        return Version.parse(packageVersion).map(v -> v.olderThan(threshold)).orElse(false);
    }

    /** True only when the Store WSL package version is known and at least {@code threshold}. */
    @Reads({"packageVersion"})
    public boolean packageAtLeast(String threshold) {
        return Version.parse(packageVersion).map(v -> v.atLeast(threshold)).orElse(false);
    }

    /** True only when the kernel version is known and older than {@code threshold}. */
    @Reads({"kernelVersion"})
    public boolean kernelOlderThan(String threshold) {
        return Version.parse(kernelVersion).map(v -> v.olderThan(threshold)).orElse(false);
    }
}
