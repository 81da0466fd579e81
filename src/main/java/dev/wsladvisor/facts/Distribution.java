package dev.wsladvisor.facts;

/** One installed WSL distribution. */
public final class Distribution extends FactSection {

    private final String name;
    private final Integer version;
    private final String state;
    private final Boolean defaultDistribution;

    public Distribution(
            FactsDocument document,
            String name,
            Integer version,
            String state,
            Boolean defaultDistribution) {
        super(document);
        this.name = name;
        this.version = version;
        this.state = state;
        this.defaultDistribution = defaultDistribution;
    }

    public String getName() {
        return name;
    }

    public Integer getVersion() {
        return version;
    }

    public String getState() {
        return state;
    }

    /** The contract's {@code default}. */
    public Boolean getDefaultDistribution() {
        return defaultDistribution;
    }

    /** Docker Desktop's own distributions, which the person does not convert or use directly. */
    @Reads({"name"})
    public boolean isDockerDesktopDistribution() {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).startsWith("docker-desktop");
    }
}
