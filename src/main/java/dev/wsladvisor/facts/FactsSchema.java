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
 * The facts document, version 1, as fixed by the facts contract (docs/facts-format.md). Field names
 * here are the contract's and must not change. Trial values are what the advisor tries when it asks
 * whether an unknown fact could change the verdict, and what "what if" tries for a known one: for a
 * number or a version, one value on each side of every threshold a rule compares it with
 * (TrialValuesTest reads the rules and lists the gaps kept on purpose). Each field is declared here
 * once; the JSON Schema, the fields table of docs/facts-format.md, the questionnaire's catalogue
 * and the trials are derived from it.
 */
public final class FactsSchema {

    public static final int VERSION = 1;
    private static final List<String> FEATURE_STATES =
            List.of("enabled", "disabled", "absent", "enable-pending");

    private static final FieldSpec ROOT =
            object(
                            "",
                            "A facts document: what is known about one Windows PC and the person using it.",
                            integerChoice("schemaVersion", "Version of the facts format; 1.", 1, 1),
                            string(
                                    "id",
                                    "Names the host or the person; batch copies it into each advice line.",
                                    null),
                            object(
                                    "host",
                                    "What the PC is and has.",
                                    object(
                                            "os",
                                            "Windows itself.",
                                            string(
                                                    "edition",
                                                    "Windows edition (Home, Pro, Enterprise, Education, Server, IoT) or a caption such as 'Windows Server 2019 Datacenter'.",
                                                    List.of(
                                                            "Home",
                                                            "Pro",
                                                            "Server 2019",
                                                            "Server 2022")),
                                            integer(
                                                    "build",
                                                    "OS build number (19045, 22631, 26100).",
                                                    7600L,
                                                    99999L,
                                                    List.of(
                                                            17763, 18363, 19041, 19045, 22000,
                                                            22631, 26100)),
                                            // The revisions rules name: .264 (VMware beside WSL2 on
                                            // 19041), .1049
                                            // (WSL2 on 1903/1909).
                                            integer(
                                                    "revision",
                                                    "Update build revision (UBR), the part after the dot in 19045.4894.",
                                                    0L,
                                                    null,
                                                    List.of(0, 264, 740, 1049, 2311, 2359)),
                                            string(
                                                    "displayVersion",
                                                    "21H2, 22H2, 23H2, 24H2...",
                                                    null),
                                            enumeration(
                                                    "architecture",
                                                    "Processor architecture of Windows.",
                                                    List.of("x64", "arm64", "x86"))),
                                    object(
                                            "hardware",
                                            "The machine Windows runs on.",
                                            // The thresholds rules compare with: 4096 (little RAM),
                                            // 8192
                                            // (.wslconfig memory suggestion).
                                            integer(
                                                    "memoryMb",
                                                    "Total physical memory in MB.",
                                                    1L,
                                                    null,
                                                    List.of(2048, 4096, 16384)),
                                            integer(
                                                    "logicalProcessors",
                                                    "Logical processors visible to Windows.",
                                                    1L,
                                                    null,
                                                    null),
                                            bool(
                                                    "virtualizationFirmwareEnabled",
                                                    "VT-x / AMD-V switched on in the firmware."),
                                            bool(
                                                    "slat",
                                                    "Second level address translation supported by the CPU."),
                                            bool(
                                                    "hypervisorPresent",
                                                    "A hypervisor is already running (Hyper-V, VBS, Virtual Machine Platform)."),
                                            bool(
                                                    "isVirtualMachine",
                                                    "Windows itself runs inside a virtual machine."),
                                            bool(
                                                    "nestedVirtualization",
                                                    "The outer hypervisor exposes working virtualization extensions to this VM."),
                                            string(
                                                    "vmHost",
                                                    "When Windows is a VM, what hosts it: hyper-v, azure, vmware, virtualbox, parallels, kvm, qemu, aws, gcp, or another word.",
                                                    List.of("hyper-v", "vmware", "virtualbox")),
                                            number(
                                                    "diskFreeGb",
                                                    "Free space on the drive that holds the WSL disks, in GB.",
                                                    0L)),
                                    object(
                                            "features",
                                            "Windows optional features: enabled, disabled, absent (the edition lacks it) or enable-pending (reboot needed).",
                                            enumeration(
                                                    "virtualMachinePlatform",
                                                    "The Virtual Machine Platform optional component (WSL2 runs on it).",
                                                    FEATURE_STATES),
                                            enumeration(
                                                    "windowsSubsystemForLinux",
                                                    "The Windows Subsystem for Linux optional component (WSL1 runs on it).",
                                                    FEATURE_STATES),
                                            enumeration(
                                                    "hyperV",
                                                    "The full Hyper-V role.",
                                                    FEATURE_STATES),
                                            enumeration(
                                                    "windowsHypervisorPlatform",
                                                    "The Windows Hypervisor Platform API (used by VirtualBox, VMware and emulators on Hyper-V).",
                                                    FEATURE_STATES)),
                                    object(
                                            "wsl",
                                            "The WSL installation.",
                                            bool("installed", "Any WSL is installed."),
                                            string(
                                                    "packageVersion",
                                                    "Version of the Store-delivered WSL package (wsl --version); absent for the inbox-only WSL.",
                                                    List.of("2.6.1.0")),
                                            string("kernelVersion", "WSL2 kernel version.", null),
                                            integerChoice(
                                                    "defaultVersion",
                                                    "The default WSL version for new distributions.",
                                                    1,
                                                    2),
                                            objectArray(
                                                    "distributions",
                                                    "Installed distributions.",
                                                    string("name", "Distribution name.", null),
                                                    integerChoice(
                                                            "version",
                                                            "WSL version the distribution runs under.",
                                                            1,
                                                            2),
                                                    string(
                                                            "state",
                                                            "Running, Stopped, Installing...",
                                                            null),
                                                    bool(
                                                            "default",
                                                            "This is the default distribution.")),
                                            // No trial values: which distribution the facts came
                                            // from never changes
                                            // the verdict, and trials cost time.
                                            object(
                                                    "currentDistribution",
                                                    "The distribution the facts were gathered in (probe inside WSL, or a captured uname -r, "
                                                            + "/proc/version or /etc/os-release); absent when they were not gathered inside a distribution.",
                                                    string(
                                                            "name",
                                                            "Distribution name, from WSL_DISTRO_NAME.",
                                                            null),
                                                    integer(
                                                            "version",
                                                            "WSL version it runs under, as its kernel release shows (1 or 2).",
                                                            1L,
                                                            2L,
                                                            null),
                                                    string(
                                                            "kernelRelease",
                                                            "Its kernel release, as uname -r prints it.",
                                                            null),
                                                    string(
                                                            "osId",
                                                            "ID from its /etc/os-release (ubuntu, debian, fedora...).",
                                                            null))),
                                    object(
                                            "software",
                                            "Other software that matters; each entry is absent when not installed.",
                                            object(
                                                    "virtualBox",
                                                    "Oracle VirtualBox.",
                                                    string(
                                                            "version",
                                                            "VirtualBox version (6.0.24, 7.1.4); may be partial.",
                                                            List.of("7.1.4"))),
                                            object(
                                                    "vmware",
                                                    "VMware Workstation or Player.",
                                                    string(
                                                            "product",
                                                            "Workstation Pro, Workstation Player...",
                                                            null),
                                                    string(
                                                            "version",
                                                            "VMware version (15.5.1, 17.5.2); may be partial.",
                                                            List.of("17.5.2"))),
                                            object(
                                                    "dockerDesktop",
                                                    "Docker Desktop.",
                                                    string(
                                                            "version",
                                                            "Docker Desktop version.",
                                                            null),
                                                    enumeration(
                                                            "backend",
                                                            "Docker Desktop's engine backend.",
                                                            List.of("wsl2", "hyperv"))),
                                            stringArray(
                                                    "otherHypervisors",
                                                    "Other hypervisor software that fights over VT-x: haxm, aehd, bluestacks, or another name."))),
                            object(
                                    "answers",
                                    "What only the person knows.",
                                    bool("docker", "Will you run Docker or other Linux containers?")
                                            .help(
                                                    "Docker Desktop, Podman, or docker/containerd inside Linux. Docker Desktop's Linux engine runs on WSL2 (or Hyper-V); a container engine inside a distribution needs the real Linux kernel of WSL2."),
                                    enumeration(
                                                    "projectLocation",
                                                    "Where will your project files live: in the Linux file system, on the Windows drives (/mnt/c), or both?",
                                                    List.of("linux", "windows", "both"))
                                            .help(
                                                    "linux: the files live in the distribution, under ~ (\\wsl$\\<distro> from Windows). windows: they stay on C: or D: and Linux reaches them under /mnt/c. both: some here, some there."),
                                    bool(
                                                    "windowsFsHeavyIo",
                                                    "Will Linux tools do heavy reading and writing of files on the Windows drives (large builds, git on big repositories under /mnt/c)?")
                                            .help(
                                                    "Say yes when Linux builds, npm/pip installs or git on large repositories will run on files under /mnt/c or /mnt/d. Under WSL2 that access crosses a 9P file share and is much slower than under WSL1."),
                                    bool(
                                                    "fileWatching",
                                                    "Do you rely on file watching / hot reload of files that Windows editors change?")
                                            .help(
                                                    "Say yes when a dev server, compiler or test runner in Linux must notice, by itself, files that a Windows editor saves on the Windows drives. Under WSL2 such changes on /mnt/c raise no inotify events."),
                                    bool("guiApps", "Do you need Linux GUI applications?")
                                            .help(
                                                    "Graphical Linux programs (gedit, GUI IDEs, Qt or GTK apps) shown on the Windows desktop. WSLg provides this for WSL2 on Windows 11 and recent Windows 10."),
                                    bool(
                                                    "gpuCompute",
                                                    "Do you need GPU compute (CUDA, DirectML) from Linux?")
                                            .help(
                                                    "CUDA, DirectML, TensorFlow or PyTorch on the GPU from Linux. Only WSL2 passes the GPU through."),
                                    bool(
                                                    "serialPort",
                                                    "Do you need physical serial (COM) ports, built into the PC or on a PCI card, from Linux? (USB-serial adapters count as USB devices)")
                                            .help(
                                                    "COM ports built into the PC or on a PCI card, reached as /dev/ttyS<n>. WSL1 maps them; WSL2 does not. USB-serial adapters are USB devices: answer the USB question for them."),
                                    bool(
                                                    "usbDevices",
                                                    "Do you need USB devices, USB-serial adapters included, from Linux?")
                                            .help(
                                                    "USB sticks, programmers, debuggers, USB-serial adapters used from Linux tools. WSL2 reaches them through usbipd-win; WSL1 only through the COM port mapping."),
                                    bool("systemd", "Do you need systemd services?")
                                            .help(
                                                    "Services started by systemd (systemctl, snap, some databases and agents). Only WSL2 runs systemd."),
                                    bool(
                                                    "kernelFeatures",
                                                    "Do you need full Linux kernel features (kernel modules, eBPF, FUSE, cgroups, namespaces)?")
                                            .help(
                                                    "Anything that needs the real Linux kernel: kernel modules, eBPF, FUSE mounts, cgroups, namespaces, iptables, Kubernetes. WSL1 translates system calls and has none of these."),
                                    bool("vpn", "Do you work behind a corporate VPN or proxy?")
                                            .help(
                                                    "Corporate VPN clients (Cisco AnyConnect, GlobalProtect...) and proxies can cut WSL2's virtual network off; WSL1 shares Windows' network stack."),
                                    bool(
                                                    "lanAccess",
                                                    "Must services in Linux be reachable from other machines on your network?")
                                            .help(
                                                    "Other machines (a phone, a colleague's PC) must reach a web server or service running in Linux. WSL1 listens on the PC's own addresses; WSL2 needs port forwarding or mirrored networking."),
                                    bool(
                                                    "memoryTight",
                                                    "Is memory scarce, so Linux must use as little as possible?")
                                            .help(
                                                    "Say yes on PCs with 8 GB or less that must keep most memory for Windows. WSL2's virtual machine may grow to half of the RAM by default and gives memory back slowly; WSL1 uses only what Linux processes use."),
                                    bool(
                                                    "fastStartup",
                                                    "Must Linux start instantly (no few-second VM boot on first use)?")
                                            .help(
                                                    "The first Linux command after a restart must answer at once. WSL2 boots a small virtual machine first (a second or two); WSL1 starts instantly."),
                                    bool(
                                                    "otherHypervisorVms",
                                                    "Will you keep running VirtualBox or VMware virtual machines on this PC?")
                                            .help(
                                                    "VirtualBox or VMware VMs you still need. WSL2 turns on the Windows hypervisor; VirtualBox before 6.0 and VMware before 15.5.5 cannot run beside it, and later versions run on top of it, often slower."),
                                    bool(
                                                    "windowsToolsOnSameFiles",
                                                    "Must Windows programs (IDE, game engine, Windows build) work on the same project files, so they have to stay on the Windows drives?")
                                            .help(
                                                    "An IDE, game engine or Windows build that works on the same files as the Linux tools, so the files must stay on the Windows drives (C:, D:)."),
                                    stringArray(
                                                    "errors",
                                                    "Error codes or messages you have seen (0x80370102, Error: 0x1bc, The WSL 2 kernel file is not found, a 'wsl: Unknown key' warning).")
                                            .help(
                                                    "Paste the code or the message, such as 0x80370102.")),
                            stringMap(
                                    "provenance",
                                    "Written by probe: for each fact path, the command or file it came from."),
                            stringArray(
                                    "probeNotes",
                                    "Written by probe: what it could not find out, and why."))
                    .withPaths("");

    private FactsSchema() {}

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
