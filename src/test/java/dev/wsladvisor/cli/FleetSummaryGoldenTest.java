package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The summary JSON of whole fleets, field by field, against files checked in beside the tests: the
 * sample fleet and 400 hosts from {@code bench/gen-fleet.py 400 --bad-every 97 --seed 15}
 * (src/test/resources/fleet/README.md). After a deliberate change to the rules or the summary,
 * rewrite them with {@code -Dgolden.update=true} and read the diff before committing it.
 */
class FleetSummaryGoldenTest {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParameterizedTest
    @CsvSource({
        "facts/fleet.jsonl, src/test/resources/fleet/fleet.summary.json, ''",
        "src/test/resources/fleet/generated-400.jsonl, src/test/resources/fleet/generated-400.summary.json, ''",
        "src/test/resources/fleet/generated-400.jsonl, src/test/resources/fleet/generated-400.what-if.summary.json, --what-if"
    })
    void theSummaryOfAFleetIsTheOneCheckedIn(
            String fleet, String golden, String whatIf, @TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.json");
        CliRun run =
                whatIf.isEmpty()
                        ? CliRun.run(
                                "batch",
                                "--in",
                                fleet,
                                "--out",
                                "/dev/null",
                                "--summary",
                                summary.toString(),
                                "--host-ids",
                                "20")
                        : CliRun.run(
                                "batch",
                                "--in",
                                fleet,
                                "--out",
                                "/dev/null",
                                "--summary",
                                summary.toString(),
                                "--host-ids",
                                "20",
                                whatIf);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);

        String actual =
                JSON.writeValueAsString(withoutTimes(JSON.readTree(summary.toFile()))) + "\n";
        Path expected = Path.of(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
    }

    /** The run's seconds and rate differ from run to run; everything else is fixed by the input. */
    static JsonNode withoutTimes(JsonNode summary) {
        ObjectNode s = (ObjectNode) summary;
        s.remove("seconds");
        s.remove("hostsPerSecond");
        return s;
    }
}
