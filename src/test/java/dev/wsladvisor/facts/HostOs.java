package dev.wsladvisor.facts;

/** Stand-in with the contract's field names until the lead's HostOs lands on main; deleted at the merge. */
public class HostOs {
    private String edition;
    private Integer build;
    private Integer revision;
    private String displayVersion;
    private String architecture;

    public String getEdition() {
        return edition;
    }

    public HostOs setEdition(String v) {
        this.edition = v;
        return this;
    }

    public Integer getBuild() {
        return build;
    }

    public HostOs setBuild(Integer v) {
        this.build = v;
        return this;
    }

    public Integer getRevision() {
        return revision;
    }

    public HostOs setRevision(Integer v) {
        this.revision = v;
        return this;
    }

    public String getDisplayVersion() {
        return displayVersion;
    }

    public HostOs setDisplayVersion(String v) {
        this.displayVersion = v;
        return this;
    }

    public String getArchitecture() {
        return architecture;
    }

    public HostOs setArchitecture(String v) {
        this.architecture = v;
        return this;
    }
}
