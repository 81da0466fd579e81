package dev.wsladvisor.facts;

/** Stand-in with the contract's field names until the lead's Distribution lands on main; deleted at the merge. */
public class Distribution {
    private String name;
    private Integer version;

    public String getName() {
        return name;
    }

    public Distribution setName(String v) {
        this.name = v;
        return this;
    }

    public Integer getVersion() {
        return version;
    }

    public Distribution setVersion(Integer v) {
        this.version = v;
        return this;
    }
}
