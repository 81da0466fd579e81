package dev.wsladvisor.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code systeminfo}. Its labels are translated, so fields are found by the shape of their values:
 * the caption starts with "Microsoft Windows" ("Майкрософт Windows" in Russian) or is the field just before the
 * OS version, the OS version is {@code 10.0.19045 ...}, the system type is
 * {@code x64-based PC} in every language, the maker and model are the two fields right before it, and the first
 * value in MB is the total physical memory. Only the Hyper-V section is found by its label, because every
 * translation keeps the word "Hyper-V". It is either four requirement lines ({@code ...: Yes}, in a fixed order
 * unless their labels say otherwise) or one sentence saying a hypervisor has been detected.
 */
public final class SysteminfoParser {
    private static final Pattern PADDED = Pattern.compile("^(.+?)[:：]\\s{2,}(.*)$");
    private static final Pattern PLAIN = Pattern.compile("^(.+?)[:：]\\s*(.*)$");
    /**
     * The OS name: "Microsoft Windows ..." in every display language we know but Russian, where the maker is
     * "Майкрософт" ({@code Название ОС: Майкрософт Windows 10 Pro}); old releases add a {@code ®}. Never the
     * {@code ver} banner ({@code Microsoft Windows [Version 10.0.19041.1]}), which is no edition.
     */
    private static final Pattern CAPTION = Pattern.compile("^(?:Microsoft|Майкрософт)®?\\s+Windows\\b(?!\\s*\\[).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OS_VERSION = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4,5})(?:\\s|$)");
    private static final Pattern SYSTEM_TYPE = Pattern.compile("^(x64|x86|arm64|arm)-based\\s+PC", Pattern.CASE_INSENSITIVE);
    /** Grouping may be ',', '.', a space, a no-break space or an apostrophe: 16,234 MB / 16.234 MB / 16 234 Mo. */
    private static final Pattern MEMORY = Pattern.compile("^(\\d{1,3}(?:[.,\\s\\u00a0\\u202f']?\\d{3})*)\\s*(?:MB|Mo|МБ)$");
    private static final Pattern REQUIREMENT = Pattern.compile("[:：]\\s*(\\S+)\\s*$");

    /**
     * The four requirement lines. Windows prints them in this order; a label that names one (in the languages
     * we know) wins over the position, because hand-copied sections are sometimes reordered.
     */
    private enum Requirement {
        VM_MONITOR("VM Monitor Mode Extensions", null, "monitor", "moniteur", "モニター", "监视器", "überwachung"),
        FIRMWARE("Virtualization Enabled In Firmware", "host.hardware.virtualizationFirmwareEnabled",
                "firmware", "ファームウェア", "固件", "microprogramme", "펌웨어"),
        SLAT("Second Level Address Translation", "host.hardware.slat", "second level", "segundo nivel", "segundo nível",
                "second niveau", "zweiten ebene", "二级", "第 2 レベル"),
        DEP("Data Execution Prevention Available", null, "execution", "ejecución", "execução", "exécution", "ausführung",
                "データ実行", "数据执行");

        final String english;
        final String path;
        final String[] words;

        Requirement(String english, String path, String... words) {
            this.english = english;
            this.path = path;
            this.words = words;
        }

        /** By its label, else by its place among four lines; null for a line with an unknown label in a partial section. */
        static Requirement of(String line, int position, boolean fourLines) {
            Requirement byLabel = byLabel(line);
            return byLabel != null ? byLabel : fourLines ? values()[position] : null;
        }

        static Requirement byLabel(String line) {
            String label = line.toLowerCase(Locale.ROOT);
            for (Requirement r : values()) {
                for (String word : r.words) {
                    if (label.contains(word)) {
                        return r;
                    }
                }
            }
            return null;
        }
    }

    private record Field(int line, String key, String value, List<Integer> moreLines, List<String> more) {
    }

    private SysteminfoParser() {
    }

