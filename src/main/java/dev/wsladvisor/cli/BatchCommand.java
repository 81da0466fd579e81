package dev.wsladvisor.cli;

import dev.wsladvisor.batch.FleetReport;
import dev.wsladvisor.batch.RecordFormat;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.usecase.FleetInput;
import dev.wsladvisor.usecase.FleetRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** batch: a fleet in JSON Lines in, one advice record per line out, a summary at the end. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Advise a fleet: one facts document per line in, one record per line out.",
            "",
            "Input is JSON Lines; output keeps the input's order, line for line.",
            "",
            "Each record is the advice document for that host (as advise --format json,",
            "on one line, with \"line\" first and \"host\" last: its edition, build and",
            "display version, and how many host facts it gave), or",
            "{\"line\":N,\"id\":...,\"error\":\"...\"}:",
            "a bad line never stops the run (a line may hold up to 1 MiB). A blank",
            "line gives a record with \"skipped\":\"blank line\", so output lines stay",
            "one to one with input lines.",
            "Without --what-if, whatIf and unknown are left out and confidence does not",
            "count unknown facts (they take about a hundred more evaluations per host).",
            "A summary goes to standard error; exit code 1 when any line had an error.",
            "",
            "--report FILE.html writes the fleet report: one page that opens offline",
            "in any browser, with the hosts ready, blocked or unknown, by build and",
            "edition, each blocker with its fix and the hosts that need it, what to",
            "find out next, and the input errors (see also the report command).",
            "",
            "Examples:",
            "  wsl-advisor batch --in facts/fleet.jsonl --out advice.jsonl",
            "  wsl-advisor batch --in fleet.jsonl --format csv --out advice.csv \\",
            "      --summary summary.json",
            "  wsl-advisor batch --in fleet.jsonl --out advice.jsonl --report fleet.html",
            "  export-inventory | wsl-advisor batch > advice.jsonl",
            ""
        })
public final class BatchCommand implements Callable<Integer>, RunsRules {

    @ParentCommand private WslAdvisorCommand root;

    @Spec private CommandSpec spec;

    @Option(
            names = "--in",
            paramLabel = "FILE",
            defaultValue = "-",
            description =
                    "The fleet, one facts document per line (JSON Lines), or '-' for standard input (default).")
    private String in;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "-",
            description =
                    "Where to write the records, or '-' for standard output (default). The file appears whole when"
                            + " the run ends; an existing one is first kept as FILE.bak-<date>-<time>.")
    private String out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "jsonl",
            description =
                    "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). csv: a header, then one row per"
                            + " line: line, id, recommendation, blocked, confidence, blockers, blockerMessages, warnings,"
                            + " warningMessages, error (ids joined by ';', their messages by ' | ').")
    private RecordFormat format;

    @Mixin private RuleOptions ruleOptions;

    @Option(
            names = "--summary",
            paramLabel = "FILE",
            description =
                    "Also write the summary as JSON to FILE (an existing one is first kept as FILE.bak-<date>-<time>).")
    private Path summary;

    @Option(
            names = "--report",
            paramLabel = "FILE.html",
            description =
                    "Also write the fleet report, one self-contained HTML page (an existing file is first kept as"
                            + " FILE.bak-<date>-<time>).")
    private Path report;

    @Option(
            names = "--host-ids",
            paramLabel = "N",
            defaultValue = "" + FleetReport.DEFAULT_HOST_IDS,
            description =
                    "Host ids listed per blocker, warning or unknown fact in the summary and the report; the rest"
                            + " are counted (default: ${DEFAULT-VALUE}).")
    private int hostIds;

    @Option(
            names = "--what-if",
            description = "Add whatIf and unknown to every record, as advise does (much slower).")
    private boolean whatIf;

    @Mixin private StrictOption strict;

    /** Null: one per processor of the console's machine. */
    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads (default: one per processor).")
    private Integer threads;

    /** A fleet brings no .wslconfig lines, so the rules that check them could not fire. */
    @Override
    public boolean wslconfigLint() {
        return false;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Console console = root.console();
        if ("-".equals(in) && console.terminal()) {
            throw new UserInputException(
                    "batch reads a fleet in JSON Lines: --in FILE, or pipe it in (… | wsl-advisor batch)."
                            + " The sample is facts/fleet.jsonl.");
        }
        FleetRun.Request request =
                new FleetRun.Request(
                        in,
                        out,
                        summary,
                        report,
                        format,
                        whatIf,
                        strict.strict(),
                        threads != null ? threads : console.platform().processors(),
                        hostIds);
        FleetRun.check(request);
        RuleBase rules = ruleOptions.load(wslconfigLint());
        ProgressBar bar = console.progress() ? new ProgressBar(err, FleetInput.sizeOf(in)) : null;
        FleetRun.Done done;
        try {
            done =
                    FleetRun.run(
                            request,
                            rules,
                            console.in(),
                            stdout(),
                            bar == null ? null : bar::update,
                            new VersionProvider().getVersion()[0],
                            Clock.systemDefaultZone());
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        err.print(done.result().text());
        done.recordsBackup()
                .ifPresent(b -> err.println("the previous " + out + " is kept as " + b));
        done.summaryBackup()
                .ifPresent(b -> err.println("the previous " + summary + " is kept as " + b));
        done.reportBackup()
                .ifPresent(b -> err.println("the previous " + report + " is kept as " + b));
        if (report != null) {
            err.println("fleet report: " + report);
        }
        return done.result().errors() > 0 ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }

    /** Standard output as a Writer for the records; closing it only flushes. */
    private Writer stdout() {
        PrintWriter stdout = spec.commandLine().getOut();
        return new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                stdout.write(cbuf, off, len);
            }

            @Override
            public void write(String s) {
                stdout.write(s);
            }

            @Override
            public void flush() {
                stdout.flush();
            }

            @Override
            public void close() {
                stdout.flush();
            }
        };
    }
}
