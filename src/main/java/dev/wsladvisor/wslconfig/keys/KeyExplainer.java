package dev.wsladvisor.wslconfig.keys;

import java.util.List;

/** Says in plain text what the catalogue knows about a key, for {@code wslconfig explain}. */
public final class KeyExplainer {

    private KeyExplainer() {}

    public static String explain(KeySpec k) {
        StringBuilder out = new StringBuilder();
        String file = k.inWslConfig() ? "%UserProfile%\\.wslconfig" : "/etc/wsl.conf";
        out.append('[')
                .append(k.section())
                .append("] ")
                .append(k.name())
                .append("  (")
                .append(file)
                .append(")\n");
        out.append("  ").append(k.description()).append('\n');
        out.append("  type:     ").append(k.type()).append(typeHint(k)).append('\n');
        out.append("  default:  ")
                .append(k.defaultValue())
                .append(
                        k.computedDefault() == null
                                ? ""
                                : "  (computed: " + k.computedDefault() + ")")
                .append('\n');
        if (!k.allowedValues().isEmpty()) {
            out.append("  values:   ")
                    .append(String.join(", ", k.allowedValues()))
                    .append(" (any case)\n");
        }
        String needs = WslConfigDocs.needs(k);
        if (!needs.isEmpty()) {
            out.append("  needs:    ").append(needs).append('\n');
        }
        out.append("  status:   ").append(WslConfigDocs.status(k)).append('\n');
        if (k.notes() != null) {
            out.append("  note:     ").append(k.notes()).append('\n');
        }
        out.append("  source:   ").append(k.source()).append('\n');
        return out.toString();
    }

    public static String explainAll(List<KeySpec> keys) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(explain(keys.get(i)));
        }
        return out.toString();
    }

    private static String typeHint(KeySpec k) {
        return switch (k.valueType()) {
            case SIZE -> " (whole number + upper-case unit, no space: 8GB, 512MB)";
            case BOOL -> " (true/false or 1/0)";
            case INT -> " (whole number; 0x.. hex, leading 0 octal)";
            case PATH -> " (absolute Windows path, backslashes doubled: C:\\\\wsl\\\\file)";
            case PORTS -> " (comma-separated ports 1-65535)";
            case IPV4 -> " (IPv4 address)";
            case MAC -> " (xx:xx:xx:xx:xx:xx)";
            default -> "";
        };
    }
}
