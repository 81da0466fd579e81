package dev.wsladvisor.facts;

/**
 * An installed product that matters to the verdict: {@code virtualBox}, {@code vmware}, {@code
 * dockerDesktop} (named as in {@code host.software}), or another hypervisor from {@code
 * otherHypervisors} ({@code haxm}, {@code aehd}, {@code bluestacks}...). The version may be missing
 * or partial.
 */
public final class Product extends FactSection {

    private final String name;
    private final String version;
    private final String productName;
    private final String backend;
    private final Version parsed;

    public Product(
            FactsDocument document,
            String name,
            String version,
            String productName,
            String backend) {
        super(document);
        this.name = name;
        this.version = version;
        this.productName = productName;
        this.backend = backend;
        this.parsed = Version.parse(version).orElse(null);
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public String getProductName() {
        return productName;
    }

    public String getBackend() {
        return backend;
    }

    @Reads({"version"})
    public boolean isVersionKnown() {
        return parsed != null;
    }

    /** True only when the version is known well enough and older than {@code threshold}. */
    @Reads({"version"})
    public boolean olderThan(String threshold) {
        return parsed != null && parsed.olderThan(threshold);
    }

    /** True only when the version is known well enough and at least {@code threshold}. */
    @Reads({"version"})
    public boolean atLeast(String threshold) {
        return parsed != null && parsed.atLeast(threshold);
    }

    /**
     * True when a version was given but is too partial to compare with {@code threshold} ("6"
     * against "6.1").
     */
    @Reads({"version"})
    public boolean versionUndecidedAgainst(String threshold) {
        return parsed != null && parsed.undecidedAgainst(threshold);
    }

    /** "VirtualBox 6.0.24", "VirtualBox (version unknown)", for messages. */
    @Reads({"version", "product"})
    public String getLabel() {
        String display;
        switch (name) {
            case "virtualBox":
                display = "VirtualBox";
                break;
            case "vmware":
                display = productName == null ? "VMware" : "VMware " + productName;
                break;
            case "dockerDesktop":
                display = "Docker Desktop";
                break;
            default:
                display = name;
        }
        return version == null ? display + " (version unknown)" : display + " " + version;
    }
}
