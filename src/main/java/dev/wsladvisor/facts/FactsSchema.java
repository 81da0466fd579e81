package dev.wsladvisor.facts;

import static dev.wsladvisor.facts.FieldSpec.bool;
import static dev.wsladvisor.facts.FieldSpec.enumeration;
import static dev.wsladvisor.facts.FieldSpec.integer;
import static dev.wsladvisor.facts.FieldSpec.integerChoice;
import static dev.wsladvisor.facts.FieldSpec.number;
import static dev.wsladvisor.facts.FieldSpec.object;
import static dev.wsladvisor.facts.FieldSpec.objectArray;
import static dev.wsladvisor.facts.FieldSpec.string;
import static dev.wsladvisor.facts.FieldSpec.stringArray;
import static dev.wsladvisor.facts.FieldSpec.stringMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts document, version 1, as fixed by {@code shared/contract/facts.md}. Field names here are the
 * contract's and must not change. Trial values are what the advisor tries when it asks whether an unknown
 * fact could change the verdict, and what "what if" tries for a known one.
 */
public final class FactsSchema {

    public static final int VERSION = 1;
    private static final List<String> FEATURE_STATES = List.of("enabled", "disabled", "absent", "enable-pending");

    private static final FieldSpec ROOT = object("", "A facts document: what is known about one Windows PC and the person using it.",
            integerChoice("schemaVersion", "Version of the facts format; 1.", 1, 1),
            string("id", "Names the host or the person; batch copies it into each advice line.", null),
            object("host", "What the PC is and has.",
                    object("os", "Windows itself.",
                            string("edition", "Windows edition (Home, Pro, Enterprise, Education, Server, IoT) or a caption such as 'Windows Server 2019 Datacenter'.",
                                    List.of("Home", "Pro", "Server 2019", "Server 2022")),
                            integer("build", "OS build number (19045, 22631, 26100).", 7600L, 99999L,
                                    List.of(17763, 18363, 19041, 19045, 22000, 22631, 26100)),
                            integer("revision", "Update build revision (UBR), the part after the dot in 19045.4894.", 0L, null,
                                    List.of(0, 1049)),
                            string("displayVersion", "21H2, 22H2, 23H2, 24H2...", null),
                            enumeration("architecture", "Processor architecture of Windows.", List.of("x64", "arm64", "x86"))),
                    object("hardware", "The machine Windows runs on.",
                            integer("memoryMb", "Total physical memory in MB.", 1L, null, List.of(4096, 16384)),
                            integer("logicalProcessors", "Logical processors visible to Windows.", 1L, null, null),
                            bool("virtualizationFirmwareEnabled", "VT-x / AMD-V switched on in the firmware."),
                            bool("slat", "Second level address translation supported by the CPU."),
                            bool("hypervisorPresent", "A hypervisor is already running (Hyper-V, VBS, Virtual Machine Platform)."),
                            bool("isVirtualMachine", "Windows itself runs inside a virtual machine."),
                            bool("nestedVirtualization", "The outer hypervisor exposes working virtualization extensions to this VM."),
                            string("vmHost", "When Windows is a VM, what hosts it: hyper-v, azure, vmware, virtualbox, parallels, kvm, qemu, aws, gcp, or another word.",
                                    List.of("hyper-v", "vmware", "virtualbox")),
                            number("diskFreeGb", "Free space on the drive that holds the WSL disks, in GB.", 0L)),
                    object("features", "Windows optional features: enabled, disabled, absent (the edition lacks it) or enable-pending (reboot needed).",
                            enumeration("virtualMachinePlatform", "The Virtual Machine Platform optional component (WSL2 runs on it).", FEATURE_STATES),
                            enumeration("windowsSubsystemForLinux", "The Windows Subsystem for Linux optional component (WSL1 runs on it).", FEATURE_STATES),
                            enumeration("hyperV", "The full Hyper-V role.", FEATURE_STATES),
                            enumeration("windowsHypervisorPlatform", "The Windows Hypervisor Platform API (used by VirtualBox, VMware and emulators on Hyper-V).", FEATURE_STATES)),
                    object("wsl", "The WSL installation.",
                            bool("installed", "Any WSL is installed."),
                            string("packageVersion", "Version of the Store-delivered WSL package (wsl --version); absent for the inbox-only WSL.",
                                    List.of("2.6.1.0")),
                            string("kernelVersion", "WSL2 kernel version.", null),
                            integerChoice("defaultVersion", "The default WSL version for new distributions.", 1, 2),
                            objectArray("distributions", "Installed distributions.",
                                    string("name", "Distribution name.", null),
                                    integerChoice("version", "WSL version the distribution runs under.", 1, 2),
                                    string("state", "Running, Stopped, Installing...", null),
                                    bool("default", "This is the default distribution."))),
                    object("software", "Other software that matters; each entry is absent when not installed.",
                            object("virtualBox", "Oracle VirtualBox.",
                                    string("version", "VirtualBox version (6.0.24, 7.1.4); may be partial.", List.of("7.1.4"))),
                            object("vmware", "VMware Workstation or Player.",
                                    string("product", "Workstation Pro, Workstation Player...", null),
                                    string("version", "VMware version (15.5.1, 17.5.2); may be partial.", List.of("17.5.2"))),
                            object("dockerDesktop", "Docker Desktop.",
                                    string("version", "Docker Desktop version.", null),
                                    enumeration("backend", "Docker Desktop's engine backend.", List.of("wsl2", "hyperv"))),
                            stringArray("otherHypervisors", "Other hypervisor software that fights over VT-x: haxm, aehd, bluestacks, or another name."))),
            object("answers", "What only the person knows.",
                    bool("docker", "Will you run Docker or other Linux containers?"),
                    enumeration("projectLocation", "Where will your project files live: in the Linux file system, on the Windows drives (/mnt/c), or both?",
                            List.of("linux", "windows", "both")),
                    bool("windowsFsHeavyIo", "Will Linux tools do heavy reading and writing of files on the Windows drives (large builds, git on big repositories under /mnt/c)?"),
                    bool("fileWatching", "Do you rely on file watching / hot reload of files that Windows editors change?"),
                    bool("guiApps", "Do you need Linux GUI applications?"),
                    bool("gpuCompute", "Do you need GPU compute (CUDA, DirectML) from Linux?"),
                    bool("serialPort", "Do you need physical serial (COM) ports, built into the PC or on a PCI card, from Linux? (USB-serial adapters count as USB devices)"),
                    bool("usbDevices", "Do you need USB devices, USB-serial adapters included, from Linux?"),
                    bool("systemd", "Do you need systemd services?"),
                    bool("kernelFeatures", "Do you need full Linux kernel features (kernel modules, eBPF, FUSE, cgroups, namespaces)?"),
                    bool("vpn", "Do you work behind a corporate VPN or proxy?"),
                    bool("lanAccess", "Must services in Linux be reachable from other machines on your network?"),
                    bool("memoryTight", "Is memory scarce, so Linux must use as little as possible?"),
                    bool("fastStartup", "Must Linux start instantly (no few-second VM boot on first use)?"),
                    bool("otherHypervisorVms", "Will you keep running VirtualBox or VMware virtual machines on this PC?"),
                    bool("windowsToolsOnSameFiles", "Must Windows programs (IDE, game engine, Windows build) work on the same project files, so they have to stay on the Windows drives?"),
                    stringArray("errors", "Error codes or messages you have seen (0x80370102, Error: 0x1bc, The WSL 2 kernel file is not found, a 'wsl: Unknown key' warning).")),
            stringMap("provenance", "Written by probe: for each fact path, the command or file it came from."),
            stringArray("probeNotes", "Written by probe: what it could not find out, and why.")
    ).withPaths("");

    private FactsSchema() {
    }

    public static FieldSpec root() {
        return ROOT;
    }

    /** The spec at a dotted path such as {@code host.os.build}, or null. */
    public static FieldSpec at(String path) {
        FieldSpec spec = ROOT;
        for (String part : path.split("\\.")) {
            spec = spec.child(part);
            if (spec == null) {
                return null;
            }
        }
        return spec;
    }

    /** Every dotted path the contract knows, objects included, for "did you mean" suggestions. */
    public static List<String> allPaths() {
        List<String> out = new ArrayList<>();
        collect(ROOT, out);
        return out;
    }

    private static void collect(FieldSpec spec, List<String> out) {
        for (FieldSpec child : spec.children().values()) {
            out.add(child.path());
            collect(child, out);
        }
    }
}
