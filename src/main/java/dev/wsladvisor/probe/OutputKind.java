package dev.wsladvisor.probe;

import java.util.function.BiConsumer;

/**
 * The command outputs probe can read, each with the parser that reads it. A paste or a replay file
 * is cut into blocks, each block is recognised as one of these (by the command line above it or by
 * its structure), and the block goes to that parser: the same parsers whatever the way in.
 */
public enum OutputKind {
    WSL_VERSION("wsl --version", "wsl-version.txt", WslVersionParser::parse),
    WSL_STATUS("wsl --status", "wsl-status.txt", WslStatusParser::parse),
    WSL_LIST("wsl -l -v", "wsl-list.txt", WslListParser::parse),
    WSL_UPDATE("wsl --update", null, WslUpdateParser::parse),
    SYSTEMINFO("systeminfo", "systeminfo.txt", SysteminfoParser::parse),
    UNAME("uname -r", "uname-r.txt", UnameParser::parse),
    PROC_VERSION("cat /proc/version", "proc-version.txt", ProcVersionParser::parse),
    OS_RELEASE("cat /etc/os-release", "os-release.txt", OsReleaseParser::parse),
    VER("ver", "ver.txt", VerParser::parse),
    CIM_OS("Get-CimInstance Win32_OperatingSystem", "cim-os.json", CimParser::parseOperatingSystem),
    CIM_COMPUTER_SYSTEM(
            "Get-CimInstance Win32_ComputerSystem",
            "cim-computersystem.json",
            CimParser::parseComputerSystem),
    CIM_PROCESSOR(
            "Get-CimInstance Win32_Processor", "cim-processor.json", CimParser::parseProcessor),
    OPTIONAL_FEATURES(
            "Get-WindowsOptionalFeature -Online",
            "optional-features.json",
            OptionalFeaturesParser::parse),
    VBOXMANAGE("VBoxManage --version", "vboxmanage-version.txt", VBoxManageVersionParser::parse),
    VMWARE("vmware --version", "vmware-version.txt", VmwareVersionParser::parse);

    private final String command;
    private final String replayFile;
    private final BiConsumer<SourceText, ProbeResult> parser;

    OutputKind(String command, String replayFile, BiConsumer<SourceText, ProbeResult> parser) {
        this.command = command;
        this.replayFile = replayFile;
        this.parser = parser;
    }

    /** The command as people type it, for messages. */
    public String command() {
        return command;
    }

    /** The replay file that holds this output, or null (wsl --update has none of its own). */
    public String replayFile() {
        return replayFile;
    }

    public void parse(SourceText source, ProbeResult out) {
        parser.accept(source, out);
    }

    /** The kind whose replay file is {@code name}, or null. */
    public static OutputKind ofReplayFile(String name) {
        for (OutputKind kind : values()) {
            if (name.equals(kind.replayFile)) {
                return kind;
            }
        }
        return null;
    }
}
