package dev.wsladvisor.cli;

import dev.wsladvisor.batch.FleetReport;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.usecase.FleetReportRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * report: the fleet report and summary from the records of an earlier batch run, without advising
 * again.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write the fleet report from the records of an earlier batch run.",
            "",
            "The page is the one batch --report writes: one HTML file that opens offline",
            "in any browser and prints to PDF, with the hosts ready for WSL2, blocked,",
            "on WSL1, unable to run WSL, or of unknown readiness, by build and edition;",
            "each blocker, unmet need and warning with its fix, source and the hosts",
            "that need it; what to find out next (from records made with --what-if);",
            "and the input errors. The tables carry every number; script only draws",
            "the charts and adds sorting and filtering.",
            "",
            "Records without the \"host\" field (an older batch, or advise --format json",
            "output one per line) still work: their hosts count as \"not given\" by build",
            "and edition. Exit code 1 when the records hold input errors, as for batch.",
            "",
            "Examples:",
            "  wsl-advisor batch --in fleet.jsonl --out advice.jsonl",
            "  wsl-advisor report --in advice.jsonl --out fleet.html",
            "  wsl-advisor report --in advice.jsonl --out fleet.html \\",
            "      --summary summary.json --host-ids 500",
            ""
        })
public final class ReportCommand implements Callable<Integer> {

    @ParentCommand private WslAdvisorCommand root;

    @Spec private CommandSpec spec;

    @Option(
            names = "--in",
            paramLabel = "FILE",
            defaultValue = "-",
            description =
                    "The records of batch --out (JSON Lines), or '-' for standard input (default).")
    private String in;

    @Option(
            names = "--out",
            paramLabel = "FILE.html",
            required = true,
            description =
                    "Where to write the report (an existing file is first kept as FILE.bak-<date>-<time>).")
    private Path out;

    @Option(
            names = "--summary",
            paramLabel = "FILE",
            description = "Also write the summary as JSON, as batch --summary does.")
    private Path summary;

    @Option(
            names = "--host-ids",
            paramLabel = "N",
            defaultValue = "" + FleetReport.DEFAULT_HOST_IDS,
            description =
                    "Host ids listed per blocker, warning or unknown fact; the rest are counted (default: ${DEFAULT-VALUE}).")
    private int hostIds;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Console console = root.console();
        if ("-".equals(in) && console.terminal()) {
            throw new UserInputException(
                    "report reads the records of an earlier batch run: --in advice.jsonl, or pipe"
                            + " them in. Make them with wsl-advisor batch --in fleet.jsonl --out advice.jsonl.");
        }
        FleetReportRun.check(in, out, summary, hostIds);
        FleetReportRun.Done done =
                FleetReportRun.run(
                        in,
                        out,
                        summary,
                        hostIds,
                        console.in(),
                        new VersionProvider().getVersion()[0],
                        Clock.systemDefaultZone());
        err.print(done.result().text());
        done.summaryBackup()
                .ifPresent(b -> err.println("the previous " + summary + " is kept as " + b));
        done.pageBackup().ifPresent(b -> err.println("the previous " + out + " is kept as " + b));
        err.println("fleet report: " + out);
        return done.result().errors() > 0 ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }
}
