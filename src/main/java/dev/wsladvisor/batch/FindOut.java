package dev.wsladvisor.batch;

import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.facts.FieldSpec;

/**
 * How an admin finds out a fact that was not given: which part of {@code probe} detects it
 * (docs/probe.md), or, for the person's answers, {@code ask}.
 */
final class FindOut {

    private FindOut() {}

    static String how(String path) {
        if (path.startsWith("answers.")) {
            return "Ask the PC's user: wsl-advisor ask (how they work cannot be probed).";
        }
        if (path.startsWith("host.features.")) {
            return "wsl-advisor probe from an elevated prompt (Get-WindowsOptionalFeature -Online needs administrator rights).";
        }
        if (path.equals("host.hardware.virtualizationFirmwareEnabled")
                || path.equals("host.hardware.slat")) {
            return "wsl-advisor probe (Win32_Processor), before any hypervisor runs: once one does, Windows no longer reports it.";
        }
        if (path.startsWith("host.hardware.")) {
            return "wsl-advisor probe (Win32_ComputerSystem).";
        }
        if (path.startsWith("host.os.")) {
            return "wsl-advisor probe (Win32_OperatingSystem and the CurrentVersion registry key).";
        }
        if (path.startsWith("host.wsl.")) {
            return "wsl-advisor probe (wsl.exe --version, --list --verbose and --status).";
        }
        if (path.startsWith("host.software.virtualBox")) {
            return "wsl-advisor probe (VBoxManage.exe --version).";
        }
        if (path.startsWith("host.software.")) {
            return "wsl-advisor probe (the product's registry key).";
        }
        return "wsl-advisor probe";
    }

    /** The facts catalogue's description of the field, or null for a path it does not know. */
    static String about(String path) {
        FieldSpec spec = FactsSchema.at(path);
        return spec == null ? null : spec.description();
    }
}
