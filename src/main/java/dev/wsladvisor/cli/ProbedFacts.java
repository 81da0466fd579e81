package dev.wsladvisor.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsMerge;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.probe.HostProbe;
import dev.wsladvisor.probe.ProbeResult;
import dev.wsladvisor.probe.ReplayProbe;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The facts for a command: a facts file, what the probe found, or both (the file wins where both speak). */
final class ProbedFacts {

    private final boolean strict;
    private final PrintWriter err;

    ProbedFacts(boolean strict, PrintWriter err) {
        this.strict = strict;
        this.err = err;
    }

    FactsDocument read(String factsFile, InputStream in, boolean probe, Path replay) {
        FactsReader reader = new FactsReader(strict);
        FactsDocument given = factsFile == null ? null : reader.read(factsFile, in);
        if (!probe && replay == null) {
            return given;
        }
        ProbeResult result = probe(replay, HostProbe::local, err);
        ObjectNode merged = given == null ? result.toDocument()
                : FactsMerge.over(result.toDocument(), given.json().isObject() ? given.json() : JsonNodeFactory.instance.objectNode());
        String where = given == null ? "probed facts" : factsFile + " over probed facts";
        return reader.parse(merged.toString().getBytes(StandardCharsets.UTF_8), where);
    }

    /**
     * What 'probe' finds, as 'probe' and '--probe' both run it: the captured outputs in {@code replay} when
     * given, else this machine. Why nothing could be found here, and every warning, go to {@code err}.
     */
    static ProbeResult probe(Path replay, Supplier<HostProbe> hostProbe, PrintWriter err) {
        ProbeResult result;
        if (replay != null) {
            result = new ProbeResult();
            new ReplayProbe(replay).probe(result);
        } else {
            HostProbe.Outcome outcome = hostProbe.get().probe();
            result = outcome.result();
            if (outcome.notHere() != null) {
                err.println(outcome.notHere());
            }
        }
        result.warnings().forEach(w -> err.println("warning: " + w));
        return result;
    }
}
