package dev.wsladvisor.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.facts.LocatedJson;
import dev.wsladvisor.text.Suggestions;
import dev.wsladvisor.text.Visible;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code *.scenario.json}: {@code {"facts": {...}, "expect": {...}}}, other top-level
 * fields (a {@code source}, a {@code description}) allowed. The facts are read and validated
 * exactly as {@code advise --facts} reads them, and their messages name the scenario file, line and
 * column.
 */
public final class ScenarioReader {

    private static final JsonFactory JSON = new JsonFactory();

    private ScenarioReader() {}

    public static Scenario read(Path file) {
        String where = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) FactsReader.MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new UserInputException(where + ": no such file.");
        } catch (IOException e) {
            throw new UserInputException(where + ": cannot read the file: " + e.getMessage());
        }
        if (bytes.length > FactsReader.MAX_BYTES) {
            throw new UserInputException(
                    where
                            + ": more than 10 MiB; a scenario holds one host's facts and is a few kilobytes.");
        }
        return parse(FactsReader.decode(bytes, where), where, file.toAbsolutePath().getParent());
    }

    /** Parses a scenario's text; {@code where} names it in messages. */
    public static Scenario parse(String text, String where) {
        return parse(text, where, Path.of("."));
    }

    /**
     * As {@link #parse(String, String)}; a {@code "wslconfig"} path is taken from {@code folder}.
     */
    static Scenario parse(String text, String where, Path folder) {
        JsonNode root = LocatedJson.parse(text, where).root();
        if (!root.isObject()) {
            throw new UserInputException(
                    where
                            + ": a scenario is one JSON object: {\"facts\": {...}, \"expect\": {...}}.");
        }
        Places places = places(text);
        JsonNode facts = root.get("facts");
        if (facts == null || !facts.isObject()) {
            throw new UserInputException(
                    places.at(where, "facts")
                            + ": "
                            + (facts == null
                                    ? "the scenario has no \"facts\""
                                    : "\"facts\" is not an object")
                            + "; a scenario is {\"facts\": {...a facts document...}, \"expect\": {...}}, see docs/writing-rules.md.");
        }
        // Everything but the facts becomes blank, newlines kept: the facts reader's lines and
        // columns are the file's.
        StringBuilder masked = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            masked.append(
                    i >= places.factsStart && i < places.factsEnd || c == '\n' || c == '\r'
                            ? c
                            : ' ');
        }
        FactsDocument document =
                new FactsReader(false)
                        .parse(masked.toString().getBytes(StandardCharsets.UTF_8), where);
        List<String> warnings = new ArrayList<>(document.warnings());
        JsonNode expect = root.path("expect");
        if (!expect.isMissingNode() && !expect.isNull() && !expect.isObject()) {
            throw new UserInputException(
                    places.at(where, "expect")
                            + ": \"expect\" is not an object; write {\"recommendation\": \"WSL2\", ...}.");
        }
        expect.fieldNames()
                .forEachRemaining(
                        name -> {
                            if (!Expectation.FIELDS.contains(name)) {
                                warnings.add(
                                        places.at(where, "expect." + name)
                                                + ": expect."
                                                + Visible.escape(name)
                                                + " is not a scenario field and is not checked"
                                                + Suggestions.closest(name, Expectation.FIELDS)
                                                        .map(s -> "; did you mean '" + s + "'?")
                                                        .orElse(".")
                                                + " The fields are: "
                                                + String.join(", ", Expectation.FIELDS)
                                                + ".");
                            }
                        });
        String recommendation = text(expect, "recommendation", places, where);
        if (recommendation != null
                && !List.of("WSL1", "WSL2").contains(recommendation.toUpperCase(Locale.ROOT))) {
            throw new UserInputException(
                    places.at(where, "expect.recommendation")
                            + ": expect.recommendation is \""
                            + Visible.escape(recommendation)
                            + "\"; write \"WSL1\" or \"WSL2\".");
        }
        JsonNode blocked = expect.get("blocked");
        if (blocked != null && !blocked.isNull() && !blocked.isBoolean()) {
            throw new UserInputException(
                    places.at(where, "expect.blocked") + ": expect.blocked must be true or false.");
        }
        Expectation expectation =
                new Expectation(
                        recommendation,
                        blocked == null || blocked.isNull() ? null : blocked.asBoolean(),
                        list(expect, "fired", places, where),
                        list(expect, "notFired", places, where),
                        list(expect, "blockers", places, where),
                        list(expect, "warnings", places, where),
                        list(expect, "contains", places, where));
        JsonNode wslconfig = root.get("wslconfig");
        Path wslconfigPath = null;
        if (wslconfig != null && !wslconfig.isNull()) {
            if (!wslconfig.isTextual() || wslconfig.asText().isBlank()) {
                throw new UserInputException(
                        places.at(where, "wslconfig")
                                + ": \"wslconfig\" names a .wslconfig file beside"
                                + " the scenario, e.g. \"wslconfig\": \"laptop.wslconfig\".");
            }
            wslconfigPath = folder.resolve(wslconfig.asText()).normalize();
            if (!Files.isRegularFile(wslconfigPath)) {
                throw new UserInputException(
                        places.at(where, "wslconfig")
                                + ": "
                                + Visible.escape(wslconfig.asText())
                                + ": no such file beside the scenario (looked for "
                                + wslconfigPath
                                + ").");
            }
        }
        return new Scenario(where, document, expectation, wslconfigPath, List.copyOf(warnings));
    }

    private static String text(JsonNode expect, String name, Places places, String where) {
        JsonNode v = expect.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new UserInputException(
                    places.at(where, "expect." + name)
                            + ": expect."
                            + name
                            + " must be a text, e.g. \"WSL2\".");
        }
        return v.asText();
    }

    private static List<String> list(JsonNode expect, String name, Places places, String where) {
        JsonNode v = expect.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return List.of(v.asText());
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (!item.isTextual() || item.asText().isEmpty()) {
                    out = null;
                    break;
                }
                out.add(item.asText());
            }
        }
        if (out == null || !v.isArray()) {
            throw new UserInputException(
                    places.at(where, "expect." + name)
                            + ": expect."
                            + name
                            + " must be a list of non-empty texts, e.g. [\"docker-needs-wsl2\"].");
        }
        return List.copyOf(out);
    }

    /**
     * Where the facts object starts and ends (character offsets), and where the top-level and
     * expect values start.
     */
    private static final class Places {
        int factsStart;
        int factsEnd;
        final Map<String, JsonLocation> starts = new HashMap<>();

        String at(String where, String path) {
            JsonLocation loc = starts.get(path);
            return loc == null ? where : where + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
        }
    }

    /** The text parsed once already; this pass only notes positions. */
    private static Places places(String text) {
        Places places = new Places();
        try (JsonParser p = JSON.createParser(text)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                places.starts.put(name, p.currentTokenLocation());
                if ("facts".equals(name)) {
                    places.factsStart = (int) p.currentTokenLocation().getCharOffset();
                    p.skipChildren();
                    places.factsEnd = (int) p.currentLocation().getCharOffset();
                } else if ("expect".equals(name) && p.currentToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        places.starts.put("expect." + field, p.currentTokenLocation());
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the scenario parsed once already", e);
        }
        return places;
    }
}
