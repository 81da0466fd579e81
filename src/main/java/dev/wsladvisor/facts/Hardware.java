package dev.wsladvisor.facts;

/** The machine Windows runs on. Every field is null when unknown. */
public final class Hardware extends FactSection {

    private final Integer memoryMb;
    private final Integer logicalProcessors;
    private final Boolean virtualizationFirmwareEnabled;
    private final Boolean slat;
    private final Boolean hypervisorPresent;
    private final Boolean virtualMachine;
    private final Boolean nestedVirtualization;
    private final String vmHost;
    private final Double diskFreeGb;

    public Hardware(
            FactsDocument document,
            Integer memoryMb,
            Integer logicalProcessors,
            Boolean virtualizationFirmwareEnabled,
            Boolean slat,
            Boolean hypervisorPresent,
            Boolean virtualMachine,
            Boolean nestedVirtualization,
            String vmHost,
            Double diskFreeGb) {
        super(document);
        this.memoryMb = memoryMb;
        this.logicalProcessors = logicalProcessors;
        this.virtualizationFirmwareEnabled = virtualizationFirmwareEnabled;
        this.slat = slat;
        this.hypervisorPresent = hypervisorPresent;
        this.virtualMachine = virtualMachine;
        this.nestedVirtualization = nestedVirtualization;
        this.vmHost = vmHost == null ? null : vmHost.trim().toLowerCase(java.util.Locale.ROOT);
        this.diskFreeGb = diskFreeGb;
    }

    public Integer getMemoryMb() {
        return memoryMb;
    }

    public Integer getLogicalProcessors() {
        return logicalProcessors;
    }

    public Boolean getVirtualizationFirmwareEnabled() {
        return virtualizationFirmwareEnabled;
    }

    public Boolean getSlat() {
        return slat;
    }

    public Boolean getHypervisorPresent() {
        return hypervisorPresent;
    }

    /** The contract's {@code isVirtualMachine}: Windows itself runs inside a VM. */
    public Boolean getVirtualMachine() {
        return virtualMachine;
    }

    public Boolean getNestedVirtualization() {
        return nestedVirtualization;
    }

    /**
     * Lower case: hyper-v, azure, vmware, virtualbox, parallels, kvm, qemu, aws, gcp, or another
     * word.
     */
    public String getVmHost() {
        return vmHost;
    }

    public Double getDiskFreeGb() {
        return diskFreeGb;
    }

    /**
     * Windows is a VM whose host does not pass virtualization through: said outright, or shown by
     * the firmware-virtualization check failing inside the VM.
     */
    @Reads({"isVirtualMachine", "nestedVirtualization", "virtualizationFirmwareEnabled"})
    public boolean lacksNestedVirtualization() {
        return Boolean.TRUE.equals(virtualMachine)
                && (Boolean.FALSE.equals(nestedVirtualization)
                        || (nestedVirtualization == null
                                && Boolean.FALSE.equals(virtualizationFirmwareEnabled)));
    }

    /**
     * A hypervisor (Hyper-V, WSL2, VBS) runs on this PC itself, Windows not being known to run in a
     * VM. Firmware virtualization is then on, and Windows' Hyper-V requirement checks (firmware
     * virtualization, SLAT) are not meaningful: Get-ComputerInfo's are meaningful only when no
     * hypervisor runs, and systeminfo shows "A hypervisor has been detected" instead of them.
     */
    @Reads({"hypervisorPresent", "isVirtualMachine"})
    public boolean hypervisorRunsOnBareMetal() {
        return Boolean.TRUE.equals(hypervisorPresent) && !Boolean.TRUE.equals(virtualMachine);
    }

    /**
     * Firmware virtualization (VT-x/AMD-V) is off on a physical PC: the check said so, and no
     * hypervisor runs here to prove it on. Inside a VM a failed check means no nested
     * virtualization instead.
     */
    @Reads({"virtualizationFirmwareEnabled", "isVirtualMachine", "hypervisorPresent"})
    public boolean firmwareVirtualizationOff() {
        return Boolean.FALSE.equals(virtualizationFirmwareEnabled)
                && !Boolean.TRUE.equals(virtualMachine)
                && !hypervisorRunsOnBareMetal();
    }

    /**
     * The CPU lacks SLAT: the check said so on a physical PC where no hypervisor runs to make it
     * meaningless.
     */
    @Reads({"slat", "isVirtualMachine", "hypervisorPresent"})
    public boolean lacksSlat() {
        return Boolean.FALSE.equals(slat)
                && !Boolean.TRUE.equals(virtualMachine)
                && !hypervisorRunsOnBareMetal();
    }

    /** True only when memory is known and below {@code mb}. */
    @Reads({"memoryMb"})
    public boolean memoryBelowMb(int mb) {
        return memoryMb != null && memoryMb < mb;
    }
}
