package dev.wsladvisor.usecase;

import dev.wsladvisor.batch.AdviceRecords;
import dev.wsladvisor.batch.BatchRunner;
import dev.wsladvisor.batch.FleetReport;
import dev.wsladvisor.io.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * report: the fleet report, and the summary, from the records of an earlier batch run, without
 * advising again.
 */
public final class FleetReportRun {

    private FleetReportRun() {}

    /** The records' summary, and the backups of the files it replaced. */
    public record Done(
            BatchRunner.Result result, Optional<Path> pageBackup, Optional<Path> summaryBackup) {}

    /**
     * Refused before reading: a bad count, an output over the records or over the other output, or
     * one that cannot be written.
     */
    public static void check(String in, Path out, Path summary, int hostIds) {
        FleetOutputChecks.refuseBelow("--host-ids", hostIds, 0);
        FleetOutputChecks.refuseReportOverRecords(in, out, summary);
    }

    /**
     * Reads the records of {@code in} ('-': {@code stdin}) and writes the page to {@code out} and
     * the summary to {@code summary} (or none), both put in place only when both are written.
     * {@code version} names the tool on the page.
     */
    public static Done run(
            String in,
            Path out,
            Path summary,
            int hostIds,
            InputStream stdin,
            String version,
            Clock clock)
            throws IOException {
        String name = FleetInput.displayName(in);
        BatchRunner.Result result;
        try (InputStream input =
                FleetInput.refuseWholeFaults(
                        FleetInput.open(
                                in,
                                stdin,
                                "the records of batch --out (JSON Lines)",
                                "make them with wsl-advisor batch --in facts/fleet.jsonl --out advice.jsonl"),
                        name,
                        ", and run report again.",
                        false)) {
            result = AdviceRecords.summarize(input, name, hostIds);
        }
        FleetReport report = result.report();
        AtomicFileWriter files = new AtomicFileWriter(clock);
        Optional<Path> summaryBackup = Optional.empty();
        Optional<Path> backup;
        try (AtomicFileWriter.Replacement summaryFile =
                        summary == null ? null : files.replace(summary);
                AtomicFileWriter.Replacement page = files.replace(out)) {
            if (summaryFile != null) {
                summaryFile.stream().write(FleetOutputs.summaryJson(report));
                summaryFile.flush();
            }
            page.stream()
                    .write(
                            FleetOutputs.html(
                                    report,
                                    version,
                                    "-".equals(in) ? null : in,
                                    true,
                                    ZonedDateTime.now(clock)));
            page.flush();
            if (summaryFile != null) {
                summaryBackup = summaryFile.commit();
            }
            backup = page.commit();
        }
        return new Done(result, backup, summaryBackup);
    }
}
