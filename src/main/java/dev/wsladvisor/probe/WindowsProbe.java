package dev.wsladvisor.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Finds the host facts on Windows, or from inside WSL through interop, with what a normal user may
 * run: CIM through PowerShell, the registry through reg.exe, wsl.exe, systeminfo and VBoxManage.
 * Each command's output goes through the same parser as the matching replay file. Optional-feature
 * states need an elevated prompt; without one they stay unknown and a note says how to get them.
 */
public final class WindowsProbe {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * PowerShell writes redirected output in the OEM code page unless told otherwise; captions can
     * be Chinese.
     */
    private static final String UTF8 = "[Console]::OutputEncoding=[Text.Encoding]::UTF8; ";

    static final String CIM_OS =
            UTF8
                    + "Get-CimInstance Win32_OperatingSystem | Select-Object Caption,BuildNumber,Version,"
                    + "OSArchitecture | ConvertTo-Json";
    static final String CIM_COMPUTER =
            UTF8
                    + "Get-CimInstance Win32_ComputerSystem | Select-Object Manufacturer,Model,"
                    + "TotalPhysicalMemory,NumberOfLogicalProcessors,HypervisorPresent | ConvertTo-Json";
    static final String CIM_PROCESSOR =
            UTF8
                    + "Get-CimInstance Win32_Processor | Select-Object NumberOfLogicalProcessors,"
                    + "VirtualizationFirmwareEnabled,SecondLevelAddressTranslationExtensions,VMMonitorModeExtensions | ConvertTo-Json";
    static final String FEATURES =
            UTF8
                    + "Get-WindowsOptionalFeature -Online | Select-Object FeatureName,State | ConvertTo-Json";
    static final String CURRENT_VERSION = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    static final String LXSS_MSI = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Lxss\\Msi";
    static final String LXSS_USER = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Lxss";
    static final String VMWARE = "HKLM\\SOFTWARE\\WOW6432Node\\VMware, Inc.\\VMware Workstation";
    static final String DOCKER =
            "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Docker Desktop";

    private final CommandRunner runner;
    private final Map<String, String> environment;
    private final boolean fromWsl;

    /**
     * @param environment the process environment (for VBOX_MSI_INSTALL_PATH and WSLENV)
     * @param fromWsl true when running inside WSL, where Windows programs are reached through
     *     interop
     */
    public WindowsProbe(CommandRunner runner, Map<String, String> environment, boolean fromWsl) {
        this.runner = runner;
        this.environment = environment;
        this.fromWsl = fromWsl;
    }

    public void probe(ProbeResult out) {
        powershell(CIM_OS, CimParser::parseOperatingSystem, out);
        powershell(CIM_COMPUTER, CimParser::parseComputerSystem, out);
        powershell(CIM_PROCESSOR, CimParser::parseProcessor, out);
        run(
                List.of("reg.exe", "query", CURRENT_VERSION),
                Map.of(),
                (s, o) -> readCurrentVersion(s, o),
                out);
        run(wsl("--version"), wslEnvironment(), WslVersionParser::parse, out);
        run(wsl("--list", "--verbose"), wslEnvironment(), WslListParser::parse, out);
        run(wsl("--status"), wslEnvironment(), WslStatusParser::parse, out);
        run(
                List.of(fromWsl ? "systeminfo.exe" : "systeminfo"),
                Map.of(),
                SysteminfoParser::parse,
                out);
        features(out);
        if (!out.has("host.wsl.packageVersion")) {
            regValue(LXSS_MSI, "Version", "host.wsl.packageVersion", out);
        }
        if (!out.has("host.wsl.defaultVersion")) {
            regValue(LXSS_USER, "DefaultVersion", "host.wsl.defaultVersion", out);
        }
        run(List.of(vboxManage(), "--version"), Map.of(), VBoxManageVersionParser::parse, out);
        regValue(VMWARE, "ProductVersion", "host.software.vmware.version", out);
        regValue(DOCKER, "DisplayVersion", "host.software.dockerDesktop.version", out);
        out.note(
                "Not checked, because it needs an elevated prompt: whether the hypervisor starts at boot "
                        + "('bcdedit /enum | findstr -i hypervisorlaunchtype').");
    }

    private void features(ProbeResult out) {
        List<String> command = powershellCommand(FEATURES);
        CommandResult result = runner.run(command, Map.of(), TIMEOUT);
        if (result.completed() && result.exitCode() == 0 && result.stdout().length > 0) {
            OptionalFeaturesParser.parse(
                    SourceText.ofCommand(
                            "powershell.exe Get-WindowsOptionalFeature", result.stdout()),
                    out);
            return;
        }
        out.note(
                "The states of VirtualMachinePlatform, Microsoft-Windows-Subsystem-Linux, Hyper-V and HypervisorPlatform "
                        + "(host.features) need an elevated prompt: run 'wsl-advisor probe' as administrator, or save "
                        + "'Get-WindowsOptionalFeature -Online | Select FeatureName,State | ConvertTo-Json' from an elevated "
                        + "PowerShell as optional-features.json and use --replay.");
    }