    public static void parse(SourceText source, ProbeResult out) {
        List<Field> fields = fields(source.lines());
        if (fields.isEmpty() && readLooseRequirements(source, out)) {
            return;
        }
        if (fields.isEmpty()) {
            out.warn(source.at(source.firstTextLine()) + ": no 'label: value' lines, so this is not the output of systeminfo; capture it again with "
                    + "'systeminfo > systeminfo.txt'");
            return;
        }
        boolean understood = false;
        int osVersion = -1;
        for (int i = 0; i < fields.size(); i++) {
            Matcher m = OS_VERSION.matcher(fields.get(i).value());
            if (m.find()) {
                out.fill("host.os.build", Ints.parse(m.group(3)), source.at(fields.get(i).line()));
                understood = true;
                osVersion = i;
                break;
            }
        }
        understood |= readEdition(fields, osVersion, source, out);
        for (Field f : fields) {
            Matcher m = MEMORY.matcher(f.value().strip());
            if (m.matches()) {
                Integer mb = Ints.parse(m.group(1).replaceAll("[^0-9]", ""));
                if (mb != null && mb > 0) {
                    out.fill("host.hardware.memoryMb", mb, source.at(f.line()));
                    understood = true;
                }
                break;
            }
        }
        understood |= readSystemType(fields, source, out);
        understood |= readHyperV(fields, source, out);
        if (!understood) {
            out.warn(source.at(fields.get(0).line()) + ": none of the expected systeminfo values (OS version like "
                    + "'10.0.19045 N/A Build 19045', 'x64-based PC', memory in MB, Hyper-V section) were found");
        }
    }

    /**
     * The caption by its shape; failing that, the field just before the OS version (systeminfo prints the OS name
     * there in every language) when it names Windows, which also covers a maker's name that a legacy code page
     * garbled. "Registered Owner: Windows User" is neither, so it is never taken for the edition.
     */
    private static boolean readEdition(List<Field> fields, int osVersion, SourceText source, ProbeResult out) {
        Field caption = fields.stream().filter(f -> CAPTION.matcher(f.value().strip()).matches()).findFirst().orElse(null);
        if (caption == null && osVersion > 0 && fields.get(osVersion - 1).value().contains("Windows")) {
            caption = fields.get(osVersion - 1);
        }
        if (caption != null) {
            out.fill("host.os.edition", caption.value().strip(), source.at(caption.line()));
            return true;
        }
        // A findstr paste keeps a few lines on purpose: its missing OS Name is no news.
        if (!out.has("host.os.edition") && osVersion >= 0) {
            out.note(source.whole() + ": no OS Name line (a value like 'Microsoft Windows 10 Pro', just before the OS version), "
                    + "so host.os.edition stays unknown" + (source.file()
                            ? "; cim-os.json (Get-CimInstance Win32_OperatingSystem | ConvertTo-Json) gives it." : "."));
        }
        return false;
    }

