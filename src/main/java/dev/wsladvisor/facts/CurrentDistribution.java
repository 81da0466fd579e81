package dev.wsladvisor.facts;

/**
 * The distribution the facts were gathered in ({@code host.wsl.currentDistribution}): advice read
 * from inside a WSL1 distribution can say that this very distribution lacks what WSL2 gives.
 */
public final class CurrentDistribution extends FactSection {

    private final String name;
    private final Integer version;
    private final String kernelRelease;
    private final String osId;

    public CurrentDistribution(
            FactsDocument document,
            String name,
            Integer version,
            String kernelRelease,
            String osId) {
        super(document);
        this.name = name;
        this.version = version;
        this.kernelRelease = kernelRelease;
        this.osId = osId;
    }

    public String getName() {
        return name;
    }

    public Integer getVersion() {
        return version;
    }

    public String getKernelRelease() {
        return kernelRelease;
    }

    public String getOsId() {
        return osId;
    }

    /**
     * The name for a message or a command: the distribution's own, or a placeholder when only its
     * kernel was captured.
     */
    public String nameOrPlaceholder() {
        return name != null ? name : "<distribution>";
    }
}
