package dev.wsladvisor.wslconfig.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.Hosts;
import dev.wsladvisor.support.RuleFixture;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WslConfigLintRulesTest {

    private static List<LintFinding> lint(String text) {
        return RuleFixture.lint(text, ConfigDialect.WSLCONFIG);
    }

    private static List<String> ids(List<LintFinding> findings) {
        return findings.stream().map(LintFinding::ruleId).sorted().toList();
    }

    /**
     * Issue 18: "memory=8GB ; half" gets the message that ';' does not start a comment, with the
     * fix.
     */
    @Test
    void aSemicolonInsideAValueIsExplained() {
        assertThat(lint("[wsl2]\nmemory=8GB ; half\n"))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.ruleId()).isEqualTo("wslconfig-invalid-value");
                            assertThat(f.message())
                                    .contains("';' does not start a comment")
                                    .contains("memory=8GB # ...");
                        });
        assertThat(lint("[wsl2]\nkernelCommandLine=quiet ; keep it quiet\n"))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.ruleId()).isEqualTo("wslconfig-semicolon-in-value");
                            assertThat(f.message())
                                    .contains("';' does not start a comment")
                                    .contains("'quiet ; keep it quiet'");
                        });
    }

    /**
     * Issue 18: text from the file never reaches a terminal raw; control characters become visible
     * escapes.
     */
    @Test
    void controlCharactersFromTheFileAreEscapedInFindings() {
        List<LintFinding> f = lint("[wsl2]\nmem\u001b[31mory=8GB\nmemory=8\u001b]0;x\u0007GB\n");
        assertThat(f)
                .isNotEmpty()
                .allSatisfy(
                        x -> {
                            assertThat(x.message())
                                    .doesNotContain("\u001b")
                                    .doesNotContain("\u0007");
                            assertThat(x.key()).doesNotContain("\u001b");
                        });
        assertThat(f).extracting(LintFinding::message).anyMatch(m -> m.contains("\\x1b]0;x\\x07"));
    }

    /** Issue 18: the total uses the words of the lines: error, warning, info. */
    @Test
    void theTotalCountsInTheSeverityWordsOfItsLines() {
        List<LintFinding> f =
                lint(
                        "[experimental]\nnetworkingMode=mirrored\n[wsl2]\nmemroy=1\nmemory=8GB\nmemory=4GB\n");
        String text = LintReport.render(LintReport.Format.text, "f", f);
        assertThat(text)
                .endsWith("f: 1 error, 1 warning, 1 info\n")
                .contains(": error: ")
                .contains(": warning: ")
                .contains(": info: ");
        assertThat(
                        LintReport.render(
                                LintReport.Format.text,
                                "f",
                                lint("[wsl2]\nmemroy=1\nswap_file=1\n")))
                .endsWith("f: 2 errors, 0 warnings, 0 info\n");
    }

    @Test
    void aCleanFileHasNoFindings() {
        assertThat(
                        lint(
                                "# mine\n[wsl2]\nmemory=8GB\nprocessors=4\nswap=0\nkernelCommandLine = \"vsyscall=emulate\"\n"
                                        + "swapFile=C:\\\\wsl\\\\swap.vhdx\n[experimental]\nautoMemoryReclaim=gradual\n"))
                .isEmpty();
    }

    @Test
    void misspelledKeyGetsDidYouMean() {
        assertThat(lint("[wsl2]\nmemroy=8GB\n"))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.ruleId()).isEqualTo("wslconfig-unknown-key");
                            assertThat(f.severity()).isEqualTo("error");
                            assertThat(f.line()).isEqualTo(2);
                            assertThat(f.fix()).isEqualTo("did you mean memory?");
                            assertThat(f.source()).startsWith("https://");
                        });
    }

    @Test
    void misspelledSectionGetsDidYouMean() {
        assertThat(lint("[wls2]\nmemory=8GB\n"))
                .extracting(LintFinding::ruleId, LintFinding::fix)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "wslconfig-unknown-section", "did you mean [wsl2]?"));
    }

    @Test
    void keyBeforeSectionAndInWrongSectionAreErrors() {
        assertThat(ids(lint("memory=8GB\n[experimental]\nprocessors=2\n")))
                .containsExactly("wslconfig-key-before-section", "wslconfig-key-in-wrong-section");
    }

    @Test
    void legacyNetworkingKeyIsInfoAndItsLaterTwinADuplicate() {
        List<LintFinding> f =
                lint("[experimental]\nnetworkingMode=mirrored\n[wsl2]\nnetworkingMode=nat\n");
        assertThat(ids(f))
                .containsExactly("wslconfig-duplicate-key", "wslconfig-legacy-experimental-key");
        assertThat(f)
                .filteredOn(x -> x.ruleId().equals("wslconfig-duplicate-key"))
                .singleElement()
                .extracting(LintFinding::line)
                .isEqualTo(4);
    }

    @Test
    void wslConfSectionsInWslconfigAreFlagged() {
        assertThat(ids(lint("[boot]\nsystemd=true\n[automount]\nenabled=false\n")))
                .containsExactly("wslconfig-wslconf-section", "wslconfig-wslconf-section");
    }

    @Test
    void invalidUnitsAreErrorsThatNameWhatWasMeant() {
        List<LintFinding> f =
                lint(
                        "[wsl2]\nmemory=8gb\nswap=4 GB\ndefaultVhdSize=1.5GB\n[experimental]\nswiotlb=50%\n");
        assertThat(ids(f)).containsOnly("wslconfig-invalid-value").hasSize(4);
        assertThat(f).anySatisfy(x -> assertThat(x.message()).contains("did you mean 8GB?"));
    }

    @Test
    void singleBackslashesInPathsAreCaught() {
        List<LintFinding> f =
                lint("[wsl2]\nswapFile=C:\\tmp.vhdx\nkernel=C:\\Users\\me\\bzImage\n");
        assertThat(ids(f)).containsExactly("wslconfig-invalid-escape", "wslconfig-path-tab-escape");
        assertThat(f)
                .filteredOn(x -> x.ruleId().equals("wslconfig-invalid-escape"))
                .singleElement()
                .extracting(LintFinding::fix)
                .isEqualTo("write: kernel=C:\\\\Users\\\\me\\\\bzImage");
    }

    @Test
    void semicolonCommentIsAWarningWithTheHashForm() {
        assertThat(lint("[wsl2]\n; memory=4GB\n"))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.ruleId()).isEqualTo("wslconfig-semicolon-comment");
                            assertThat(f.fix()).isEqualTo("write: # memory=4GB");
                        });
    }

    @Test
    void removedAndIgnoredKeysAreWarnings() {
        assertThat(ids(lint("[wsl2]\npageReporting=false\n[experimental]\nsparseVhd=true\n")))
                .containsExactly("wslconfig-ignored-key", "wslconfig-removed-key");
    }

    @Test
    void crossKeyRulesSeeTheEffectiveValues() {
        assertThat(ids(lint("[wsl2]\nnetworkingMode=Mirrored\nlocalhostForwarding=true\n")))
                .containsExactly("wslconfig-localhost-forwarding-mirrored");
        assertThat(ids(lint("[experimental]\nhostAddressLoopback=true\n")))
                .containsExactly("wslconfig-mirrored-only");
        assertThat(ids(lint("[wsl2]\nkernelModules=C:\\\\m.vhdx\n")))
                .containsExactly("wslconfig-kernel-modules-without-kernel");
    }

    @Test
    void utf16WithoutBomIsAnError() {
        List<LintFinding> f =
                RuleFixture.lint(
                        "[wsl2]\r\nmemory=8GB\r\n".getBytes(StandardCharsets.UTF_16LE),
                        ConfigDialect.WSLCONFIG);
        assertThat(ids(f)).containsExactly("wslconfig-utf16-unreadable");
    }

    @Test
    void wslConfStopsAtItsFirstBadLineAndWslconfigSectionsThereAreFlagged() {
        List<LintFinding> f =
                RuleFixture.lint(
                        "[boot]\nsystemd=true\n[wsl2]\nmemory=8GB\n; x\n[user]\ndefault=me\n",
                        ConfigDialect.WSL_CONF);
        assertThat(ids(f))
                .containsExactly(
                        "wslconf-parsing-stops",
                        "wslconf-wslconfig-section",
                        "wslconfig-semicolon-comment");
    }

    @Test
    void wslConfHasItsOwnKeysAndSections() {
        List<LintFinding> f =
                RuleFixture.lint(
                        "[boot]\nsystemd=true\nsystemdd=true\n[automount]\nenabled=yes\n[netwrok]\n",
                        ConfigDialect.WSL_CONF);
        assertThat(ids(f))
                .containsExactly(
                        "wslconfig-invalid-value",
                        "wslconfig-unknown-key",
                        "wslconfig-unknown-section");
        assertThat(f)
                .filteredOn(x -> x.ruleId().equals("wslconfig-unknown-section"))
                .singleElement()
                .extracting(LintFinding::fix)
                .isEqualTo("did you mean [network]?");
    }

    @Test
    void aBrokenHeaderIsReportedAndTheOddNameOfTheNextKeyToo() {
        List<LintFinding> f = lint("[wsl2]\n[experimental\nmemory=8GB\n");
        assertThat(ids(f))
                .containsExactly("wslconfig-key-after-broken-header", "wslconfig-syntax-error");
    }

    @Test
    void memoryZeroIsANoteThatItMeansTheDefault() {
        assertThat(ids(lint("[wsl2]\nmemory=0\n"))).containsExactly("wslconfig-memory-zero");
        assertThat(ids(lint("[wsl2]\nmemory=0GB\n"))).containsExactly("wslconfig-memory-zero");
    }

    @Test
    void memoryBelowWslsMinimumGetsAHint() {
        List<LintFinding> f = lint("[wsl2]\nmemory=8\n");
        assertThat(ids(f)).containsExactly("wslconfig-memory-below-minimum");
        assertThat(f.get(0).message()).contains("8 bytes").contains("256 MB");
        assertThat(f.get(0).fix()).contains("memory=8GB");
        assertThat(lint("[wsl2]\nmemory=2048\n").get(0).fix()).contains("memory=2048MB");
        assertThat(ids(lint("[wsl2]\nmemory=100MB\n")))
                .containsExactly("wslconfig-memory-below-minimum");
        assertThat(lint("[wsl2]\nmemory=256MB\n")).isEmpty();
        assertThat(ids(lint("[wsl2]\nmemory=0\n"))).containsExactly("wslconfig-memory-zero");
    }

    @Test
    void safeModeLeftOnIsAWarning() {
        assertThat(ids(lint("[wsl2]\nsafeMode=true\n"))).containsExactly("wslconfig-safe-mode-on");
        assertThat(lint("[wsl2]\nsafeMode=false\n")).isEmpty();
    }

    @Test
    void kernelAndSwapFileNeedAbsoluteWindowsPaths() {
        assertThat(ids(lint("[wsl2]\nkernel=/home/me/bzImage\n")))
                .containsExactly("wslconfig-kernel-path-not-windows");
        assertThat(ids(lint("[wsl2]\nswapFile=swap.vhdx\n")))
                .containsExactly("wslconfig-swapfile-path-not-windows");
        assertThat(lint("[wsl2]\nkernel=/mnt/c/k/bzImage\n").get(0).fix())
                .isEqualTo("write kernel=C:\\\\k\\\\bzImage");
        assertThat(
                        lint(
                                "[wsl2]\nkernel=C:\\\\k\\\\bzImage\nswapFile=\\\\\\\\server\\\\s\\\\swap.vhdx\n"))
                .isEmpty();
    }

    @Test
    void wslConfKeysInWslconfigSayWhereTheyBelong() {
        List<LintFinding> f = lint("[wsl2]\nsystemd=true\n");
        assertThat(ids(f)).containsExactly("wslconfig-wslconf-key");
        assertThat(f.get(0).message()).contains("/etc/wsl.conf").contains("[boot]");
        assertThat(f.get(0).fix()).contains("systemd=true under [boot] in /etc/wsl.conf");
    }

    @Test
    void aNumberBeyond32BitsIsReadAsTheLargestAndSaysSo() {
        List<LintFinding> f = lint("[wsl2]\ndistributionStartTimeout=4294967296\n");
        assertThat(ids(f)).containsExactly("wslconfig-int-saturated");
        assertThat(f.get(0).message()).contains("2147483647");
        assertThat(lint("[wsl2]\ndistributionStartTimeout=2147483647\n")).isEmpty();
    }

    @Test
    void aKeyBelowARejectedHeaderIsBlamedOnTheHeaderNotOnItsSection() {
        List<LintFinding> f = lint("[experimental]\n[wsl2];x\nmemory=4GB\n");
        assertThat(ids(f))
                .containsExactly("wslconfig-key-after-broken-header", "wslconfig-syntax-error");
        assertThat(f).noneMatch(x -> x.message().contains("move it under"));
    }

    @Test
    void aKeyStartingWithADigitGetsTheNameWithoutIt() {
        List<LintFinding> f = lint("[wsl2]\n2memory=4GB\n");
        assertThat(f)
                .singleElement()
                .satisfies(
                        x -> {
                            assertThat(x.ruleId()).isEqualTo("wslconfig-syntax-error");
                            assertThat(x.fix()).isEqualTo("did you mean memory?");
                        });
        assertThat(lint("[wsl2]\nmemory 4GB\n").get(0).fix()).doesNotContain("did you mean");
    }

    @Test
    void everyBadIgnoredPortIsNamed() {
        List<LintFinding> f =
                lint(
                        "[wsl2]\nnetworkingMode=mirrored\n[experimental]\nignoredPorts=3000,70000,abc\n");
        assertThat(f)
                .filteredOn(x -> x.ruleId().equals("wslconfig-invalid-value"))
                .singleElement()
                .satisfies(
                        x ->
                                assertThat(x.message())
                                        .contains("'70000'")
                                        .contains("'abc'")
                                        .doesNotContain("'3000'"));
    }

    @Test
    void aNegativeSizeIsCalledNegativeNotTooBig() {
        List<LintFinding> f =
                RuleFixture.lint(
                        "[wsl2]\nmemory=-1GB\n",
                        ConfigDialect.WSLCONFIG,
                        Hosts.host().hardware(16384, 8).factsArray());
        assertThat(ids(f)).containsExactly("wslconfig-negative-size");
        assertThat(f.get(0).message()).contains("negative").contains("18446744072635809792");
    }

    @Test
    void sarifUsesUrisAndSeparateSentences() {
        assertThat(LintReport.uri("/tmp/a b/.wslconfig")).isEqualTo("file:///tmp/a%20b/.wslconfig");
        assertThat(LintReport.uri("my dir\\.wslconfig")).isEqualTo("my%20dir/.wslconfig");
        assertThat(LintReport.uri("C:\\Users\\me\\.wslconfig"))
                .isEqualTo("file:///C:/Users/me/.wslconfig");
        String sarif =
                LintReport.render(
                        LintReport.Format.sarif,
                        "/tmp/x y/.wslconfig",
                        List.of(
                                new LintFinding(
                                        "r",
                                        "error",
                                        ".wslconfig",
                                        0,
                                        0,
                                        "",
                                        "",
                                        "WSL cannot read any setting from it",
                                        "Save the file as UTF-8",
                                        "https://x")));
        assertThat(sarif)
                .contains(
                        "\"text\" : \"WSL cannot read any setting from it. Fix: Save the file as UTF-8.\"")
                .contains("\"uri\" : \"file:///tmp/x%20y/.wslconfig\"");
    }
}