    private static boolean readSystemType(List<Field> fields, SourceText source, ProbeResult out) {
        for (int i = 0; i < fields.size(); i++) {
            Matcher m = SYSTEM_TYPE.matcher(fields.get(i).value().strip());
            if (!m.find()) {
                continue;
            }
            String arch = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "x64" -> "x64";
                case "arm64" -> "arm64";
                case "x86" -> "x86";
                default -> null;
            };
            out.fill("host.os.architecture", arch, source.at(fields.get(i).line()));
            // Maker and model come right before the system type in every whole systeminfo; a partial paste skips
            // lines, so there only the English labels say which fields they are.
            boolean whole = fields.size() >= 15;
            boolean labelled = i >= 2 && fields.get(i - 2).key().strip().equals("System Manufacturer")
                    && fields.get(i - 1).key().strip().equals("System Model");
            boolean adjacent = i >= 2 && fields.get(i - 1).line() == fields.get(i).line() - 1
                    && fields.get(i - 2).line() == fields.get(i).line() - 2
                    && !CAPTION.matcher(fields.get(i - 1).value().strip()).matches();
            if (i >= 2 && (whole || labelled || adjacent)) {
                Field maker = fields.get(i - 2);
                Field model = fields.get(i - 1);
                VmHost.fill(maker.value().strip(), model.value().strip(),
                        source.at(maker.line()) + "-" + model.line(), out);
            }
            return true;
        }
        return false;
    }

    private static boolean readHyperV(List<Field> fields, SourceText source, ProbeResult out) {
        Field hyperV = null;
        for (Field f : fields) {
            if (f.key().toLowerCase(Locale.ROOT).contains("hyper-v")) {
                hyperV = f;
            }
        }
        if (hyperV == null) {
            return readLooseRequirements(source, out);
        }
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        lines.add(hyperV.value());
        numbers.add(hyperV.line());
        lines.addAll(hyperV.more());
        numbers.addAll(hyperV.moreLines());
        boolean requirementForm = lines.get(0).contains(":") || lines.get(0).contains("：");
        if (!requirementForm) {
            if (lines.get(0).isBlank()) {
                out.warn(source.at(hyperV.line()) + ": the Hyper-V section is empty");
                return false;
            }
            hypervisorDetected(source.at(hyperV.line()), out);
            return true;
        }
        // A section cut short (findstr kept some lines) says nothing by position: only labels count there.
        boolean fourLines = lines.size() >= 4;
        for (int i = 0; i < Math.min(4, lines.size()); i++) {
            Requirement requirement = Requirement.of(lines.get(i), i, fourLines);
            Matcher m = REQUIREMENT.matcher(lines.get(i));
            Boolean value = m.find() ? YesNo.read(m.group(1)) : null;
            if (requirement == null || value == null) {
                out.warn(source.at(numbers.get(i)) + ": expected " + (requirement == null ? "a Hyper-V requirement line" : "'" + requirement.english + "'")
                        + " with Yes or No (in any language), found '" + WslVersionParser.shorten(lines.get(i).strip()) + "'");
                continue;
            }
            fillRequirement(requirement, value, source.at(numbers.get(i)), out);
        }
        // The requirement lines are shown only while no hypervisor runs.
        out.fill("host.hardware.hypervisorPresent", false, source.at(hyperV.line()) + " (requirements listed, so no hypervisor runs)");
        return true;
    }

    private static void hypervisorDetected(String where, ProbeResult out) {
        out.fill("host.hardware.hypervisorPresent", true, where);
        if (Boolean.TRUE.equals(bool(out, "host.hardware.isVirtualMachine"))) {
            out.note(where + ": systeminfo sees a hypervisor, but Windows is itself a VM, so it may be the outer one; "
                    + "whether the VM exposes virtualization (nested virtualization) is unknown.");
        } else {
            // Only a hypervisor that is already running hides the requirement lines, and it needs VT-x/AMD-V on.
            out.fill("host.hardware.virtualizationFirmwareEnabled", true, where + " (a hypervisor is running)");
        }
    }

    private static void fillRequirement(Requirement requirement, boolean value, String where, ProbeResult out) {
        if (requirement.path != null) {
            out.fill(requirement.path, value, where);
        } else if (!value) {
            out.note(where + ": " + requirement.english + " is No: Hyper-V and WSL 2 cannot run on this processor setup.");
        }
    }

    /** Whether {@code line} is one Hyper-V requirement line, known by its label and a Yes/No: what findstr keeps of the section. */
    static boolean isRequirementLine(String line) {
        Matcher m = REQUIREMENT.matcher(line);
        return Requirement.byLabel(line) != null && m.find() && YesNo.read(m.group(1)) != null;
    }

    /**
     * Without the Hyper-V heading ({@code systeminfo | findstr "Virtualization Second"} keeps only the indented
     * lines), requirement lines count by their label alone, and the English hypervisor sentence by its words.
     */
    private static boolean readLooseRequirements(SourceText source, ProbeResult out) {
        List<String> lines = source.lines();
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.toLowerCase(Locale.ROOT).contains("hypervisor has been detected")) {
                hypervisorDetected(source.at(i + 1), out);
                found = true;
                continue;
            }
            Requirement requirement = Requirement.byLabel(line);
            Matcher m = REQUIREMENT.matcher(line);
            Boolean value = requirement != null && m.find() ? YesNo.read(m.group(1)) : null;
            if (value != null) {
                fillRequirement(requirement, value, source.at(i + 1), out);
                out.fill("host.hardware.hypervisorPresent", false, source.at(i + 1) + " (requirements listed, so no hypervisor runs)");
                found = true;
            }
        }
        return found;
    }

    private static Boolean bool(ProbeResult out, String path) {
        var node = out.get(path);
        return node != null && node.isBoolean() ? node.booleanValue() : null;
    }

    /** Top-level {@code label: value} lines, each with the indented lines that continue it. */
    private static List<Field> fields(List<String> lines) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            boolean continuation = Character.isWhitespace(line.charAt(0));
            if (continuation && !fields.isEmpty()) {
                Field last = fields.get(fields.size() - 1);
                last.moreLines().add(i + 1);
                last.more().add(line.strip());
                continue;
            }
            Matcher m = PADDED.matcher(line.strip());
            if (!m.matches()) {
                m = PLAIN.matcher(line.strip());
            }
            if (m.matches()) {
                fields.add(new Field(i + 1, m.group(1), m.group(2), new ArrayList<>(), new ArrayList<>()));
            }
        }
        return fields;
    }
}
