package dev.wsladvisor.usecase;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsMerge;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.probe.HostProbe;
import dev.wsladvisor.probe.ProbeResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where a command's facts come from, read in one place: a facts document ({@code facts}: a file, or
 * '-' for standard input), and at most one source of host facts: this PC ({@code probe}), outputs
 * captured earlier ({@code replay}) or a whole paste ({@code paste}: a file, or '-'). With both,
 * the document is merged over what the probe found (the document wins where both speak), and the
 * merge is read once, as one document.
 *
 * @param strict unknown field names are errors, not warnings
 */
public record FactsSource(String facts, boolean probe, Path replay, String paste, boolean strict) {

    /** Whether any source is given; without one a command asks or refuses. */
    public boolean given() {
        return facts != null || probe || replay != null || paste != null;
    }

    /**
     * The facts document, or null when no source is given. {@code stdin} is read for '-'; {@code
     * hostProbe} is run for {@code probe}; why nothing could be probed here, and the probe's
     * warnings, go to {@code notes}, one line each. The document's own warnings are in {@link
     * FactsDocument#warnings()}.
     */
    public FactsDocument read(
            InputStream stdin, Supplier<HostProbe> hostProbe, Consumer<String> notes) {
        if (paste != null && "-".equals(facts) && "-".equals(paste)) {
            throw new UserInputException(
                    "--facts - and --paste - both want standard input; save one of them to a file and give its name.");
        }
        HostProbing.refuseTwoProbes(probe, replay, paste);
        FactsReader reader = new FactsReader(strict);
        FactsDocument given = facts == null ? null : reader.read(facts, stdin);
        if (!probe && replay == null && paste == null) {
            return given;
        }
        ProbeResult result = HostProbing.probe(replay, paste, stdin, hostProbe, notes);
        ObjectNode merged =
                given == null
                        ? result.toDocument()
                        : FactsMerge.over(
                                result.toDocument(),
                                given.json().isObject()
                                        ? given.json()
                                        : JsonNodeFactory.instance.objectNode());
        String where = given == null ? "probed facts" : facts + " over probed facts";
        return reader.parse(merged.toString().getBytes(StandardCharsets.UTF_8), where);
    }
}
