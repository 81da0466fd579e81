package dev.wsladvisor.wslconfig.lint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.text.Visible;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints lint findings as text for people, JSON per the advice contract, or SARIF 2.1.0 for code
 * scanners.
 */
public final class LintReport {

    public enum Format {
        text,
        json,
        sarif
    }

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LintReport() {}

    /** The findings of one checked file. */
    public record FileFindings(String path, List<LintFinding> findings) {}

    public static String render(Format format, String path, List<LintFinding> findings) {
        return render(format, List.of(new FileFindings(path, findings)));
    }

    /** One report over several files: one JSON document or one SARIF run, not one per file. */
    public static String render(Format format, List<FileFindings> files) {
        return switch (format) {
            case text ->
                    files.stream()
                            .map(f -> text(f.path(), f.findings()))
                            .reduce("", String::concat);
            case json -> json(files);
            case sarif -> sarif(files);
        };
    }

    static String text(String path, List<LintFinding> findings) {
        StringBuilder out = new StringBuilder();
        for (LintFinding f : findings) {
            out.append(Visible.escape(path))
                    .append(f.line() > 0 ? ":" + f.line() : "")
                    .append(f.column() > 0 ? ":" + f.column() : "")
                    .append(": ")
                    .append(f.severity())
                    .append(": ")
                    .append(f.message())
                    .append(" [")
                    .append(f.ruleId())
                    .append("]\n");
            if (f.fix() != null) {
                out.append("    fix: ").append(f.fix()).append('\n');
            }
        }
        long errors = findings.stream().filter(LintFinding::isError).count();
        long warnings = findings.stream().filter(f -> "warning".equals(f.severity())).count();
        // The total counts in the words its lines use: error, warning, info.
        String shown = Visible.escape(path);
        out.append(
                findings.isEmpty()
                        ? shown + ": no problems found\n"
                        : shown
                                + ": "
                                + count(errors, "error", "errors")
                                + ", "
                                + count(warnings, "warning", "warnings")
                                + ", "
                                + count(findings.size() - errors - warnings, "info", "info")
                                + "\n");
        return out.toString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The contract's {@code wslconfig.findings} shape, plus rule id and source. */
    public static ArrayNode findingsJson(List<LintFinding> findings) {
        ArrayNode list = JSON.createArrayNode();
        for (LintFinding f : findings) {
            ObjectNode o = list.addObject();
            o.put("severity", f.severity());
            o.put("line", f.line());
            o.put("column", f.column());
            o.put("section", f.section());
            o.put("key", f.key());
            o.put("message", f.message());
            o.put("fix", f.fix());
            o.put("rule", f.ruleId());
            o.put("source", f.source());
        }
        return list;
    }

    static String json(List<FileFindings> files) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("files");
        for (FileFindings f : files) {
            ObjectNode o = list.addObject();
            o.put("file", f.path());
            o.put("errors", f.findings().stream().filter(LintFinding::isError).count());
            o.set("findings", findingsJson(f.findings()));
        }
        return write(root);
    }

    static String sarif(List<FileFindings> files) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "wsl-advisor");
        driver.put("informationUri", "https://learn.microsoft.com/en-us/windows/wsl/wsl-config");
        Map<String, LintFinding> rules = new LinkedHashMap<>();
        files.forEach(ff -> ff.findings().forEach(f -> rules.putIfAbsent(f.ruleId(), f)));
        ArrayNode ruleList = driver.putArray("rules");
        rules.values()
                .forEach(
                        f -> {
                            ObjectNode r = ruleList.addObject();
                            r.put("id", f.ruleId());
                            r.putObject("shortDescription").put("text", f.ruleId());
                            if (f.source() != null) {
                                r.put("helpUri", f.source());
                            }
                        });
        ArrayNode results = run.putArray("results");
        for (FileFindings ff : files) {
            String path = ff.path();
            for (LintFinding f : ff.findings()) {
                ObjectNode r = results.addObject();
                r.put("ruleId", f.ruleId());
                r.put(
                        "level",
                        switch (f.severity()) {
                            case "error" -> "error";
                            case "warning" -> "warning";
                            default -> "note";
                        });
                r.putObject("message")
                        .put(
                                "text",
                                sentence(f.message())
                                        + (f.fix() == null ? "" : " Fix: " + sentence(f.fix())));
                ObjectNode loc = r.putArray("locations").addObject().putObject("physicalLocation");
                loc.putObject("artifactLocation").put("uri", uri(path));
                ObjectNode region = loc.putObject("region");
                region.put("startLine", Math.max(1, f.line()));
                if (f.column() > 0) {
                    region.put("startColumn", f.column());
                }
            }
        }
        return write(root);
    }

    /**
     * Ends a message with a full stop unless it ends with one already, so two sentences do not run
     * together.
     */
    static String sentence(String s) {
        String t = s.strip();
        return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    /**
     * SARIF's artifactLocation.uri must be a URI reference: an absolute path becomes a file:// URI,
     * a relative one a percent-encoded relative reference; backslashes are taken as separators.
     */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("/")) {
            return java.nio.file.Path.of(p).toUri().toASCIIString();
        }
        if (p.matches("[A-Za-z]:/.*")) {
            return uriOf("file", "/" + p);
        }
        return uriOf(null, p);
    }

    private static String uriOf(String scheme, String path) {
        try {
            String u =
                    new java.net.URI(scheme, scheme == null ? null : "", path, null)
                            .toASCIIString();
            // A relative reference whose first segment has a colon would read as a scheme: make it
            // ./x:y.
            return scheme == null
                            && path.indexOf(':') >= 0
                            && (path.indexOf('/') < 0 || path.indexOf(':') < path.indexOf('/'))
                    ? "./" + u
                    : u;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
