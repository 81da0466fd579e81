package dev.wsladvisor.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells which command printed a block of text, by the structure of the text alone (no command line
 * above it): header rows, the shape of values, property names. Labels are translated by Windows, so
 * a label is used only where every translation keeps it ({@code Hyper-V}) or as a last hint for
 * English. When nothing fits, the answer is null: a block that is not recognised is never guessed
 * at.
 */
public final class OutputRecognizer {
    private static final Pattern LABELLED = Pattern.compile("^[^:：]{1,80}[:：]\\s*(.*)$");
    static final Pattern VERSION_VALUE =
            Pattern.compile("^[^:：]{1,60}[:：]\\s*\\d+\\.\\d+\\.\\d+\\S*$");
    private static final Pattern DEFAULT_VERSION = Pattern.compile("^[^:：]{1,60}[:：]\\s*[12]$");
    private static final Pattern LIST_HEADER =
            Pattern.compile("^\\s*NAME\\s+STATE\\s+VERSION\\s*$");
    private static final Pattern OS_VERSION =
            Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.\\d{4,5}\\s+\\S+.*\\d{4,5}$");
    private static final Pattern SYSTEM_TYPE =
            Pattern.compile("^(?:x64|x86|arm64|arm)-based\\s+PC$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEMORY =
            Pattern.compile("^\\d{1,3}(?:[.,\\s\\u00a0\\u202f']?\\d{3})*\\s*(?:MB|Mo|МБ)$");
    private static final Pattern KERNEL_RELEASE =
            Pattern.compile("^\\d+\\.\\d+\\.\\d+[\\w.+-]*-(?:microsoft|Microsoft)[\\w.+-]*$");

    /** {@code uname -a}: {@code Linux <host> <release> #...}, the release a WSL one. */
    private static final Pattern UNAME_A =
            Pattern.compile("^Linux \\S+ \\d+\\.\\d+\\.\\d+\\S*-(?:microsoft|Microsoft)\\S* #.*$");

    /**
     * "Invalid command line option: --version" (translated around the option), the inbox wsl.exe's
     * answer to an option it lacks.
     */
    private static final Pattern UNKNOWN_OPTION =
            Pattern.compile("^.{1,80}[:：]\\s*(--version|-v|--status|--verbose)$");

    private static final Pattern VBOX = Pattern.compile("^\\d+\\.\\d+\\.\\d+(?:_[A-Za-z]+)?r\\d+$");
    private static final Pattern VMWARE =
            Pattern.compile("^VMware (?:Workstation|Player|Fusion)\\b.*\\d+\\.\\d+.*$");
    private static final Pattern OS_RELEASE =
            Pattern.compile("^(?:NAME|ID|PRETTY_NAME|VERSION_ID)=.+$");
    private static final Pattern KEY_VALUE = Pattern.compile("^[A-Z_][A-Z0-9_]*=.*$");

    /** The English lines of wsl --update, old and new. */
    private static final Pattern UPDATE =
            Pattern.compile(
                    "^(?:Checking for updates|Downloading updates|Installing updates|"
                            + "Installing: Windows Subsystem for Linux|Updating Windows Subsystem for Linux to version|"
                            + "The most recent version of Windows Subsystem for Linux is already installed|No updates are available|"
                            + "This change will take effect on the next full restart of WSL).*",
                    Pattern.CASE_INSENSITIVE);

    /** The English lines the inbox wsl --status printed below the default version. */
    private static final Pattern OLD_STATUS =
            Pattern.compile(
                    "^(?:Windows Subsystem for Linux was last updated on|WSL automatic updates are|"
                            + "The Windows Subsystem for Linux kernel can be manually updated|Windows Subsystem for Linux kernel|"
                            + "WSL1 is not supported|WSL 2 requires an update to its kernel component|"
                            + "Please enable the Virtual Machine Platform|For information please visit https://aka\\.ms/wsl2).*");

    private static final Pattern HYPERVISOR_DETECTED =
            Pattern.compile("hypervisor has been detected", Pattern.CASE_INSENSITIVE);

    private OutputRecognizer() {}

    /**
     * The kind of output {@code lines} are, or null. Blank lines and lines already cut out
     * (prompts) are ignored.
     */
    public static OutputKind kindOf(List<String> lines) {
        List<String> text = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                text.add(line.strip());
            }
        }
        if (text.isEmpty()) {
            return null;
        }
        String first = text.get(0);
        if (first.startsWith("{") || first.startsWith("[")) {
            return PowerShellObjects.kindOfJson(String.join("\n", text));
        }
        OutputKind powerShell = PowerShellObjects.kindOfListOrTable(lines);
        if (powerShell != null) {
            return powerShell;
        }
        OutputKind refused = unknownOption(first, String.join("\n", text));
        if (refused != null) {
            return refused;
        }
        if (text.stream().anyMatch(l -> LIST_HEADER.matcher(l).matches())
                || WslListParser.isPlainList(text)
                || first.startsWith("Windows Subsystem for Linux has no installed distributions")) {
            return OutputKind.WSL_LIST;
        }
        if (VerParser.isVerLine(first) && text.size() <= 2) {
            return OutputKind.VER;
        }
        long versions = text.stream().filter(l -> VERSION_VALUE.matcher(l).matches()).count();
        long defaults = text.stream().filter(l -> DEFAULT_VERSION.matcher(l).matches()).count();
        long oldStatus = text.stream().filter(l -> OLD_STATUS.matcher(l).matches()).count();
        boolean leads =
                DEFAULT_VERSION.matcher(first).matches()
                        || text.size() > 1
                                && DEFAULT_VERSION.matcher(text.get(1)).matches()
                                && LABELLED.matcher(first).matches();
        if (defaults == 1 && leads && text.size() <= 14 && mostlyLabelled(text, oldStatus)
                || oldStatus > 0 && oldStatus + versions >= text.size()) {
            return OutputKind.WSL_STATUS;
        }
        if (versions >= 3
                && VERSION_VALUE.matcher(first).matches()
                && versions * 10 >= text.size() * 7) {
            return OutputKind.WSL_VERSION;
        }
        if (text.stream().anyMatch(l -> UPDATE.matcher(l).matches())) {
            return OutputKind.WSL_UPDATE;
        }
        if (looksLikeSysteminfo(text)) {
            return OutputKind.SYSTEMINFO;
        }
        if (text.size() == 1 && KERNEL_RELEASE.matcher(first).matches()) {
            return OutputKind.UNAME;
        }
        if (text.size() == 1 && UNAME_A.matcher(first).matches()) {
            return OutputKind.UNAME;
        }
        if (first.startsWith("Linux version ") && text.size() <= 2) {
            return OutputKind.PROC_VERSION;
        }
        if (text.stream().anyMatch(l -> OS_RELEASE.matcher(l).matches())
                && text.stream()
                        .allMatch(l -> KEY_VALUE.matcher(l).matches() || l.startsWith("#"))) {
            return OutputKind.OS_RELEASE;
        }
        if (text.size() == 1 && VBOX.matcher(first).matches()) {
            return OutputKind.VBOXMANAGE;
        }
        if (text.size() == 1 && VMWARE.matcher(first).matches()) {
            return OutputKind.VMWARE;
        }
        return null;
    }

    /**
     * The inbox wsl.exe refusing an option, followed by its help text: the output of the command
     * that asked for it.
     */
    private static OutputKind unknownOption(String first, String text) {
        java.util.regex.Matcher m = UNKNOWN_OPTION.matcher(first);
        // The error line, then wsl.exe's copyright line or its help: a copy may be cut after
        // either.
        if (!m.matches()
                || !(WslHelpText.listsOptions(text) || text.contains("Microsoft Corporation"))) {
            return null;
        }
        return switch (m.group(1)) {
            case "--status" -> OutputKind.WSL_STATUS;
            case "--verbose" -> OutputKind.WSL_LIST;
            default -> OutputKind.WSL_VERSION;
        };
    }

    /**
     * wsl --status is a few {@code label: value} lines and, from the inbox WSL, a few known
     * sentences.
     */
    private static boolean mostlyLabelled(List<String> text, long sentences) {
        long labelled = text.stream().filter(l -> LABELLED.matcher(l).matches()).count();
        return labelled + sentences >= text.size() - 1;
    }

    /**
     * Any value only systeminfo prints (an OS version with its build word, {@code x64-based PC},
     * memory in MB next to a label, the Hyper-V section or one of its requirement lines, the
     * hypervisor sentence), in a block of {@code label: value} lines: a whole systeminfo or what
     * {@code findstr} kept of it.
     */
    private static boolean looksLikeSysteminfo(List<String> text) {
        int labelled = 0;
        boolean signature = false;
        for (String line : text) {
            if (HYPERVISOR_DETECTED.matcher(line).find()) {
                signature = true;
            }
            int colon = indexOfColon(line);
            if (colon < 0) {
                continue;
            }
            labelled++;
            String key = line.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.contains("hyper-v")
                    || OS_VERSION.matcher(value).matches()
                    || SYSTEM_TYPE.matcher(value).matches()
                    || MEMORY.matcher(value).matches() && labelled > 1
                    || HyperVSection.isRequirementLine(line)) {
                signature = true;
            }
        }
        return signature && labelled * 2 >= text.size();
    }

    private static int indexOfColon(String line) {
        int a = line.indexOf(':');
        int b = line.indexOf('：');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
