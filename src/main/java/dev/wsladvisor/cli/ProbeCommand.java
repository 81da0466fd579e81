package dev.wsladvisor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.io.AtomicFileWriter;
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
            "With --paste it reads one file holding what was pasted in a ticket or an issue: several outputs in any order, "
                + "with prompts, command lines, blank lines, markdown fences and text between them. Each output is recognised "
                + "by its structure and read by the same parsers as --replay; where two disagree the later wins, with a note; "
                + "text it does not recognise is listed by line range in probeNotes. Files up to 8 MiB, 1000 outputs.",
            "",
            "Examples:",
            "  wsl-advisor probe",
            "  wsl-advisor probe --out facts.json",
            "  wsl-advisor probe --replay captured/ --out facts.json",
            "  wsl-advisor probe --paste ticket.txt | wsl-advisor advise --facts -",
            "  wsl-advisor advise --paste ticket.txt",
            "  wsl-advisor advise --facts facts.json",
            ""
        },
        footer = {"", "Exit codes: 0 done (warnings about unreadable files or unrecognised text included), 2 bad input (--replay folder "
                + "missing or empty, --paste file missing or over 8 MiB, --replay and --paste together, --out naming one of the files "
                + "--replay reads), 70 bug."})
public final class ProbeCommand implements Callable<Integer> {

    /** Output formats; JSON is the facts document of the contract. */
    enum Format { json }

    @Spec
    CommandSpec spec;

    @Option(names = "--replay", paramLabel = "DIR",
            description = "Read captured outputs from DIR (wsl-version.txt, wsl-list.txt, systeminfo.txt, cim-os.json, ...) instead of probing this machine.")
    Path replay;

    @Option(names = "--paste", paramLabel = "FILE",
            description = "Read a whole paste (outputs of wsl --version, wsl -l -v, systeminfo, ... as copied from a ticket) from FILE, or '-' for standard input.")
    String paste;

    @picocli.CommandLine.ParentCommand
    WslAdvisorCommand root;

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
        ProbedFacts.refuseEmptyReplay(replay);
        if (replay != null && out != null && ReplayProbe.isInput(replay, out)) {
            throw new UserInputException("probe --out " + out + ": that is one of the captured outputs that --replay " + replay
                    + " reads (" + String.join(", ", ReplayProbe.fileNames()) + "); writing the facts there would replace it, "
                    + "and the next replay would misread the folder. Write them elsewhere, such as --out "
                    + replay.resolve("facts.json") + ".");
        }
        ProbedFacts.refuseTwoProbes(false, replay, paste);
        if (paste != null && out != null && !"-".equals(paste) && sameFile(Path.of(paste), out)) {
            throw new UserInputException("probe --out " + out + ": that is the paste --paste reads; writing the facts there would replace it. "
                    + "Write them elsewhere, such as --out facts.json.");
        }
        ProbeResult result = ProbedFacts.probe(replay, paste, root != null ? root.console().in() : System.in, hostProbe, err);
        write(render(result));
        err.flush();
        return ExitCode.OK;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
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
