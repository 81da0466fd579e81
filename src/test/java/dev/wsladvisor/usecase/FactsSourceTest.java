package dev.wsladvisor.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.probe.HostProbe;
import dev.wsladvisor.probe.LinuxHost;
import dev.wsladvisor.probe.RecordedCommandRunner;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The facts of advise and ask, from a document, a host probe, or both, read in one place. */
class FactsSourceTest {

    private static final Path REPLAY = Path.of("src/test/resources/probe/en-store-wsl");

    private final List<String> notes = new ArrayList<>();

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A machine that is neither Windows nor Linux: nothing can be probed there. */
    private static Supplier<HostProbe> elsewhere() {
        LinuxHost nothing =
                new LinuxHost() {
                    @Override
                    public byte[] read(String path) {
                        return null;
                    }

                    @Override
                    public boolean exists(String path) {
                        return false;
                    }

                    @Override
                    public Map<String, String> environment() {
                        return Map.of();
                    }
                };
        return () -> new HostProbe("Plan 9", new RecordedCommandRunner(), nothing);
    }

    @Test
    void theDocumentIsMergedOverTheReplayAndWinsWhereBothSpeak() {
        FactsSource source = new FactsSource("-", false, REPLAY, null, false);
        FactsDocument facts =
                source.read(
                        stdin(
                                "{\"host\": {\"wsl\": {\"packageVersion\": \"9.9.9.9\"}}, \"answers\": {\"docker\": true}}"),
                        elsewhere(),
                        notes::add);
        assertThat(facts.json().at("/host/wsl/packageVersion").asText()).isEqualTo("9.9.9.9");
        assertThat(facts.json().at("/host/wsl/kernelVersion").isMissingNode())
                .as("probed, not in the document")
                .isFalse();
        assertThat(facts.json().at("/answers/docker").asBoolean()).isTrue();
    }

    @Test
    void aMachineThatIsNotWindowsSaysSoAndTheDocumentStands() {
        FactsSource source = new FactsSource("-", true, null, null, false);
        FactsDocument facts =
                source.read(stdin("{\"answers\": {\"docker\": true}}"), elsewhere(), notes::add);
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("Plan 9, not Windows or WSL"));
        assertThat(facts.json().at("/answers/docker").asBoolean()).isTrue();
    }

    @Test
    void twoSourcesOfHostFactsAreRefused() {
        FactsSource source = new FactsSource(null, true, REPLAY, null, false);
        assertThatThrownBy(() -> source.read(stdin(""), elsewhere(), notes::add))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("give one source of host facts");
    }

    @Test
    void theDocumentAndThePasteCannotBothBeStandardInput() {
        FactsSource source = new FactsSource("-", false, null, "-", false);
        assertThatThrownBy(() -> source.read(stdin("{}"), elsewhere(), notes::add))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("both want standard input");
    }

    @Test
    void withoutASourceNothingIsRead() {
        FactsSource source = new FactsSource(null, false, null, null, false);
        assertThat(source.given()).isFalse();
        assertThat(source.read(stdin("{}"), elsewhere(), notes::add)).isNull();
        assertThat(notes).isEmpty();
    }
}