    private void readCurrentVersion(SourceText source, ProbeResult out) {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> values = RegQueryParser.values(source, lines);
        if (values.isEmpty()) {
            out.warn(source.whole() + ": no registry values found");
            return;
        }
        out.fill(
                "host.os.build",
                Ints.parse(values.get("CurrentBuild")),
                at(source, lines, "CurrentBuild"));
        out.fill("host.os.revision", Ints.parse(values.get("UBR")), at(source, lines, "UBR"));
        out.fill(
                "host.os.displayVersion",
                blankToNull(values.get("DisplayVersion")),
                at(source, lines, "DisplayVersion"));
        if (!out.has("host.os.edition") && values.get("EditionID") != null) {
            out.note(
                    source.at(lines.get("EditionID"))
                            + ": EditionID is "
                            + values.get("EditionID")
                            + " (the caption was not available, so host.os.edition is left unknown).");
        }
    }

    private void regValue(String key, String name, String path, ProbeResult out) {
        List<String> command = List.of("reg.exe", "query", key, "/v", name);
        CommandResult result = runner.run(command, Map.of(), TIMEOUT);
        if (!result.completed() || result.exitCode() != 0) {
            return;
        }
        SourceText source = SourceText.ofCommand(String.join(" ", command), result.stdout());
        Map<String, Integer> lines = new HashMap<>();
        String value = blankToNull(RegQueryParser.values(source, lines).get(name));
        if (value == null) {
            return;
        }
        Object fact =
                path.endsWith("defaultVersion")
                        ? Ints.parse(value)
                        : path.endsWith("vmware.version") ? vmwareVersion(value) : value;
        if (out.fill(path, fact, at(source, lines, name))
                && path.startsWith("host.software.vmware")) {
            out.fill(
                    "host.software.vmware.product",
                    "Workstation",
                    source.whole() + " (registry key VMware Workstation)");
        }
    }

    private static String vmwareVersion(String productVersion) {
        String[] parts = productVersion.split("[. ]");
        return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : productVersion;
    }

    private void powershell(
            String script, BiConsumer<SourceText, ProbeResult> parser, ProbeResult out) {
        List<String> command = powershellCommand(script);
        String shortName =
                "powershell.exe " + script.substring(UTF8.length(), script.indexOf(" |"));
        run(command, shortName, Map.of(), parser, out);
    }

    private static List<String> powershellCommand(String script) {
        return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", script);
    }

    private void run(
            List<String> command,
            Map<String, String> env,
            BiConsumer<SourceText, ProbeResult> parser,
            ProbeResult out) {
        run(command, String.join(" ", command), env, parser, out);
    }

    private void run(
            List<String> command,
            String name,
            Map<String, String> env,
            BiConsumer<SourceText, ProbeResult> parser,
            ProbeResult out) {
        CommandResult result = runner.run(command, env, TIMEOUT);
        if (!result.completed()) {
            out.note(name + ": " + result.problem() + "; the facts it gives stay unknown.");
            return;
        }
        byte[] output = result.stdout().length > 0 ? result.stdout() : result.stderr();
        if (output.length == 0) {
            out.note(
                    name
                            + ": printed nothing (exit code "
                            + result.exitCode()
                            + "); the facts it gives stay unknown.");
            return;
        }
        parser.accept(SourceText.ofCommand(name, output), out);
    }

    private List<String> wsl(String... args) {
        List<String> command = new ArrayList<>();
        command.add("wsl.exe");
        command.addAll(List.of(args));
        return command;
    }

    /**
     * WSL_UTF8 makes wsl.exe write UTF-8; from inside WSL it only reaches wsl.exe when WSLENV lists
     * it.
     */
    private Map<String, String> wslEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("WSL_UTF8", "1");
        if (fromWsl) {
            String wslenv = environment.getOrDefault("WSLENV", "");
            env.put("WSLENV", wslenv.isEmpty() ? "WSL_UTF8" : wslenv + ":WSL_UTF8");
        }
        return env;
    }

    private String vboxManage() {
        if (fromWsl) {
            return "/mnt/c/Program Files/Oracle/VirtualBox/VBoxManage.exe";
        }
        String dir = environment.get("VBOX_MSI_INSTALL_PATH");
        if (dir != null && !dir.isBlank()) {
            return dir.endsWith("\\") ? dir + "VBoxManage.exe" : dir + "\\VBoxManage.exe";
        }
        return "C:\\Program Files\\Oracle\\VirtualBox\\VBoxManage.exe";
    }

    private static String at(SourceText source, Map<String, Integer> lines, String name) {
        Integer line = lines.get(name);
        return line == null ? source.whole() : source.at(line);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
