package dev.wsladvisor.wslconfig.show;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.text.Visible;
import dev.wsladvisor.wslconfig.keys.SizeValue;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints {@link EffectiveConfig}s for {@code wslconfig show}: text for people, like {@code git
 * config --list --show-origin}, or the stable JSON shape documented in docs/wslconfig.md.
 */
public final class EffectiveConfigReport {

    public enum Format {
        text,
        json
    }

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EffectiveConfigReport() {}

    public static String render(Format format, List<EffectiveConfig> files) {
        return format == Format.json ? json(files) : text(files);
    }

    static String json(List<EffectiveConfig> files) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("files");
        for (EffectiveConfig c : files) {
            ObjectNode f = list.addObject();
            f.put("file", c.file());
            f.put("dialect", dialectName(c.dialect()));
            ObjectNode settings = f.putObject("settings");
            for (EffectiveConfig.Setting s : c.settings().values()) {
                ObjectNode o = settings.putObject(s.name());
                o.set("value", JSON.valueToTree(s.value()));
                o.put("line", s.line());
                o.put("text", s.text());
                if (s.note() != null) {
                    o.put("note", s.note());
                }
            }
            ArrayNode ignored = f.putArray("ignored");
            for (EffectiveConfig.Ignored i : c.ignored()) {
                ignored.addObject()
                        .put("line", i.line())
                        .put("key", i.key())
                        .put("reason", i.reason());
            }
            ObjectNode defaults = f.putObject("defaults");
            for (EffectiveConfig.Default d : c.defaults().values()) {
                ObjectNode o = defaults.putObject(d.name());
                o.set("value", JSON.valueToTree(d.value()));
                o.put("text", d.text());
                if (d.note() != null) {
                    o.put("note", d.note());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code wslconfig} or {@code wsl.conf}, as {@code --dialect} spells them. */
    public static String dialectName(ConfigDialect d) {
        return d == ConfigDialect.WSLCONFIG ? "wslconfig" : "wsl.conf";
    }

    static String text(List<EffectiveConfig> files) {
        StringBuilder out = new StringBuilder();
        for (EffectiveConfig c : files) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String file = Visible.escape(c.file());
            out.append(file).append(" (read as ").append(c.dialect().fileName()).append(")\n");
            if (c.settings().isEmpty()) {
                out.append("  WSL uses no setting from this file.\n");
            } else {
                out.append("  Settings WSL uses:\n");
                for (EffectiveConfig.Setting s : c.settings().values()) {
                    out.append(String.format("    line %-5d ", s.line()))
                            .append(s.name())
                            .append(" = ")
                            .append(shown(s.value()));
                    if (s.note() != null) {
                        out.append("  (").append(s.note()).append(')');
                    }
                    out.append('\n');
                }
            }
            if (!c.ignored().isEmpty()) {
                out.append("  Ignored:\n");
                for (EffectiveConfig.Ignored i : c.ignored()) {
                    out.append(
                                    i.line() > 0
                                            ? String.format("    line %-5d ", i.line())
                                            : "    file       ")
                            .append(i.key().isEmpty() ? "" : i.key() + ": ")
                            .append(Visible.escape(i.reason()))
                            .append('\n');
                }
            }
            out.append("  Defaults (not set in the file):\n");
            for (EffectiveConfig.Default d : c.defaults().values()) {
                out.append("               ")
                        .append(d.name())
                        .append(" = ")
                        .append(d.value() == null ? d.text() : shown(d.value()));
                if (d.note() != null) {
                    out.append("  (").append(d.note()).append(')');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * A value as a person reads it: sizes in the unit WSL accepts with the bytes, text quoted and
     * escaped.
     */
    static String shown(Object value) {
        if (value instanceof Long bytes) {
            return SizeValue.format(bytes)
                    + (bytes >= SizeValue.KB && bytes % SizeValue.KB == 0
                            ? " (" + bytes + " bytes)"
                            : "");
        }
        if (value instanceof BigInteger big) {
            return big + " bytes";
        }
        if (value instanceof String s) {
            return "\"" + Visible.escape(s) + "\"";
        }
        if (value instanceof List<?> l) {
            return l.isEmpty()
                    ? "(none)"
                    : l.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}
