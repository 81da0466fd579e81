package dev.wsladvisor.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a replay folder lacks: one note per expected file not in it whose facts no other file gave,
 * with the command that captures it, and one per product whose absence the facts contract reads as
 * "not installed".
 */
final class MissingCaptures {

    /**
     * What a file would tell, and how to capture it: for the note about a file that is not in the
     * folder.
     */
    private record Capture(String command, String where, List<String> facts) {}

    /**
     * The files whose absence leaves contract facts unknown (os-release.txt and wslconfig.txt fill
     * none; proc-version.txt only stands in for uname-r.txt). A note names each one missing whose
     * facts no other file gave.
     */
    private static final Map<String, Capture> CAPTURES = new LinkedHashMap<>();

    static {
        CAPTURES.put(
                "wsl-version.txt",
                new Capture(
                        "wsl --version > wsl-version.txt",
                        "",
                        List.of(
                                "host.wsl.installed",
                                "host.wsl.packageVersion",
                                "host.wsl.kernelVersion",
                                "host.os.build",
                                "host.os.revision")));
        CAPTURES.put(
                "wsl-list.txt",
                new Capture("wsl -l -v > wsl-list.txt", "", List.of("host.wsl.distributions")));
        CAPTURES.put(
                "wsl-status.txt",
                new Capture(
                        "wsl --status > wsl-status.txt", "", List.of("host.wsl.defaultVersion")));
        CAPTURES.put(
                "systeminfo.txt",
                new Capture(
                        "systeminfo > systeminfo.txt",
                        "",
                        List.of(
                                "host.os.edition",
                                "host.os.build",
                                "host.os.architecture",
                                "host.hardware.memoryMb",
                                "host.hardware.isVirtualMachine",
                                "host.hardware.hypervisorPresent",
                                "host.hardware.virtualizationFirmwareEnabled",
                                "host.hardware.slat")));
        CAPTURES.put(
                "cim-os.json",
                new Capture(
                        "Get-CimInstance Win32_OperatingSystem | ConvertTo-Json > cim-os.json",
                        " in PowerShell",
                        List.of("host.os.edition", "host.os.build", "host.os.architecture")));
        CAPTURES.put(
                "cim-computersystem.json",
                new Capture(
                        "Get-CimInstance Win32_ComputerSystem | ConvertTo-Json > cim-computersystem.json",
                        " in PowerShell",
                        List.of(
                                "host.hardware.memoryMb",
                                "host.hardware.logicalProcessors",
                                "host.hardware.hypervisorPresent",
                                "host.hardware.isVirtualMachine")));
        CAPTURES.put(
                "cim-processor.json",
                new Capture(
                        "Get-CimInstance Win32_Processor | ConvertTo-Json > cim-processor.json",
                        " in PowerShell",
                        List.of(
                                "host.hardware.virtualizationFirmwareEnabled",
                                "host.hardware.slat")));
        CAPTURES.put(
                "optional-features.json",
                new Capture(
                        "Get-WindowsOptionalFeature -Online | Select FeatureName,State "
                                + "| ConvertTo-Json > optional-features.json",
                        " in an elevated PowerShell",
                        List.of(
                                "host.features.virtualMachinePlatform",
                                "host.features.windowsSubsystemForLinux",
                                "host.features.hyperV",
                                "host.features.windowsHypervisorPlatform")));
        CAPTURES.put(
                "uname-r.txt",
                new Capture(
                        "uname -r > uname-r.txt",
                        " inside the distribution",
                        List.of("host.wsl.kernelVersion")));
    }

    /**
     * Products whose entry, absent, reads as "not installed" (facts contract): the note says so.
     */
    private static final Map<String, String[]> SOFTWARE = new LinkedHashMap<>();

    static {
        SOFTWARE.put(
                "vboxmanage-version.txt",
                new String[] {
                    "host.software.virtualBox",
                    "VirtualBox",
                    "VBoxManage --version > vboxmanage-version.txt"
                });
        SOFTWARE.put(
                "vmware-version.txt",
                new String[] {
                    "host.software.vmware",
                    "VMware Workstation or Player",
                    "vmware --version > vmware-version.txt"
                });
    }

    private MissingCaptures() {}

    /**
     * One note per expected file not in the folder: the facts it would have filled that are still
     * unknown, and the command.
     */
    static void note(Path dir, ProbeResult out) {
        for (Map.Entry<String, Capture> file : CAPTURES.entrySet()) {
            String name = file.getKey();
            if (present(dir, name)
                    || (name.equals("uname-r.txt") && present(dir, "proc-version.txt"))) {
                continue;
            }
            List<String> unknown =
                    file.getValue().facts().stream().filter(f -> !out.has(f)).toList();
            if (unknown.isEmpty()) {
                continue;
            }
            out.note(
                    name
                            + " not in the folder: "
                            + String.join(", ", unknown)
                            + (unknown.size() == 1 ? " stays" : " stay")
                            + " unknown; capture it with '"
                            + file.getValue().command()
                            + "'"
                            + file.getValue().where()
                            + ".");
        }
        for (Map.Entry<String, String[]> file : SOFTWARE.entrySet()) {
            String[] about = file.getValue();
            if (!present(dir, file.getKey()) && !out.has(about[0])) {
                out.note(
                        file.getKey()
                                + " not in the folder: "
                                + about[0]
                                + " is absent, which the facts contract reads as not installed; "
                                + "if "
                                + about[1]
                                + " is installed, capture it with '"
                                + about[2]
                                + "'.");
            }
        }
    }

    private static boolean present(Path dir, String name) {
        return Files.isRegularFile(dir.resolve(name));
    }
}
