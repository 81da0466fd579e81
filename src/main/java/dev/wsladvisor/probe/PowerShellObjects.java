package dev.wsladvisor.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PowerShell objects as people paste them: {@code ConvertTo-Json}, or what PowerShell prints by
 * itself, the list form ({@code Name : value} lines, one record per paragraph, as {@code
 * Get-WindowsOptionalFeature -Online} and {@code Format-List} print) and the table form (a header,
 * a row of dashes, one row per object). Property names are never translated, so they say which
 * cmdlet or CIM class printed the objects.
 */
final class PowerShellObjects {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * {@code FeatureName : Microsoft-Windows-Subsystem-Linux}: one word, padded before the colon so
     * the colons align.
     */
    private static final Pattern LIST_LINE =
            Pattern.compile("^([A-Za-z][A-Za-z0-9_]{0,80})\\s+:(?: (.*))?$");

    private static final Pattern DASHES = Pattern.compile("^-{3,}(?:\\s+-{3,})*\\s*$");

    private PowerShellObjects() {}

    /**
     * Which output a JSON document is, by its property names; null when it is not JSON of an object
     * we read.
     */
    static OutputKind kindOfJson(String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            List<JsonNode> objects = new ArrayList<>();
            if (root != null && root.isArray()) {
                root.forEach(objects::add);
            } else if (root != null) {
                objects.add(root);
            }
            Set<String> names = new HashSet<>();
            for (JsonNode o : objects) {
                o.fieldNames().forEachRemaining(n -> names.add(n.toLowerCase(Locale.ROOT)));
            }
            return kindOfNames(names);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Which output PowerShell's list or table form is, or null when {@code lines} (non-blank,
     * stripped) are neither.
     */
    static OutputKind kindOfListOrTable(List<String> lines) {
        List<ObjectNode> objects = objects(lines);
        if (objects.isEmpty()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        for (ObjectNode o : objects) {
            o.fieldNames().forEachRemaining(n -> names.add(n.toLowerCase(Locale.ROOT)));
        }
        return kindOfNames(names);
    }

    private static OutputKind kindOfNames(Set<String> names) {
        if (names.contains("featurename")) {
            return OutputKind.OPTIONAL_FEATURES;
        }
        if (names.contains("virtualizationfirmwareenabled")
                || names.contains("secondleveladdresstranslationextensions")
                || names.contains("maxclockspeed")
                || names.contains("processorid")
                || names.contains("socketdesignation")) {
            return OutputKind.CIM_PROCESSOR;
        }
        if (names.contains("buildnumber") || names.contains("osarchitecture")) {
            return OutputKind.CIM_OS;
        }
        if (names.contains("totalphysicalmemory")
                || names.contains("hypervisorpresent")
                || names.contains("numberoflogicalprocessors")
                || names.contains("manufacturer") && names.contains("model")) {
            return OutputKind.CIM_COMPUTER_SYSTEM;
        }
        if (names.contains("defaultversion") || names.contains("defaultwsldistro")) {
            return OutputKind.WSL_STATUS;
        }
        return null;
    }

    /**
     * The objects of a list or table form, values as the text PowerShell printed; empty when it is
     * neither.
     */
    static ArrayNode toJson(String text) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line);
        }
        objects(lines).forEach(array::add);
        return array;
    }

    /**
     * Whether {@code text} is PowerShell's list or table form (so that a CIM parser need not see
     * JSON).
     */
    static boolean isListOrTable(String text) {
        return !toJson(text).isEmpty();
    }

    private static List<ObjectNode> objects(List<String> lines) {
        List<ObjectNode> table = table(lines);
        return table.isEmpty() ? list(lines) : table;
    }

    /**
     * Records separated by blank lines; an indented line goes on with the value above it
     * (PowerShell wraps long values).
     */
    private static List<ObjectNode> list(List<String> lines) {
        List<ObjectNode> objects = new ArrayList<>();
        ObjectNode current = null;
        String lastName = null;
        int listLines = 0;
        int otherLines = 0;
        for (String raw : lines) {
            if (raw.isBlank()) {
                current = null;
                continue;
            }
            Matcher m = LIST_LINE.matcher(raw.strip());
            if (m.matches() && !Character.isWhitespace(raw.charAt(0))) {
                if (current == null) {
                    current = JsonNodeFactory.instance.objectNode();
                    objects.add(current);
                }
                lastName = m.group(1);
                current.put(lastName, m.group(2) == null ? "" : m.group(2).strip());
                listLines++;
            } else if (current != null
                    && lastName != null
                    && Character.isWhitespace(raw.charAt(0))) {
                current.put(lastName, current.path(lastName).asText() + " " + raw.strip());
            } else {
                otherLines++;
            }
        }
        return listLines >= 2 && otherLines == 0 ? objects : List.of();
    }

    /**
     * A header, a row of dashes under it, then one row per object, columns where the dashes are.
     */
    private static List<ObjectNode> table(List<String> lines) {
        List<String> text = lines.stream().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i + 1 < text.size(); i++) {
            if (!DASHES.matcher(text.get(i + 1).strip()).matches()) {
                continue;
            }
            String[] names = text.get(i).strip().split("\\s+");
            if (names.length < 2 || !names[0].matches("[A-Za-z][A-Za-z0-9_]*")) {
                return List.of();
            }
            List<ObjectNode> objects = new ArrayList<>();
            for (int r = i + 2; r < text.size(); r++) {
                String[] cells = text.get(r).strip().split("\\s+");
                if (cells.length != names.length) {
                    return List.of();
                }
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                for (int c = 0; c < names.length; c++) {
                    o.put(names[c], cells[c]);
                }
                objects.add(o);
            }
            return objects;
        }
        return List.of();
    }
}
