package dev.wsladvisor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wsladvisor.UserInputException;
import dev.wsladvisor.AtomicFileWriter;
import java.time.Clock;
import dev.wsladvisor.probe.HostProbe;
import dev.wsladvisor.probe.ProbeResult;
import dev.wsladvisor.probe.ReplayProbe;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wsl-advisor probe}: the host facts of this PC, or of outputs captured on another, as a facts document. */
@Command(name = "probe",
        mixinStandardHelpOptions = true,
        description = {
            "Find this PC's host facts and print them as a facts document for 'advise --facts'.",
            "",
            "It reads the Windows build and edition, memory, virtualization, optional features, WSL version and "
                + "distributions, VirtualBox, VMware and Docker Desktop.",
            "On Windows it runs PowerShell (CIM), reg.exe, wsl.exe and systeminfo without admin rights; inside WSL it also "
                + "reads the kernel release and reaches Windows through interop. Optional-feature states need an elevated prompt.",
            "With --replay it reads outputs captured earlier, on any machine, in any display language (file names: docs/probe.md).",
            "",
            "Examples:",
            "  wsl-advisor probe",
            "  wsl-advisor probe --out facts.json",
            "  wsl-advisor probe --replay captured/ --out facts.json",
            "  wsl-advisor advise --facts facts.json",
            ""
        },
        footer = {"", "Exit codes: 0 done (warnings about unreadable files included), 2 bad input (--replay folder missing, "
                + "--out naming one of the files --replay reads), 70 bug."})
public final class ProbeCommand implements Callable<Integer> {

    /** Output formats; JSON is the facts document of the contract. */
    enum Format { json }

    @Spec
    CommandSpec spec;

    @Option(names = "--replay", paramLabel = "DIR",
            description = "Read captured outputs from DIR (wsl-version.txt, wsl-list.txt, systeminfo.txt, cim-os.json, ...) instead of probing this machine.")
    Path replay;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the facts document to FILE instead of standard output (atomically; an existing FILE is first kept as FILE.bak-<date>-<time>).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    private final Supplier<HostProbe> hostProbe;

    public ProbeCommand() {
        this(HostProbe::local);
    }

    /** For tests: a probe that plays another machine. */
    public ProbeCommand(Supplier<HostProbe> hostProbe) {
        this.hostProbe = hostProbe;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (replay != null && out != null && ReplayProbe.isInput(replay, out)) {
            throw new UserInputException("probe --out " + out + ": that is one of the captured outputs that --replay " + replay
                    + " reads (" + String.join(", ", ReplayProbe.fileNames()) + "); writing the facts there would replace it, "
                    + "and the next replay would misread the folder. Write them elsewhere, such as --out "
                    + replay.resolve("facts.json") + ".");
        }
        ProbeResult result = ProbedFacts.probe(replay, hostProbe, err);
        write(render(result));
        err.flush();
        return ExitCode.OK;
    }

    private static String render(ProbeResult result) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result.toDocument())
                    + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built in memory could not be written as JSON", e);
        }
    }

    private void write(String document) {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(document);
            stdout.flush();
            return;
        }
        // Never overwrite a person's file without a backup; the new one appears whole or not at all.
        try {
            new AtomicFileWriter(Clock.systemDefaultZone()).write(out, document.getBytes(StandardCharsets.UTF_8))
                    .ifPresent(backup -> spec.commandLine().getErr().println("the previous " + out + " is kept as " + backup));
        } catch (UserInputException e) {
            throw new UserInputException("probe --out: " + e.getMessage(), e);
        }
    }
}
