package dev.wsladvisor.wslconfig.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.RuleFixture;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real files from public repositories (see src/test/resources/wslconfig/real/SOURCES.md). */
class RealWslconfigCorpusTest {

    private static final Path DIR = Path.of("src/test/resources/wslconfig/real");

    static Stream<Path> corpus() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".wslconfig")).sorted();
    }

    private static List<String> findings(String name) throws IOException {
        return RuleFixture.lint(Files.readAllBytes(DIR.resolve(name)), ConfigDialect.WSLCONFIG)
                .stream()
                .map(f -> f.line() + ":" + f.ruleId())
                .sorted()
                .toList();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyRealFileLintsAndRoundTrips(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(WslConfigDocument.read(bytes).toBytes()).isEqualTo(bytes);
        List<LintFinding> f = RuleFixture.lint(bytes, ConfigDialect.WSLCONFIG);
        assertThat(f).allSatisfy(x -> assertThat(x.message()).isNotBlank());
    }

    @Test
    void sourcesListsEveryFile() throws IOException {
        String sources = Files.readString(DIR.resolve("SOURCES.md"));
        try (Stream<Path> files = corpus()) {
            files.forEach(p -> assertThat(sources).contains(p.getFileName().toString()));
        }
    }

    @Test
    void wslConfSectionsAndAnInventedKeyAreCaught() throws IOException {
        assertThat(findings("1archit3ct1__orchestrator.wslconfig"))
                .containsExactly(
                        "14:wslconfig-unknown-key",
                        "16:wslconfig-wslconf-section",
                        "20:wslconfig-wslconf-section");
    }

    @Test
    void pageReportingFromOldGuidesIsNoLongerRead() throws IOException {
        assertThat(findings("CaioLorensetti__wsl2.wslconfig"))
                .containsExactly("23:wslconfig-removed-key");
    }

    @Test
    void localhostForwardingBesideMirroredIsPointless() throws IOException {
        assertThat(findings("7ruedzn__wsl.wslconfig"))
                .containsExactly("6:wslconfig-localhost-forwarding-mirrored");
    }

    @Test
    void networkingKeysLeftInExperimentalStillWorkAndSparseVhdIsIgnored() throws IOException {
        assertThat(findings("Huliiiiii__config.wslconfig"))
                .containsExactly(
                        "3:wslconfig-legacy-experimental-key",
                        "4:wslconfig-legacy-experimental-key",
                        "5:wslconfig-legacy-experimental-key",
                        "6:wslconfig-ignored-key");
    }

    @Test
    void tidyFilesHaveNothingToSay() throws IOException {
        for (String name :
                List.of(
                        "Alex-D__dotfiles.wslconfig",
                        "Docker-fixer-upper__custom-wsl2-linux-kernel.wslconfig",
                        "4ahul__dhara-redevelopment.wslconfig",
                        "GitForlifeyall__youtube-redroid-automation.wslconfig")) {
            assertThat(findings(name)).as(name).isEmpty();
        }
    }
}
