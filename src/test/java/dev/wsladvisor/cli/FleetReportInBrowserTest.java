package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet report as a person sees it: opened in a real headless Chromium (Debian's {@code
 * chromium}; set CHROME to another binary), its DOM read after the page's script ran, its network
 * activity logged, and a screenshot left in {@code target/fleet-report/} to look at. Skipped,
 * saying why, only where no Chromium can be found ({@code .ci/run} installs it; README "Running the
 * tests").
 */
class FleetReportInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of("target", "fleet-report");

    private static String chromium;
    private static Path page;
    private static JsonNode summary;

    @BeforeAll
    static void writeTheReportOfTheSampleFleet() throws IOException {
        chromium = findChromium().orElse(null);
        Files.createDirectories(OUT);
        page = OUT.resolve("fleet.html").toAbsolutePath();
        Path summaryFile = OUT.resolve("summary.json");
        CliRun run =
                CliRun.run(
                        "batch",
                        "--in",
                        "facts/fleet.jsonl",
                        "--out",
                        OUT.resolve("advice.jsonl").toString(),
                        "--summary",
                        summaryFile.toString(),
                        "--report",
                        page.toString(),
                        "--host-ids",
                        "3");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PROBLEMS_FOUND);
        summary = JSON.readTree(summaryFile.toFile());
    }

    @Test
    void thePageShowsTheTotalsAndTheHostsOfABlockerAndMakesNoRequest(@TempDir Path dir)
            throws Exception {
        assumeChromium();
        Path netLog = dir.resolve("net.json");
        String dom = browser(dir, "--dump-dom", "--log-net-log=" + netLog, page.toUri().toString());

        for (var outcome : iterable(summary.get("outcomes").fields())) {
            assertThat(tileNumber(dom, outcome.getKey()))
                    .as(outcome.getKey())
                    .isEqualTo(String.valueOf(outcome.getValue().asLong()));
        }
        JsonNode blocker = summary.at("/blockers/0");
        String host = blocker.at("/hostIds/0").asText();
        assertThat(dom)
                .contains(
                        "<code>" + blocker.get("id").asText() + "</code>",
                        "<span>" + host + "</span>");
        assertThat(dom)
                .as(
                        "the script ran under the page's Content-Security-Policy and drew the charts as SVG")
                .containsPattern(
                        "id=\"chart-outcomes\"[^>]*class=\"chart drawn\"|class=\"chart drawn\"[^>]*id=\"chart-outcomes\"")
                .contains("<svg");
        assertThat(requestsOfThePage(netLog)).as("requests the page made").isEmpty();
    }

    @Test
    void theNetworkCheckWouldSeeARequestIfThePageMadeOne(@TempDir Path dir) throws Exception {
        assumeChromium();
        Path leaky =
                Files.writeString(
                        dir.resolve("leaky.html"),
                        "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/pixel.png\"></body></html>");
        Path netLog = dir.resolve("net.json");
        browser(dir, "--dump-dom", "--log-net-log=" + netLog, leaky.toUri().toString());

        assertThat(requestsOfThePage(netLog)).containsExactly("http://127.0.0.1:9/pixel.png");
    }

    @Test
    void aScreenshotIsLeftForAPersonToLookAt(@TempDir Path dir) throws Exception {
        assumeChromium();
        Path shot = OUT.resolve("fleet-report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        browser(
                dir,
                "--window-size=1280,2200",
                "--hide-scrollbars",
                "--screenshot=" + shot,
                page.toUri().toString());

        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).isGreaterThan(20_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static void assumeChromium() {
        Assumptions.assumeTrue(
                chromium != null,
                "no Chromium found (chromium, chromium-browser or $CHROME): install it with"
                        + " 'apt-get install chromium' to run the browser test of the fleet report; .ci/run does so");
    }

    /** The outcome's number in its tile at the top of the page. */
    private static String tileNumber(String dom, String key) {
        Matcher m =
                Pattern.compile("id=\"total-" + key + "\"[^>]*><span class=\"n\">([^<]*)</span>")
                        .matcher(dom);
        return m.find() ? m.group(1).replace(",", "") : null;
    }

    /**
     * URLs the page itself asked for, from Chromium's net log: requests made for a page carry its
     * origin as the initiator ("null" for a file), while the browser's own background requests have
     * none ("not an origin").
     */
    private static List<String> requestsOfThePage(Path netLog) throws IOException {
        JsonNode log = JSON.readTree(netLog.toFile());
        int startJob = log.at("/constants/logEventTypes/URL_REQUEST_START_JOB").asInt(-1);
        assertThat(startJob).as("net log event types").isPositive();
        List<String> out = new ArrayList<>();
        for (JsonNode e : log.get("events")) {
            JsonNode p = e.path("params");
            if (e.path("type").asInt() == startJob
                    && p.has("url")
                    && !"not an origin".equals(p.path("initiator").asText())
                    && !p.path("url").asText().startsWith("file:")) {
                out.add(p.path("url").asText());
            }
        }
        return out;
    }

    /**
     * Runs headless Chromium with a new profile and no background services; returns what it
     * printed.
     */
    private static String browser(Path dir, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                chromium,
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-dev-shm-usage", // a container's small /dev/shm would
                                // crash it on a large page
                                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process p =
                new ProcessBuilder(command)
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(
                    "chromium did not finish in 90 s: " + Files.readString(stderr));
        }
        assertThat(p.exitValue()).as("chromium: " + Files.readString(stderr)).isZero();
        return Files.readString(stdout);
    }

    private static Optional<String> findChromium() {
        String given = System.getenv("CHROME");
        if (given != null && !given.isBlank()) {
            return Optional.of(given);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return Optional.of(f.getPath());
                }
            }
        }
        return Optional.empty();
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
