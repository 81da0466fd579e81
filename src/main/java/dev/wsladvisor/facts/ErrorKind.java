package dev.wsladvisor.facts;

import java.util.List;

/**
 * The errors the knowledge base recognises, each with the fragments (codes, symbolic names, English
 * messages) that identify it wherever they stand in what the person pasted. Rules match {@code
 * ReportedError( kind == "vm-cannot-start" )}; an error of no kind is named as not recognised,
 * never dropped. The sources are cited on the rules that explain each kind
 * (rules/troubleshooting.drl).
 */
public enum ErrorKind {
    /**
     * WSL2's VM could not start: virtualization, Virtual Machine Platform or the hypervisor is
     * missing.
     */
    VM_CANNOT_START(
            "vm-cannot-start",
            "0x80370102",
            "HCS_E_HYPERV_NOT_INSTALLED",
            "WSL2 is not supported with your current machine configuration",
            "virtualization is not enabled on this machine",
            "enable the Virtual Machine Platform"),
    /** A Hyper-V service WSL2 needs (vmcompute) could not start: the VM cannot start either. */
    HYPERV_SERVICE_FAILED("hyper-v-service-failed", "0x80370114"),
    /** Registering or starting a WSL2 distribution failed outright (E_FAIL, E_UNEXPECTED). */
    REGISTRATION_FAILED(
            "registration-failed",
            "0x80004005",
            "0x8000ffff",
            "Catastrophic failure",
            "E_UNEXPECTED"),
    /** The Windows Subsystem for Linux optional component is not enabled. */
    WSL_COMPONENT_MISSING(
            "wsl-component-missing", "0x8007019e", "ERROR_LINUX_SUBSYSTEM_NOT_PRESENT"),
    /** The WSL2 Linux kernel is missing or outdated. */
    KERNEL_MISSING(
            "kernel-missing",
            "0x1bc",
            "0x800701bc",
            "requires an update to its kernel component",
            "kernel file is not found"),
    /**
     * WSL2 starts, but cannot offer nested virtualization inside it (WslCoreVm.cpp emits it as a
     * warning).
     */
    NESTED_VIRTUALIZATION_UNSUPPORTED(
            "nested-virtualization-unsupported",
            "Nested virtualization is not supported on this machine"),
    /** VirtualBox could not create a VM on top of the Windows hypervisor. */
    VIRTUALBOX_NEM_FAILED("virtualbox-nem-failed", "VERR_NEM_VM_CREATE_FAILED"),
    /** A .wslconfig or wsl.conf key WSL does not know. */
    WSLCONFIG_UNKNOWN_KEY("wslconfig-unknown-key", "Unknown key"),
    /**
     * The Store WSL package refuses this Windows until its servicing update is installed
     * (WSL_E_OS_NOT_SUPPORTED, MessageOsNotSupported in WSL's Resources.resw; wslutil.cpp picks the
     * update per build).
     */
    OS_NEEDS_SERVICING_UPDATE(
            "os-needs-servicing-update",
            "does not support the packaged version of Windows Subsystem for Linux",
            "WSL_E_OS_NOT_SUPPORTED",
            "store-wsl-kb-"),
    /**
     * Mirrored networking could not be set up: WSL fell back to NAT ("Mirrored networking mode is
     * not supported") or, when it failed after WSL's own checks, to networking mode None
     * (WslCoreVm.cpp, MessageNetworkInitializationFailedFallback2).
     */
    MIRRORED_NETWORKING_FAILED(
            "mirrored-networking-failed",
            "Mirrored networking mode is not supported",
            "falling back to networkingMode None",
            "networkingMode Mirrored",
            "0x803b0015"),
    /** An administrator's policy disables WSL1. */
    WSL1_DISABLED_BY_POLICY(
            "wsl1-disabled-by-policy",
            "WSL1 is disabled by the computer policy",
            "WSL_E_WSL1_DISABLED",
            "0x8004032c"),
    /** WSL1's component is missing. */
    WSL1_NOT_SUPPORTED(
            "wsl1-not-supported",
            "WSL1 is not supported with your current machine configuration",
            "WSL_E_WSL1_NOT_SUPPORTED");

    private final String id;
    private final List<String> fragments;

    ErrorKind(String id, String... fragments) {
        this.id = id;
        List<String> folded = new java.util.ArrayList<>();
        for (String f : fragments) {
            folded.add(ReportedError.fold(f));
        }
        this.fragments = List.copyOf(folded);
    }

    public String id() {
        return id;
    }

    /** The first kind whose fragment the folded text contains, or null. */
    static ErrorKind of(String folded) {
        for (ErrorKind kind : values()) {
            for (String f : kind.fragments) {
                if (folded.contains(f)) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** Errors after which WSL2's VM demonstrably cannot start now. */
    public boolean stopsWsl2() {
        return this == VM_CANNOT_START
                || this == HYPERV_SERVICE_FAILED
                || this == REGISTRATION_FAILED;
    }
}
