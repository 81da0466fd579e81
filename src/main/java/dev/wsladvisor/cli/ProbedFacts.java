package dev.wsladvisor.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsMerge;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.probe.HostProbe;
import dev.wsladvisor.probe.PasteProbe;
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
        return read(factsFile, in, probe, replay, null);
    }

    /** As above, with {@code paste} (a file, or '-' for {@code in}) read as probe --paste reads it. */
    FactsDocument read(String factsFile, InputStream in, boolean probe, Path replay, String paste) {
        if (paste != null && "-".equals(factsFile) && "-".equals(paste)) {
            throw new UserInputException("--facts - and --paste - both want standard input; save one of them to a file and give its name.");
        }
        refuseTwoProbes(probe, replay, paste);
        FactsReader reader = new FactsReader(strict);
        FactsDocument given = factsFile == null ? null : reader.read(factsFile, in);
        if (!probe && replay == null && paste == null) {
            return given;
        }
        ProbeResult result = probe(replay, paste, in, HostProbe::local, err);
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
        return probe(replay, null, null, hostProbe, err);
    }

    /** As above, or the paste in {@code paste} (a file, or '-' for {@code in}) when given. */
    static ProbeResult probe(Path replay, String paste, InputStream in, Supplier<HostProbe> hostProbe, PrintWriter err) {
        ProbeResult result;
        refuseEmptyReplay(replay);
        if (paste != null) {
            result = new ProbeResult();
            ("-".equals(paste) ? PasteProbe.ofStream(in) : PasteProbe.ofFile(Path.of(paste))).probe(result);
        } else if (replay != null) {
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

    /** Path.of("") is the current folder: an empty argument (an unset variable in a script) must not read it. */
    static void refuseEmptyReplay(Path replay) {
        if (replay != null && replay.toString().isEmpty()) {
            throw new UserInputException("--replay: the folder name is empty. Give the folder that holds the captured outputs "
                    + "(wsl-version.txt, systeminfo.txt, ...; see docs/probe.md).");
        }
    }

    /** One source of host facts at a time: the live probe, a replay folder or a paste. */
    static void refuseTwoProbes(boolean probe, Path replay, String paste) {
        int given = (probe ? 1 : 0) + (replay != null ? 1 : 0) + (paste != null ? 1 : 0);
        if (given > 1) {
            throw new UserInputException("give one source of host facts: --probe (this PC), a replay folder or --paste FILE, not several; "
                    + "--facts adds to any of them.");
        }
    }
}
