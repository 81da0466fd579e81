package dev.wsladvisor.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hyper-V section of {@code systeminfo}, found by its label because every translation keeps the
 * word "Hyper-V": either four requirement lines ({@code ...: Yes}, in a fixed order unless their
 * labels say otherwise) or one sentence saying a hypervisor has been detected. A findstr paste
 * keeps the requirement lines without the heading.
 */
final class HyperVSection {

    private static final Pattern REQUIREMENT = Pattern.compile("[:：]\\s*(\\S+)\\s*$");

    /**
     * The four requirement lines. Windows prints them in this order; a label that names one (in the
     * languages we know) wins over the position, because hand-copied sections are sometimes
     * reordered.
     */
    private enum Requirement {
        VM_MONITOR(
                "VM Monitor Mode Extensions",
                null,
                "monitor",
                "moniteur",
                "モニター",
                "监视器",
                "überwachung"),
        FIRMWARE(
                "Virtualization Enabled In Firmware",
                "host.hardware.virtualizationFirmwareEnabled",
                "firmware",
                "ファームウェア",
                "固件",
                "microprogramme",
                "펌웨어"),
        SLAT(
                "Second Level Address Translation",
                "host.hardware.slat",
                "second level",
                "segundo nivel",
                "segundo nível",
                "second niveau",
                "zweiten ebene",
                "二级",
                "第 2 レベル"),
        DEP(
                "Data Execution Prevention Available",
                null,
                "execution",
                "ejecución",
                "execução",
                "exécution",
                "ausführung",
                "データ実行",
                "数据执行");

        final String english;
        final String path;
        final String[] words;

        Requirement(String english, String path, String... words) {
            this.english = english;
            this.path = path;
            this.words = words;
        }

        /**
         * By its label, else by its place among four lines; null for a line with an unknown label
         * in a partial section.
         */
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

    private HyperVSection() {}

    /**
     * Reads the section (or, without its heading, loose requirement lines); whether anything was
     * understood.
     */
    static boolean read(List<SysteminfoField> fields, SourceText source, ProbeResult out) {
        SysteminfoField hyperV = null;
        for (SysteminfoField f : fields) {
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
        // A section cut short (findstr kept some lines) says nothing by position: only labels count
        // there.
        boolean fourLines = lines.size() >= 4;
        for (int i = 0; i < Math.min(4, lines.size()); i++) {
            Requirement requirement = Requirement.of(lines.get(i), i, fourLines);
            Matcher m = REQUIREMENT.matcher(lines.get(i));
            Boolean value = m.find() ? YesNo.read(m.group(1)) : null;
            if (requirement == null || value == null) {
                out.warn(
                        source.at(numbers.get(i))
                                + ": expected "
                                + (requirement == null
                                        ? "a Hyper-V requirement line"
                                        : "'" + requirement.english + "'")
                                + " with Yes or No (in any language), found '"
                                + WslVersionParser.shorten(lines.get(i).strip())
                                + "'");
                continue;
            }
            fillRequirement(requirement, value, source.at(numbers.get(i)), out);
        }
        // The requirement lines are shown only while no hypervisor runs.
        out.fill(
                "host.hardware.hypervisorPresent",
                false,
                source.at(hyperV.line()) + " (requirements listed, so no hypervisor runs)");
        return true;
    }

    private static void hypervisorDetected(String where, ProbeResult out) {
        out.fill("host.hardware.hypervisorPresent", true, where);
        if (Boolean.TRUE.equals(bool(out, "host.hardware.isVirtualMachine"))) {
            out.note(
                    where
                            + ": systeminfo sees a hypervisor, but Windows is itself a VM, so it may be the outer one; "
                            + "whether the VM exposes virtualization (nested virtualization) is unknown.");
        } else {
            // Only a hypervisor that is already running hides the requirement lines, and it needs
            // VT-x/AMD-V on.
            out.fill(
                    "host.hardware.virtualizationFirmwareEnabled",
                    true,
                    where + " (a hypervisor is running)");
        }
    }

    private static void fillRequirement(
            Requirement requirement, boolean value, String where, ProbeResult out) {
        if (requirement.path != null) {
            out.fill(requirement.path, value, where);
        } else if (!value) {
            out.note(
                    where
                            + ": "
                            + requirement.english
                            + " is No: Hyper-V and WSL 2 cannot run on this processor setup.");
        }
    }

    /**
     * Whether {@code line} is one Hyper-V requirement line, known by its label and a Yes/No: what
     * findstr keeps of the section.
     */
    static boolean isRequirementLine(String line) {
        Matcher m = REQUIREMENT.matcher(line);
        return Requirement.byLabel(line) != null && m.find() && YesNo.read(m.group(1)) != null;
    }

    /**
     * Without the Hyper-V heading ({@code systeminfo | findstr "Virtualization Second"} keeps only
     * the indented lines), requirement lines count by their label alone, and the English hypervisor
     * sentence by its words.
     */
    static boolean readLooseRequirements(SourceText source, ProbeResult out) {
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
                out.fill(
                        "host.hardware.hypervisorPresent",
                        false,
                        source.at(i + 1) + " (requirements listed, so no hypervisor runs)");
                found = true;
            }
        }
        return found;
    }

    private static Boolean bool(ProbeResult out, String path) {
        var node = out.get(path);
        return node != null && node.isBoolean() ? node.booleanValue() : null;
    }
}
