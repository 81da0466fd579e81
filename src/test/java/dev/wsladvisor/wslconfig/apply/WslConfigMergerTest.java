package dev.wsladvisor.wslconfig.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.ParsedEntry;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WslConfigMergerTest {

    private final WslConfigMerger merger = new WslConfigMerger(KeyCatalog.builtIn());

    private static SuggestedSetting s(String section, String key, String value) {
        return new SuggestedSetting(section, key, value, "because", "https://example.org", "test");
    }

    private String merge(String text, SuggestedSetting... settings) {
        return merger.merge(WslConfigDocument.ofText(text), List.of(settings)).document().text();
    }

    private String mergeReplacing(
            String text, java.util.Set<Integer> harmfulLines, SuggestedSetting... settings) {
        return merger.merge(WslConfigDocument.ofText(text), List.of(settings), harmfulLines)
                .document()
                .text();
    }

    @Test
    void replacesOnlyTheValueAndKeepsSpacingAndInlineComment() {
        assertThat(
                        merge(
                                "# mine\n[wsl2]\nmemory = 4 GB   # was too small\nfoo=bar\n",
                                s("wsl2", "memory", "8GB")))
                .isEqualTo("# mine\n[wsl2]\nmemory = 8GB   # was too small\nfoo=bar\n");
    }

    /**
     * Issue 12: apply keeps a value the person set unless WSL cannot read it or it harms this PC.
     */
    @Test
    void aValidValueThePersonSetIsKeptAndReportedAsKept() {
        WslConfigMerger.Result r =
                merger.merge(
                        WslConfigDocument.ofText("[wsl2]\nmemory=12GB\n"),
                        List.of(s("wsl2", "memory", "8GB"), s("wsl2", "swap", "0")));
        assertThat(r.document().text()).isEqualTo("[wsl2]\nmemory=12GB\nswap=0\n");
        assertThat(r.changes())
                .extracting(WslConfigMerger.Change::kind)
                .containsExactly(
                        WslConfigMerger.Change.Kind.KEPT, WslConfigMerger.Change.Kind.ADDED);
        assertThat(r.changes().get(0).line()).isEqualTo(2);
        assertThat(r.changes().get(0).oldValue()).isEqualTo("12GB");
    }

    @Test
    void aValueOnAHarmfulLineIsReplaced() {
        assertThat(
                        mergeReplacing(
                                "[wsl2]\nnetworkingMode=mirrored\n",
                                java.util.Set.of(2),
                                s("wsl2", "networkingMode", "nat")))
                .isEqualTo("[wsl2]\nnetworkingMode=nat\n");
        assertThat(
                        mergeReplacing(
                                "[wsl2]\nnetworkingMode=mirrored\n",
                                java.util.Set.of(),
                                s("wsl2", "networkingMode", "nat")))
                .isEqualTo("[wsl2]\nnetworkingMode=mirrored\n");
    }

    @Test
    void anEmptyValueBeforeACommentGetsTheValueAndKeepsTheComment() {
        assertThat(merge("[wsl2]\nmemory= # fill in\n", s("wsl2", "memory", "8GB")))
                .isEqualTo("[wsl2]\nmemory= 8GB # fill in\n");
    }

    @Test
    void addsAMissingKeyAtTheEndOfItsSectionBeforeTheNextSection() {
        assertThat(
                        merge(
                                "[wsl2]\nmemory=8GB\n\n[experimental]\nsparseVhd=true\n",
                                s("wsl2", "swap", "0")))
                .isEqualTo("[wsl2]\nmemory=8GB\nswap=0\n\n[experimental]\nsparseVhd=true\n");
    }

    @Test
    void addsANewSectionAtTheEndWithTheFilesLineEnding() {
        assertThat(merge("# only a comment\r\n", s("experimental", "autoMemoryReclaim", "gradual")))
                .isEqualTo(
                        "# only a comment\r\n\r\n[experimental]\r\nautoMemoryReclaim=gradual\r\n");
    }

    @Test
    void aLastLineWithoutLineEndingGetsOneBeforeNewLines() {
        assertThat(merge("[wsl2]\nmemory=8GB", s("wsl2", "processors", "4")))
                .isEqualTo("[wsl2]\nmemory=8GB\nprocessors=4\n");
    }

    @Test
    void theFirstOccurrenceIsTheOneChangedBecauseWslReadsOnlyIt() {
        assertThat(merge("[wsl2]\nmemory=8gb\nmemory=2GB\n", s("wsl2", "memory", "6GB")))
                .isEqualTo("[wsl2]\nmemory=6GB\nmemory=2GB\n");
    }

    @Test
    void aLegacyExperimentalKeyIsUpdatedInPlace() {
        assertThat(
                        mergeReplacing(
                                "[experimental]\nnetworkingMode=nat\n",
                                java.util.Set.of(2),
                                s("wsl2", "networkingMode", "mirrored")))
                .isEqualTo("[experimental]\nnetworkingMode=mirrored\n");
    }

    @Test
    void anEquivalentValueIsLeftAlone() {
        WslConfigMerger.Result r =
                merger.merge(
                        WslConfigDocument.ofText("[WSL2]\nMemory=8192MB\nguiApplications=TRUE\n"),
                        List.of(s("wsl2", "memory", "8GB"), s("wsl2", "guiApplications", "true")));
        assertThat(r.changed()).isFalse();
    }

    @Test
    void keysBeforeAnySectionDoNotCountAndTheSettingGoesIntoItsSection() {
        assertThat(merge("memory=4GB\n", s("wsl2", "memory", "8GB")))
                .isEqualTo("memory=4GB\n\n[wsl2]\nmemory=8GB\n");
    }

    /**
     * Settings added after a Ctrl-Z would never be read (the Windows C runtime ends the file
     * there).
     */
    @Test
    void aFileWithCtrlZIsRefusedBecauseAddedLinesWouldBeIgnored() {
        assertThatThrownBy(
                        () ->
                                merger.merge(
                                        WslConfigDocument.ofText("[wsl2]\u001amemory=4GB\n"),
                                        List.of(s("wsl2", "swap", "0"))))
                .isInstanceOf(UserInputException.class)
                .hasMessage(
                        "line 1 holds a Ctrl-Z character (0x1A), where WSL stops reading the file, so settings added"
                                + " after it would be ignored: delete the Ctrl-Z, then run apply again");
    }

    @Test
    void utf16FilesAreRefusedWithAFix() {
        byte[] bytes = ("\uFEFF[wsl2]\r\n").getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(
                        () ->
                                merger.merge(
                                        WslConfigDocument.read(bytes),
                                        List.of(s("wsl2", "swap", "0"))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("UTF-8");
    }

    @Property(tries = 300)
    void mergingKeepsEveryOtherLineAndASecondMergeChangesNothing(@ForAll("files") String text) {
        List<SuggestedSetting> settings =
                List.of(
                        s("wsl2", "memory", "8GB"),
                        s("wsl2", "swap", "2GB"),
                        s("experimental", "autoMemoryReclaim", "gradual"),
                        s("wsl2", "networkingMode", "mirrored"));
        WslConfigDocument original = WslConfigDocument.ofText(text);
        WslConfigMerger.Result first = merger.merge(original, settings);
        WslConfigMerger.Result second = merger.merge(first.document(), settings);
        assertThat(second.changed()).isFalse();
        assertThat(second.document().toBytes()).isEqualTo(first.document().toBytes());
        // only the line WSL reads for a suggested key (the first occurrence) may change
        ParseResult before = WslConfigParser.parse(original, ConfigDialect.WSLCONFIG);
        List<Integer> touched =
                settings.stream()
                        .map(
                                st ->
                                        KeyCatalog.builtIn()
                                                .find(ConfigDialect.WSLCONFIG, st.fullName())
                                                .orElseThrow())
                        .flatMap(
                                spec ->
                                        before.entries().stream()
                                                .filter(e -> spec.matches(e.effectiveName()))
                                                .limit(1))
                        .map(ParsedEntry::line)
                        .toList();
        // every original line that was not a replaced value line survives, in order
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 1; i <= original.lineCount(); i++) {
            if (!touched.contains(i)) {
                kept.add(original.lineText(i));
            }
        }
        if (!kept.isEmpty()) {
            assertThat(first.document().textLines()).containsSubsequence(kept);
        }
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> line =
                Arbitraries.of(
                        "[wsl2]",
                        "[experimental]",
                        "[WSL2]",
                        "[boot]",
                        "# comment",
                        "",
                        "memory=4GB",
                        "memory = 16gb  # half",
                        "Swap=0",
                        "networkingMode=NAT",
                        "unknownKey=1",
                        "; old",
                        "[ wsl2 ]",
                        "kernel=C:\\Users\\k",
                        "processors=2",
                        "autoMemoryReclaim=dropCache",
                        "kernelCommandLine=\"a # b\"");
        Arbitrary<String> ending = Arbitraries.of("\n", "\r\n");
        return net.jqwik.api.Combinators.combine(
                        line.list().ofMaxSize(12), ending, Arbitraries.of(true, false))
                .as(
                        (lines, end, trailing) -> {
                            String joined = String.join(end, lines);
                            return trailing && !lines.isEmpty() ? joined + end : joined;
                        });
    }
}
