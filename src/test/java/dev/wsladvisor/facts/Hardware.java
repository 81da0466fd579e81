package dev.wsladvisor.facts;

/** Stand-in with the contract's field names until the lead's Hardware lands on main; deleted at the merge. */
public class Hardware {
    private Integer memoryMb;
    private Integer logicalProcessors;

    public Integer getMemoryMb() {
        return memoryMb;
    }

    public Hardware setMemoryMb(Integer v) {
        this.memoryMb = v;
        return this;
    }

    public Integer getLogicalProcessors() {
        return logicalProcessors;
    }

    public Hardware setLogicalProcessors(Integer v) {
        this.logicalProcessors = v;
        return this;
    }
}
