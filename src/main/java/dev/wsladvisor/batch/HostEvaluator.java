package dev.wsladvisor.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.JsonReport;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.rules.RuleRunawayException;
import java.io.IOException;

/**
 * Turns one input line into its result; one per worker thread (the assembler's sessions are not
 * shared).
 */
final class HostEvaluator {

    private static final JsonFactory JSON = new JsonFactory();

    private final FactsReader reader;
    private final AdviceAssembler assembler;
    private final boolean whatIf;
    private final boolean json;
    private final int maxLineBytes;

    HostEvaluator(
            FactsReader reader,
            AdviceAssembler assembler,
            boolean whatIf,
            boolean json,
            int maxLineBytes) {
        this.reader = reader;
        this.assembler = assembler;
        this.whatIf = whatIf;
        this.json = json;
        this.maxLineBytes = maxLineBytes;
    }

    HostResult evaluate(LineReader.Line line) {
        long n = line.number();
        if (line.tooLong()) {
            return HostResult.failed(
                    n,
                    null,
                    "line "
                            + n
                            + ": "
                            + line.length()
                            + " bytes, more than the "
                            + maxLineBytes / 1024
                            + " KiB a facts document may take; one host per line, as compact JSON.");
        }
        if (isBlank(line.bytes())) {
            return HostResult.blank(n);
        }
        FactsDocument facts;
        try {
            facts = reader.parseLine(line.bytes(), n);
        } catch (UserInputException e) {
            return HostResult.failed(n, guessId(line.bytes()), oneLine(e.getMessage()));
        }
        try {
            Advice advice = assembler.advise(facts, whatIf);
            return HostResult.advised(
                    n,
                    advice.id(),
                    advice.recommendation(),
                    advice.blocked(),
                    advice.confidence(),
                    advice.blockers().stream()
                            .map(b -> new HostFinding(b.id(), b.message(), b.fix(), b.source()))
                            .toList(),
                    advice.warnings().stream()
                            .map(w -> new HostFinding(w.id(), w.message(), w.fix(), w.source()))
                            .toList(),
                    advice.unknown(),
                    HostTraits.of(facts),
                    json ? JsonReport.compact(advice) : null,
                    facts.warnings());
        } catch (RuleRunawayException e) {
            // The same rule would hold up every host: the run stops with its message (exit code 2).
            throw e;
        } catch (UserInputException e) {
            return HostResult.failed(n, facts.id(), oneLine("line " + n + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            // A rule that throws on one host must not stop the fleet: report it on that line.
            return HostResult.failed(
                    n,
                    facts.id(),
                    oneLine(
                            "line "
                                    + n
                                    + ": internal error while advising (a bug in "
                                    + "wsl-advisor or in a rule, not in this line): "
                                    + e));
        }
    }

    /**
     * Only spaces, tabs or a carriage return, after a UTF-8 byte-order mark if any (Notepad puts
     * one on line 1).
     */
    private static boolean isBlank(byte[] bytes) {
        int start =
                bytes.length >= 3
                                && bytes[0] == (byte) 0xEF
                                && bytes[1] == (byte) 0xBB
                                && bytes[2] == (byte) 0xBF
                        ? 3
                        : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The id of a line that could not be read as a whole, when it comes before the fault: the
     * top-level {@code "id"} string, read with the JSON parser (escapes decoded as in a good line's
     * record).
     */
    static String guessId(byte[] bytes) {
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                JsonToken value = p.nextToken();
                if ("id".equals(p.currentName())) {
                    return value == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // the fault comes before the id, or the bytes are no JSON at all
        }
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
