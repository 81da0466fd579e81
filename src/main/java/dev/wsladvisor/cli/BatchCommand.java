package dev.wsladvisor.cli;

import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.batch.BatchRunner;
import dev.wsladvisor.batch.FleetReport;
import dev.wsladvisor.batch.FleetStart;
import dev.wsladvisor.batch.RecordFormat;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** batch: a fleet in JSON Lines in, one advice record per line out, a summary at the end. */
@Command(name = "batch",
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
            ""})
public final class BatchCommand implements Callable<Integer>, RunsRules {

    @ParentCommand
    private WslAdvisorCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", paramLabel = "FILE", defaultValue = "-",
            description = "The fleet, one facts document per line (JSON Lines), or '-' for standard input (default).")
    private String in;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
            description = "Where to write the records, or '-' for standard output (default). The file appears whole when"
                    + " the run ends; an existing one is first kept as FILE.bak-<date>-<time>.")
    private String out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). csv: a header, then one row per"
                    + " line: line, id, recommendation, blocked, confidence, blockers, blockerMessages, warnings,"
                    + " warningMessages, error (ids joined by ';', their messages by ' | ').")
    private RecordFormat format;

    @Mixin
    private RuleOptions ruleOptions;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write the summary as JSON to FILE (an existing one is first kept as FILE.bak-<date>-<time>).")
    private Path summary;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write the fleet report, one self-contained HTML page (an existing file is first kept as"
                    + " FILE.bak-<date>-<time>).")
    private Path report;

    @Option(names = "--host-ids", paramLabel = "N", defaultValue = "" + FleetReport.DEFAULT_HOST_IDS,
            description = "Host ids listed per blocker, warning or unknown fact in the summary and the report; the rest"
                    + " are counted (default: ${DEFAULT-VALUE}).")
    private int hostIds;

    @Option(names = "--what-if", description = "Add whatIf and unknown to every record, as advise does (much slower).")
    private boolean whatIf;

    @Option(names = "--strict", description = "Treat unknown field names in the facts as errors instead of warnings.")
    private boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor).")
    private int threads = Runtime.getRuntime().availableProcessors();

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
            throw new UserInputException("batch reads a fleet in JSON Lines: --in FILE, or pipe it in (… | wsl-advisor batch)."
                    + " The sample is facts/fleet.jsonl.");
        }
        if (threads < 1) {
            throw new UserInputException("--threads must be 1 or more, found " + threads + ".");
        }
        if (hostIds < 0) {
            throw new UserInputException("--host-ids must be 0 or more, found " + hostIds + ".");
        }
        refuseToOverwriteTheInput();
        refuseOneFileForTwoOutputs();
        // Checked now, not after a long run whose summary or report could then not be written.
        checkCanWrite("--summary", summary);
        checkCanWrite("--report", report);
        RuleBase rules = ruleOptions.load(wslconfigLint());
        // As advise without --wslconfig: the suggested .wslconfig for each host, from the rules.
        WslConfigAdviceReporter wslconfig = new WslConfigAdviceReporter(null);
        BatchRunner runner = new BatchRunner(() -> new AdviceAssembler(new Advisor(rules, wslconfig.extraFacts()), wslconfig),
                strict, whatIf, format, threads, hostIds);
        long size = "-".equals(in) ? -1 : sizeOf(in);
        ProgressBar bar = console.progress() ? new ProgressBar(err, size) : null;
        BatchRunner.Result result;
        Optional<Path> backup = Optional.empty();
        Optional<Path> summaryBackup = Optional.empty();
        Optional<Path> reportBackup = Optional.empty();
        AtomicFileWriter files = new AtomicFileWriter(Clock.systemDefaultZone());
        // A file named by --out appears whole when the run is done, or not at all: never half a fleet's records.
        try (InputStream input = refuseWholeFaults(open(in, console, "a JSON Lines file (one facts document per line)",
                "facts/fleet.jsonl is a sample"), "-".equals(in) ? "<stdin>" : in);
             AtomicFileWriter.Replacement file = "-".equals(out) ? null : files.replace(Path.of(out))) {
            Writer output = file == null ? stdout() : new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
            result = runner.run(input, output, bar == null ? null : bar::update);
            output.flush();
            // The summary and report are written out before any file is put in place, so that they change together.
            FleetReport summarized = result.report();
            try (AtomicFileWriter.Replacement summaryFile = summary == null ? null : files.replace(summary);
                 AtomicFileWriter.Replacement reportFile = report == null ? null : files.replace(report)) {
                if (summaryFile != null) {
                    summaryFile.stream().write(FleetOutputs.summaryJson(summarized));
                    summaryFile.flush();
                }
                if (reportFile != null) {
                    reportFile.stream().write(FleetOutputs.html(summarized, "-".equals(out) ? null : out, format == RecordFormat.jsonl,
                            ZonedDateTime.now()));
                    reportFile.flush();
                }
                if (file != null) {
                    file.flush();
                    backup = file.commit();
                }
                if (summaryFile != null) {
                    summaryBackup = summaryFile.commit();
                }
                if (reportFile != null) {
                    reportBackup = reportFile.commit();
                }
            }
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        err.print(result.text());
        backup.ifPresent(b -> err.println("the previous " + out + " is kept as " + b));
        summaryBackup.ifPresent(b -> err.println("the previous " + summary + " is kept as " + b));
        reportBackup.ifPresent(b -> err.println("the previous " + report + " is kept as " + b));
        if (report != null) {
            err.println("fleet report: " + report);
        }
        return result.errors() > 0 ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }

    /** Checked before a long run whose output could then not be written; the message names the option. */
    static void checkCanWrite(String option, Path target) {
        if (target == null) {
            return;
        }
        try {
            AtomicFileWriter.checkCanWrite(target);
        } catch (UserInputException e) {
            throw new UserInputException(option + " " + e.getMessage(), e);
        }
    }

    /**
     * The records, summary or report written over the fleet being read would lose it (and, for a fleet larger than
     * the read buffer, even the records: the run would read what it had just written).
     */
    private void refuseToOverwriteTheInput() {
        if ("-".equals(in)) {
            return;
        }
        if (!"-".equals(out) && sameFile(in, Path.of(out))) {
            throw new UserInputException("--out " + out + " is the fleet being read (--in): its records would replace it."
                    + " Write them to another file, e.g. --out advice.jsonl.");
        }
        if (summary != null && sameFile(in, summary)) {
            throw new UserInputException("--summary " + summary + " is the fleet being read (--in): the summary would"
                    + " replace it. Write it to another file, e.g. --summary summary.json.");
        }
        if (report != null && sameFile(in, report)) {
            throw new UserInputException("--report " + report + " is the fleet being read (--in): the report would"
                    + " replace it. Write it to another file, e.g. --report fleet.html.");
        }
    }

    /** Two of --out, --summary and --report naming one file would leave only the last, the others in backups. */
    private void refuseOneFileForTwoOutputs() {
        refuseOneFile("--out", "-".equals(out) ? null : Path.of(out), "--summary", summary, "--out advice.jsonl --summary summary.json");
        refuseOneFile("--out", "-".equals(out) ? null : Path.of(out), "--report", report, "--out advice.jsonl --report fleet.html");
        refuseOneFile("--summary", summary, "--report", report, "--summary summary.json --report fleet.html");
    }

    private static void refuseOneFile(String option, Path first, String otherOption, Path other, String example) {
        if (first == null || other == null) {
            return;
        }
        if (Files.exists(first) && !Files.isRegularFile(first)) {
            return; // /dev/null for both, say: nothing is replaced
        }
        if (first.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize()) || sameFile(first.toString(), other)) {
            throw new UserInputException(option + " and " + otherOption + " name the same file, " + first + ": one would"
                    + " replace the other. Give them two files, e.g. " + example + ".");
        }
    }

    private static boolean sameFile(String in, Path other) {
        try {
            return Files.exists(other) && Files.isSameFile(Path.of(in), other);
        } catch (IOException | RuntimeException e) {
            return false; // an --in that cannot be read is reported when it is opened
        }
    }

    /**
     * A UTF-16 file (Windows PowerShell 5's '>') or one pretty-printed document would give one error per line:
     * refuse either whole, once.
     */
    private static InputStream refuseWholeFaults(InputStream in, String name) throws IOException {
        return refuseWholeFaults(in, name, ", and run batch again.", true);
    }

    /**
     * {@code then} ends the UTF-16 message; {@code factsPerLine}: the input should hold facts documents, one per
     * line (batch), so a pretty-printed one is refused too.
     */
    static InputStream refuseWholeFaults(InputStream in, String name, String then, boolean factsPerLine) throws IOException {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
        byte[] head = new byte[4096];
        buffered.mark(head.length);
        int length = buffered.readNBytes(head, 0, head.length);
        buffered.reset();
        try {
            FactsReader.refuseUtf16(length > 0 ? head[0] & 0xFF : -1, length > 1 ? head[1] & 0xFF : -1, name, then);
            if (factsPerLine) {
                FleetStart.refuseOneMultiLineDocument(head, length, name);
            }
        } catch (UserInputException e) {
            buffered.close();
            throw e;
        }
        return buffered;
    }

    private static long sizeOf(String name) {
        try {
            Path p = Path.of(name);
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code takes}: what --in takes, for the messages ("a JSON Lines file (one facts document per line)"). */
    static InputStream open(String name, Console console, String takes, String sample) {
        if ("-".equals(name)) {
            return new java.io.FilterInputStream(console.in()) {
                @Override
                public void close() {
                    // standard input stays open
                }
            };
        }
        if (name.isEmpty()) {
            throw new UserInputException("--in: the file name is empty. Name a JSON Lines file, or '-' for standard input.");
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new UserInputException(name + ": is a folder. --in takes " + takes + ", or '-'.");
        }
        if (!Files.exists(path)) {
            throw new UserInputException(name + ": no such file. --in takes " + takes + "; " + sample + ".");
        }
        try {
            // A named pipe or /dev/stdin: FileInputStream, as Files.newInputStream's stream fails on them ("Illegal seek").
            return Files.isRegularFile(path) ? Files.newInputStream(path) : new java.io.FileInputStream(path.toFile());
        } catch (IOException e) {
            throw new UserInputException(name + ": cannot read: " + e.getMessage());
        }
    }

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

    /** One line on a terminal, redrawn at most five times a second: lines done, rate and, for a file, time left. */
    static final class ProgressBar {
        private final PrintWriter err;
        private final long totalBytes;
        private final long start = System.nanoTime();
        private long lastDraw;

        ProgressBar(PrintWriter err, long totalBytes) {
            this.err = err;
            this.totalBytes = totalBytes;
        }

        void update(long lines, long bytesDone) {
            long now = System.nanoTime();
            if (now - lastDraw < 200_000_000L) {
                return;
            }
            lastDraw = now;
            double seconds = (now - start) / 1e9;
            StringBuilder s = new StringBuilder("\r");
            if (totalBytes > 0) {
                double done = Math.min(1.0, (double) bytesDone / totalBytes);
                int filled = (int) (done * 20);
                s.append('[').append("#".repeat(filled)).append(" ".repeat(20 - filled)).append("] ");
                s.append(String.format(Locale.ROOT, "%3.0f%% ", done * 100));
                if (done > 0.01) {
                    s.append(String.format(Locale.ROOT, "%,d lines, %,.0f/s, %s left", lines, lines / seconds,
                            clock(seconds / done - seconds)));
                } else {
                    s.append(String.format(Locale.ROOT, "%,d lines", lines));
                }
            } else {
                s.append(String.format(Locale.ROOT, "%,d lines, %,.0f/s", lines, seconds > 0 ? lines / seconds : 0.0));
            }
            err.print(s.append("\u001b[K"));
            err.flush();
        }

        void clear() {
            err.print("\r\u001b[K");
            err.flush();
        }

        private static String clock(double seconds) {
            long s = Math.max(0, Math.round(seconds));
            return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }
}
