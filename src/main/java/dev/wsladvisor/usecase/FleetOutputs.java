package dev.wsladvisor.usecase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wsladvisor.batch.FleetReport;
import dev.wsladvisor.batch.HtmlReport;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The two renderings of a fleet's summary that batch and report write: the JSON and the HTML page.
 */
public final class FleetOutputs {

    private FleetOutputs() {}

    public static byte[] summaryJson(FleetReport report) throws JsonProcessingException {
        return (new ObjectMapper()
                                .enable(SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(report)
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code version}: the tool's name and version, as the page says who made it; {@code records}:
     * the records' file, or null when they went to standard output; {@code jsonLines}: whether they
     * are JSON Lines, which the commands the page suggests (jq) can read.
     */
    public static byte[] html(
            FleetReport report,
            String version,
            String records,
            boolean jsonLines,
            ZonedDateTime now) {
        String madeBy =
                version
                        + ", "
                        + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT))
                        + (records == null ? "" : ", records in " + records);
        return new HtmlReport(report, jsonLines ? records : null, madeBy)
                .render()
                .getBytes(StandardCharsets.UTF_8);
    }
}
