package dev.wsladvisor.probe;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code systeminfo}. Its labels are translated, so fields are found by the shape of their
 * values: the caption starts with "Microsoft Windows" ("Майкрософт Windows" in Russian) or is the
 * field just before the OS version, the OS version is {@code 10.0.19045 ...}, the system type is
 * {@code x64-based PC} in every language, the maker and model are the two fields right before it,
 * and the first value in MB is the total physical memory. Only the Hyper-V section is found by its
 * label, because every translation keeps the word "Hyper-V". It is either four requirement lines
 * ({@code ...: Yes}, in a fixed order unless their labels say otherwise) or one sentence saying a
 * hypervisor has been detected.
 */
public final class SysteminfoParser {
    /**
     * The OS name: "Microsoft Windows ..." in every display language we know but Russian, where the
     * maker is "Майкрософт" ({@code Название ОС: Майкрософт Windows 10 Pro}); old releases add a
     * {@code ®}. Never the {@code ver} banner ({@code Microsoft Windows [Version 10.0.19041.1]}),
     * which is no edition.
     */
    private static final Pattern CAPTION =
            Pattern.compile(
                    "^(?:Microsoft|Майкрософт)®?\\s+Windows\\b(?!\\s*\\[).*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern OS_VERSION =
            Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4,5})(?:\\s|$)");
    private static final Pattern SYSTEM_TYPE =
            Pattern.compile("^(x64|x86|arm64|arm)-based\\s+PC", Pattern.CASE_INSENSITIVE);

    /**
     * Grouping may be ',', '.', a space, a no-break space or an apostrophe: 16,234 MB / 16.234 MB /
     * 16 234 Mo.
     */
    private static final Pattern MEMORY =
            Pattern.compile("^(\\d{1,3}(?:[.,\\s\\u00a0\\u202f']?\\d{3})*)\\s*(?:MB|Mo|МБ)$");

    private SysteminfoParser() {}

    public static void parse(SourceText source, ProbeResult out) {
        List<SysteminfoField> fields = SysteminfoField.fields(source.lines());
        if (fields.isEmpty() && HyperVSection.readLooseRequirements(source, out)) {
            return;
        }
        if (fields.isEmpty()) {
            out.warn(
                    source.at(source.firstTextLine())
                            + ": no 'label: value' lines, so this is not the output of systeminfo; capture it again with "
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
        for (SysteminfoField f : fields) {
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
        understood |= HyperVSection.read(fields, source, out);
        if (!understood) {
            out.warn(
                    source.at(fields.get(0).line())
                            + ": none of the expected systeminfo values (OS version like "
                            + "'10.0.19045 N/A Build 19045', 'x64-based PC', memory in MB, Hyper-V section) were found");
        }
    }

    /**
     * The caption by its shape; failing that, the field just before the OS version (systeminfo
     * prints the OS name there in every language) when it names Windows, which also covers a
     * maker's name that a legacy code page garbled. "Registered Owner: Windows User" is neither, so
     * it is never taken for the edition.
     */
    private static boolean readEdition(
            List<SysteminfoField> fields, int osVersion, SourceText source, ProbeResult out) {
        SysteminfoField caption =
                fields.stream()
                        .filter(f -> CAPTION.matcher(f.value().strip()).matches())
                        .findFirst()
                        .orElse(null);
        if (caption == null
                && osVersion > 0
                && fields.get(osVersion - 1).value().contains("Windows")) {
            caption = fields.get(osVersion - 1);
        }
        if (caption != null) {
            out.fill("host.os.edition", caption.value().strip(), source.at(caption.line()));
            return true;
        }
        // A findstr paste keeps a few lines on purpose: its missing OS Name is no news.
        if (!out.has("host.os.edition") && osVersion >= 0) {
            out.note(
                    source.whole()
                            + ": no OS Name line (a value like 'Microsoft Windows 10 Pro', just before the OS version), "
                            + "so host.os.edition stays unknown"
                            + (source.file()
                                    ? "; cim-os.json (Get-CimInstance Win32_OperatingSystem | ConvertTo-Json) gives it."
                                    : "."));
        }
        return false;
    }

    private static boolean readSystemType(
            List<SysteminfoField> fields, SourceText source, ProbeResult out) {
        for (int i = 0; i < fields.size(); i++) {
            Matcher m = SYSTEM_TYPE.matcher(fields.get(i).value().strip());
            if (!m.find()) {
                continue;
            }
            String arch =
                    switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "x64" -> "x64";
                        case "arm64" -> "arm64";
                        case "x86" -> "x86";
                        default -> null;
                    };
            out.fill("host.os.architecture", arch, source.at(fields.get(i).line()));
            // Maker and model come right before the system type in every whole systeminfo; a
            // partial paste skips lines, so there only the English labels say which fields they
            // are.
            boolean whole = fields.size() >= 15;
            boolean labelled =
                    i >= 2
                            && fields.get(i - 2).key().strip().equals("System Manufacturer")
                            && fields.get(i - 1).key().strip().equals("System Model");
            boolean adjacent =
                    i >= 2
                            && fields.get(i - 1).line() == fields.get(i).line() - 1
                            && fields.get(i - 2).line() == fields.get(i).line() - 2
                            && !CAPTION.matcher(fields.get(i - 1).value().strip()).matches();
            if (i >= 2 && (whole || labelled || adjacent)) {
                SysteminfoField maker = fields.get(i - 2);
                SysteminfoField model = fields.get(i - 1);
                VmHost.fill(
                        maker.value().strip(),
                        model.value().strip(),
                        source.at(maker.line()) + "-" + model.line(),
                        out);
            }
            return true;
        }
        return false;
    }
}
