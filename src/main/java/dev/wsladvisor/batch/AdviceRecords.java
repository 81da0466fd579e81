package dev.wsladvisor.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsladvisor.errors.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records an earlier {@code batch} wrote (JSON Lines) back into results, so that {@code
 * report} draws the same summary and page as {@code batch --report} would have, streaming, in
 * bounded memory.
 */
public final class AdviceRecords {

    /** A record carries a host's whole advice, with --what-if a few KiB more: far below this. */
    static final int MAX_LINE_BYTES = 16 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private AdviceRecords() {}

    /** Reads {@code in} to its end; {@code name} is how messages call it. */
    public static BatchRunner.Result summarize(InputStream in, String name, int hostIdsPerGroup)
            throws IOException {
        long start = System.nanoTime();
        FleetSummary summary = new FleetSummary(hostIdsPerGroup);
        LineReader lines = new LineReader(in, MAX_LINE_BYTES);
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            summary.add(result(line, name));
        }
        if (summary.lines() == 0) {
            throw new UserInputException(
                    name
                            + ": empty. report reads the records of batch --out (JSON Lines), e.g."
                            + " wsl-advisor batch --in facts/fleet.jsonl --out advice.jsonl");
        }
        return new BatchRunner.Result(summary, (System.nanoTime() - start) / 1e9);
    }

    private static HostResult result(LineReader.Line line, String name) {
        String where = name + ":" + line.number() + ": ";
        if (line.tooLong()) {
            throw new UserInputException(
                    where + "a line of " + line.length() + " bytes is no batch record.");
        }
        String text = new String(line.bytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return HostResult.blank(line.number());
        }
        if (line.number() == 1 && text.startsWith("line,id,")) {
            throw new UserInputException(
                    where
                            + "this is batch's CSV; report reads its JSON Lines records. Run batch"
                            + " with --out advice.jsonl (the default format), or give it --report FILE.html directly.");
        }
        JsonNode r;
        try {
            r = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserInputException(
                    where
                            + "not JSON ("
                            + e.getOriginalMessage()
                            + "). report reads the records of"
                            + " batch --out, one JSON object per line.");
        }
        if (r == null || !r.isObject()) {
            throw new UserInputException(
                    where
                            + "not a JSON object. report reads the records of batch --out, one per line.");
        }
        long n = r.path("line").canConvertToLong() ? r.path("line").longValue() : line.number();
        String id = r.path("id").isTextual() ? r.path("id").textValue() : null;
        if (r.has("skipped")) {
            return HostResult.blank(n);
        }
        if (r.has("error")) {
            return HostResult.failed(n, id, r.path("error").asText());
        }
        if (!r.path("recommendation").isTextual() || !r.path("blocked").isBoolean()) {
            throw new UserInputException(
                    where
                            + "no recommendation and blocked: not an advice record. report reads the"
                            + " records of batch --out (or advise --format json, one per line).");
        }
        JsonNode host = r.path("host");
        // A record without "host" (advise --format json) tells nothing of the build; its readiness
        // is not doubted for that.
        HostTraits traits =
                host.isObject()
                        ? new HostTraits(
                                host.path("facts").asInt(0),
                                text(host.path("edition")),
                                host.path("build").isInt() ? host.path("build").intValue() : null,
                                text(host.path("displayVersion")))
                        : new HostTraits(-1, null, null, null);
        List<String> unknown = null;
        if (r.path("unknown").isArray()) {
            unknown = new ArrayList<>();
            for (JsonNode u : r.path("unknown")) {
                unknown.add(u.asText());
            }
        }
        return HostResult.advised(
                n,
                id,
                r.path("recommendation").textValue(),
                r.path("blocked").booleanValue(),
                r.path("confidence").asDouble(),
                findings(r.path("blockers")),
                findings(r.path("warnings")),
                unknown,
                traits,
                null,
                List.of());
    }

    private static List<HostFinding> findings(JsonNode items) {
        List<HostFinding> out = new ArrayList<>();
        for (JsonNode i : items) {
            out.add(
                    new HostFinding(
                            i.path("id").asText(),
                            text(i.path("message")),
                            text(i.path("fix")),
                            text(i.path("source"))));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.textValue() : null;
    }
}
