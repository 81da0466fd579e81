package dev.wsladvisor.usecase;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.io.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What batch and report refuse before a long run: an output that would replace the input or another
 * output, or that could not be written at the end.
 */
public final class FleetOutputChecks {

    private FleetOutputChecks() {}

    /**
     * Checked before a long run whose output could then not be written; the message names the
     * option.
     */
    public static void checkCanWrite(String option, Path target) {
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
     * The records, summary or report written over the fleet being read would lose it (and, for a
     * fleet larger than the read buffer, even the records: the run would read what it had just
     * written).
     */
    public static void refuseToOverwriteTheFleet(String in, String out, Path summary, Path report) {
        if ("-".equals(in)) {
            return;
        }
        if (!"-".equals(out) && sameFile(in, Path.of(out))) {
            throw new UserInputException(
                    "--out "
                            + out
                            + " is the fleet being read (--in): its records would replace it."
                            + " Write them to another file, e.g. --out advice.jsonl.");
        }
        if (summary != null && sameFile(in, summary)) {
            throw new UserInputException(
                    "--summary "
                            + summary
                            + " is the fleet being read (--in): the summary would"
                            + " replace it. Write it to another file, e.g. --summary summary.json.");
        }
        if (report != null && sameFile(in, report)) {
            throw new UserInputException(
                    "--report "
                            + report
                            + " is the fleet being read (--in): the report would"
                            + " replace it. Write it to another file, e.g. --report fleet.html.");
        }
    }

    /**
     * Two of --out, --summary and --report naming one file would leave only the last, the others in
     * backups.
     */
    public static void refuseOneFileForTwoOutputs(String out, Path summary, Path report) {
        Path records = "-".equals(out) ? null : Path.of(out);
        refuseOneFile(
                "--out",
                records,
                "--summary",
                summary,
                "--out advice.jsonl --summary summary.json");
        refuseOneFile(
                "--out", records, "--report", report, "--out advice.jsonl --report fleet.html");
        refuseOneFile(
                "--summary",
                summary,
                "--report",
                report,
                "--summary summary.json --report fleet.html");
    }

    private static void refuseOneFile(
            String option, Path first, String otherOption, Path other, String example) {
        if (first == null || other == null) {
            return;
        }
        if (Files.exists(first) && !Files.isRegularFile(first)) {
            return; // /dev/null for both, say: nothing is replaced
        }
        if (first.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize())
                || sameFile(first.toString(), other)) {
            throw new UserInputException(
                    option
                            + " and "
                            + otherOption
                            + " name the same file, "
                            + first
                            + ": one would"
                            + " replace the other. Give them two files, e.g. "
                            + example
                            + ".");
        }
    }

    /**
     * report's outputs: neither may be the records it reads (--in), nor may the two be one file.
     */
    public static void refuseReportOverRecords(String in, Path out, Path summary) {
        refuseOverRecords("--out", in, out);
        refuseOverRecords("--summary", in, summary);
        if (summary != null
                && out.toAbsolutePath().normalize().equals(summary.toAbsolutePath().normalize())) {
            throw new UserInputException(
                    "--out and --summary name the same file, "
                            + out
                            + ": one would replace the other."
                            + " Give them two files, e.g. --out fleet.html --summary summary.json.");
        }
    }

    private static void refuseOverRecords(String option, String in, Path target) {
        if (target == null) {
            return;
        }
        checkCanWrite(option, target);
        try {
            if (!"-".equals(in) && Files.exists(target) && Files.isSameFile(Path.of(in), target)) {
                throw new UserInputException(
                        option
                                + " "
                                + target
                                + " is the records being read (--in): they would be"
                                + " replaced. Write it to another file, e.g. --out fleet.html.");
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            // an --in that cannot be read is reported when it is opened
        }
    }

    private static boolean sameFile(String in, Path other) {
        try {
            return Files.exists(other) && Files.isSameFile(Path.of(in), other);
        } catch (IOException | RuntimeException e) {
            return false; // an --in that cannot be read is reported when it is opened
        }
    }

    /** Counts given as options: at least {@code min}. */
    public static void refuseBelow(String option, int value, int min) {
        if (value < min) {
            throw new UserInputException(
                    option + " must be " + min + " or more, found " + value + ".");
        }
    }
}
