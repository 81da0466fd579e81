package dev.wsladvisor.usecase;

import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import dev.wsladvisor.batch.BatchRunner;
import dev.wsladvisor.batch.FleetReport;
import dev.wsladvisor.batch.RecordFormat;
import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.rules.RuleBase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * batch: advising a fleet, one record per line, and writing the records, the summary and the report
 * together.
 */
public final class FleetRun {

    private FleetRun() {}

    /**
     * What batch is asked to do. {@code in} and {@code out}: a file, or '-' for standard input or
     * output; {@code summary} and {@code report}: a file, or null.
     */
    public record Request(
            String in,
            String out,
            Path summary,
            Path report,
            RecordFormat format,
            boolean whatIf,
            boolean strict,
            int threads,
            int hostIds) {}

    /** The run's result, and the backups of the files it replaced. */
    public record Done(
            BatchRunner.Result result,
            Optional<Path> recordsBackup,
            Optional<Path> summaryBackup,
            Optional<Path> reportBackup) {}

    /**
     * Refused before a long run: bad counts, outputs over the fleet or over each other, outputs
     * that could not be written.
     */
    public static void check(Request r) {
        FleetOutputChecks.refuseBelow("--threads", r.threads(), 1);
        FleetOutputChecks.refuseBelow("--host-ids", r.hostIds(), 0);
        FleetOutputChecks.refuseToOverwriteTheFleet(r.in(), r.out(), r.summary(), r.report());
        FleetOutputChecks.refuseOneFileForTwoOutputs(r.out(), r.summary(), r.report());
        // Checked now, not after a long run whose summary or report could then not be written.
        FleetOutputChecks.checkCanWrite("--summary", r.summary());
        FleetOutputChecks.checkCanWrite("--report", r.report());
    }

    /**
     * Runs the fleet of {@code r.in()} ('-': {@code stdin}) through {@code rules}; the records go
     * to {@code r.out()} ('-': {@code stdout}). A file named by --out appears whole when the run is
     * done, or not at all: never half a fleet's records; the summary and report are written before
     * any file is put in place, so that they change together. {@code version} names the tool on the
     * report.
     */
    public static Done run(
            Request r,
            RuleBase rules,
            InputStream stdin,
            Writer stdout,
            BatchRunner.Progress progress,
            String version,
            Clock clock)
            throws IOException {
        // As advise without --wslconfig: the suggested .wslconfig for each host, from the rules.
        WslConfigAdviceReporter wslconfig = new WslConfigAdviceReporter(null);
        BatchRunner runner =
                new BatchRunner(
                        () ->
                                new AdviceAssembler(
                                        new Advisor(rules, wslconfig.extraFacts()), wslconfig),
                        r.strict(),
                        r.whatIf(),
                        r.format(),
                        r.threads(),
                        r.hostIds());
        AtomicFileWriter files = new AtomicFileWriter(clock);
        try (InputStream input =
                        FleetInput.refuseWholeFaults(
                                FleetInput.open(
                                        r.in(),
                                        stdin,
                                        "a JSON Lines file (one facts document per line)",
                                        "facts/fleet.jsonl is a sample"),
                                FleetInput.displayName(r.in()),
                                ", and run batch again.",
                                true);
                AtomicFileWriter.Replacement file =
                        "-".equals(r.out()) ? null : files.replace(Path.of(r.out()))) {
            Writer output =
                    file == null
                            ? stdout
                            : new BufferedWriter(
                                    new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8),
                                    1 << 16);
            BatchRunner.Result result = runner.run(input, output, progress);
            output.flush();
            FleetReport summarized = result.report();
            Optional<Path> backup = Optional.empty();
            Optional<Path> summaryBackup = Optional.empty();
            Optional<Path> reportBackup = Optional.empty();
            try (AtomicFileWriter.Replacement summaryFile =
                            r.summary() == null ? null : files.replace(r.summary());
                    AtomicFileWriter.Replacement reportFile =
                            r.report() == null ? null : files.replace(r.report())) {
                if (summaryFile != null) {
                    summaryFile.stream().write(FleetOutputs.summaryJson(summarized));
                    summaryFile.flush();
                }
                if (reportFile != null) {
                    reportFile.stream()
                            .write(
                                    FleetOutputs.html(
                                            summarized,
                                            version,
                                            "-".equals(r.out()) ? null : r.out(),
                                            r.format() == RecordFormat.jsonl,
                                            ZonedDateTime.now(clock)));
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
            return new Done(result, backup, summaryBackup, reportBackup);
        }
    }
}
