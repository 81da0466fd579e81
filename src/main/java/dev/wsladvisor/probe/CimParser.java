package dev.wsladvisor.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code Get-CimInstance <class> | ConvertTo-Json} for Win32_OperatingSystem,
 * Win32_ComputerSystem and Win32_Processor. ConvertTo-Json gives an object for one instance and an
 * array for several (two sockets), and after a Select-Object or an older PowerShell, numbers and
 * booleans may arrive as strings; property names are matched without regard to case.
 */
public final class CimParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CimParser() {}

    public static void parseOperatingSystem(SourceText source, ProbeResult out) {
        List<JsonNode> instances = instances(source, out);
        if (instances.isEmpty()) {
            return;
        }
        JsonNode os = instances.get(0);
        String where = source.whole();
        String caption = text(os, "Caption");
        out.fill("host.os.edition", caption == null ? null : caption.strip(), where + " (Caption)");
        Integer build = Ints.parse(text(os, "BuildNumber"));
        if (build == null && text(os, "Version") != null) {
            String[] parts = text(os, "Version").split("\\.");
            build = parts.length >= 3 ? Ints.parse(parts[2]) : null;
        }
        out.fill("host.os.build", build, where + " (BuildNumber)");
        String arch = text(os, "OSArchitecture");
        if (arch != null) {
            String a = arch.toUpperCase(Locale.ROOT);
            out.fill(
                    "host.os.architecture",
                    a.contains("ARM")
                            ? "arm64"
                            : a.contains("64") ? "x64" : a.contains("32") ? "x86" : null,
                    where + " (OSArchitecture)");
        }
        if (caption == null && build == null) {
            out.warn(
                    where
                            + ": no Caption or BuildNumber, so this is not Win32_OperatingSystem; capture it again with "
                            + "'Get-CimInstance Win32_OperatingSystem | ConvertTo-Json > cim-os.json'");
        }
    }

    public static void parseComputerSystem(SourceText source, ProbeResult out) {
        List<JsonNode> instances = instances(source, out);
        if (instances.isEmpty()) {
            return;
        }
        JsonNode cs = instances.get(0);
        String where = source.whole();
        Long bytes = Ints.parseLong(text(cs, "TotalPhysicalMemory"));
        long mb = bytes == null ? 0 : Math.round(bytes / 1048576.0);
        if (mb > 0 && mb <= Integer.MAX_VALUE) {
            out.fill("host.hardware.memoryMb", (int) mb, where + " (TotalPhysicalMemory)");
        }
        Integer logical = Ints.parse(text(cs, "NumberOfLogicalProcessors"));
        if (logical != null && logical > 0) {
            out.fill(
                    "host.hardware.logicalProcessors",
                    logical,
                    where + " (NumberOfLogicalProcessors)");
        }
        out.fill(
                "host.hardware.hypervisorPresent",
                bool(cs, "HypervisorPresent"),
                where + " (HypervisorPresent)");
        String maker = text(cs, "Manufacturer");
        String model = text(cs, "Model");
        if (maker != null || model != null) {
            VmHost.fill(maker, model, where + " (Manufacturer, Model)", out);
        }
        if (bytes == null && logical == null && maker == null && model == null) {
            out.warn(
                    where
                            + ": no TotalPhysicalMemory, NumberOfLogicalProcessors, Manufacturer or Model, so this is not "
                            + "Win32_ComputerSystem; capture it again with 'Get-CimInstance Win32_ComputerSystem | ConvertTo-Json > cim-computersystem.json'");
        }
    }

    public static void parseProcessor(SourceText source, ProbeResult out) {
        List<JsonNode> instances = instances(source, out);
        if (instances.isEmpty()) {
            return;
        }
        String where = source.whole();
        Boolean firmware = allTrue(instances, "VirtualizationFirmwareEnabled");
        Boolean slat = allTrue(instances, "SecondLevelAddressTranslationExtensions");
        JsonNode hypervisor = out.get("host.hardware.hypervisorPresent");
        if (hypervisor != null && hypervisor.asBoolean(false)) {
            // A running hypervisor hides VT-x from Windows, so these read False whatever the
            // firmware says.
            out.fill(
                    "host.hardware.virtualizationFirmwareEnabled",
                    true,
                    out.provenance().get("host.hardware.hypervisorPresent")
                            + " (a hypervisor is running)");
            out.note(
                    where
                            + ": VirtualizationFirmwareEnabled and SecondLevelAddressTranslationExtensions are not meaningful "
                            + "while a hypervisor runs; SLAT is left unknown.");
        } else {
            out.fill(
                    "host.hardware.virtualizationFirmwareEnabled",
                    firmware,
                    where + " (VirtualizationFirmwareEnabled)");
            out.fill(
                    "host.hardware.slat",
                    slat,
                    where + " (SecondLevelAddressTranslationExtensions)");
        }
        if (!out.has("host.hardware.logicalProcessors")) {
            int sum = 0;
            for (JsonNode p : instances) {
                Integer n = Ints.parse(text(p, "NumberOfLogicalProcessors"));
                sum = n == null || sum < 0 ? -1 : sum + n;
            }
            if (sum > 0) {
                out.fill(
                        "host.hardware.logicalProcessors",
                        sum,
                        where + " (NumberOfLogicalProcessors, all processors)");
            }
        }
    }

    /** The instances in the document; a warning naming the line when it is not JSON. */
    static List<JsonNode> instances(SourceText source, ProbeResult out) {
        List<JsonNode> list = new ArrayList<>();
        if (source.text().isBlank()) {
            out.warn(source.whole() + ": empty; expected ConvertTo-Json output");
            return list;
        }
        String text = source.text().strip();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            // PowerShell's own list or table form, as printed without ConvertTo-Json.
            PowerShellObjects.toJson(source.text()).forEach(list::add);
            if (!list.isEmpty()) {
                return list;
            }
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(source.text());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            out.warn(
                    source.at(line)
                            + ": not valid JSON ("
                            + e.getOriginalMessage()
                            + "); capture it again with ConvertTo-Json");
            return list;
        }
        if (root == null) {
            out.warn(source.whole() + ": empty; expected ConvertTo-Json output");
        } else if (root.isArray()) {
            root.forEach(
                    n -> {
                        if (n.isObject()) {
                            list.add(n);
                        }
                    });
        } else if (root.isObject()) {
            list.add(root);
        }
        if (list.isEmpty() && root != null) {
            out.warn(source.at(1) + ": expected a JSON object or an array of objects");
        }
        return list;
    }

    static JsonNode field(JsonNode node, String name) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    static Boolean bool(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String t = value.asText().strip();
        return t.equalsIgnoreCase("true")
                ? Boolean.TRUE
                : t.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    /** True only if every processor says true; unknown if any is unknown. */
    private static Boolean allTrue(List<JsonNode> instances, String name) {
        boolean all = true;
        for (JsonNode p : instances) {
            Boolean b = bool(p, name);
            if (b == null) {
                return null;
            }
            all &= b;
        }
        return all;
    }
}
