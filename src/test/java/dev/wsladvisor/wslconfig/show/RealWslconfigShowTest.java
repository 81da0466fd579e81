package dev.wsladvisor.wslconfig.show;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code wslconfig show} on the real files of src/test/resources/wslconfig/real (sources in
 * SOURCES.md): every file must have its hand-checked {@code NAME.show.json}, and show must report
 * exactly those effective values.
 */
class RealWslconfigShowTest {

    private static final Path DIR = Path.of("src/test/resources/wslconfig/real");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> corpus() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".wslconfig")).sorted();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void showReportsTheValuesWslUses(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path expectedFile =
                DIR.resolve(
                        name.substring(0, name.length() - ".wslconfig".length()) + ".show.json");
        assertThat(expectedFile).as("hand-checked expectation for " + name).exists();
        ObjectNode expected = (ObjectNode) JSON.readTree(expectedFile.toFile());
        expected.remove("source");

        ParseResult parsed =
                WslConfigParser.parse(
                        WslConfigDocument.read(Files.readAllBytes(file)), ConfigDialect.WSLCONFIG);
        EffectiveConfig shown = EffectiveConfig.of(name, parsed, KeyCatalog.builtIn(), null);
        JsonNode report =
                JSON.readTree(
                                EffectiveConfigReport.render(
                                        EffectiveConfigReport.Format.json, List.of(shown)))
                        .get("files")
                        .get(0);
        ObjectNode actual = JSON.createObjectNode();
        ObjectNode settings = actual.putObject("settings");
        report.get("settings")
                .fields()
                .forEachRemaining(e -> settings.set(e.getKey(), e.getValue().get("value")));
        ArrayNode ignored = actual.putArray("ignored");
        report.get("ignored")
                .forEach(
                        i ->
                                ignored.addObject()
                                        .put("line", i.get("line").asInt())
                                        .put("key", i.get("key").asText()));

        assertThat(actual).as(name).isEqualTo(expected);
        // the JSON keeps the file's order and each setting's line and text
        report.get("settings")
                .fields()
                .forEachRemaining(
                        e -> {
                            assertThat(e.getValue().get("line").asInt()).isPositive();
                            assertThat(e.getValue().get("text").isTextual()).isTrue();
                        });
    }
}
