package dev.wsladvisor.cli;

import dev.wsladvisor.probe.ProbeResult;
import dev.wsladvisor.usecase.HostProbing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wsl-advisor probe}: the host facts of this PC, or of outputs captured on another, as a
 * facts document.
 */
@Command(
        name = "probe",
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
        footer = {
            "",
            "Exit codes: 0 done (warnings about unreadable files or unrecognised text included), 2 bad input (--replay folder "
                    + "missing or empty, --paste file missing or over 8 MiB, --replay and --paste together, --out naming one of the files "
                    + "--replay reads), 70 bug."
        })
public final class ProbeCommand implements Callable<Integer> {

    /** Output formats; JSON is the facts document of the contract. */
    enum Format {
        json
    }

    @Spec CommandSpec spec;

    @Option(
            names = "--replay",
            paramLabel = "DIR",
            description =
                    "Read captured outputs from DIR (wsl-version.txt, wsl-list.txt, systeminfo.txt, cim-os.json, ...) instead of probing this machine.")
    Path replay;

    @Option(
            names = "--paste",
            paramLabel = "FILE",
            description =
                    "Read a whole paste (outputs of wsl --version, wsl -l -v, systeminfo, ... as copied from a ticket) from FILE, or '-' for standard input.")
    String paste;

    @picocli.CommandLine.ParentCommand WslAdvisorCommand root;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description =
                    "Write the facts document to FILE instead of standard output (atomically; an existing FILE is first kept as FILE.bak-<date>-<time>).")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Console console = root.console();
        HostProbing.refuseOutOverInput(replay, paste, out);
        ProbeResult result =
                HostProbing.probe(
                        replay, paste, console.in(), console.platform().hostProbe(), err::println);
        String document = HostProbing.render(result);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(document);
            stdout.flush();
        } else {
            HostProbing.write(out, document, Clock.systemDefaultZone())
                    .ifPresent(
                            backup -> err.println("the previous " + out + " is kept as " + backup));
        }
        err.flush();
        return ExitCode.OK;
    }
}
