package dev.wsladvisor.batch;

import dev.wsladvisor.UserInputException;
import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.JsonReport;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one input line into its result; one per worker thread (the assembler's sessions are not shared). */
final class HostEvaluator {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,200})\"");

    private final FactsReader reader;
    private final AdviceAssembler assembler;
    private final boolean whatIf;
    private final boolean json;
    private final int maxLineBytes;

    HostEvaluator(FactsReader reader, AdviceAssembler assembler, boolean whatIf, boolean json, int maxLineBytes) {
        this.reader = reader;
        this.assembler = assembler;
        this.whatIf = whatIf;
        this.json = json;
        this.maxLineBytes = maxLineBytes;
    }

    HostResult evaluate(LineReader.Line line) {
        long n = line.number();
        if (line.tooLong()) {
            return HostResult.failed(n, null, "line " + n + ": " + line.length() + " bytes, more than the "
                    + maxLineBytes / 1024 + " KiB a facts document may take; one host per line, as compact JSON.");
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
            return HostResult.advised(n, advice.id(), advice.recommendation(), advice.blocked(), advice.confidence(),
                    advice.blockers().stream().map(Advice.BlockerItem::id).toList(),
                    advice.warnings().stream().map(Advice.WarningItem::id).toList(),
                    json ? JsonReport.compact(advice) : null);
        } catch (UserInputException e) {
            return HostResult.failed(n, facts.id(), oneLine("line " + n + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            // A rule that throws on one host must not stop the fleet: report it on that line.
            return HostResult.failed(n, facts.id(), oneLine("line " + n + ": internal error while advising (a bug in "
                    + "wsl-advisor or in a rule, not in this line): " + e));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The id of a line that could not be read as a whole, when it can be found at all. */
    private static String guessId(byte[] bytes) {
        Matcher m = ID.matcher(new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8));
        return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
