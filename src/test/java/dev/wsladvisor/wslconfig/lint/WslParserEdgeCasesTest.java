package dev.wsladvisor.wslconfig.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.RuleFixture;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.show.EffectiveConfig;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Odd bytes where a naive reader and WSL's own parser part ways; each case follows the WSL source
 * at commit 3e27a6a50177ce4e32e72f7b957aef5db5768062 (https://github.com/microsoft/WSL, read, not
 * copied), cited by line. Each is checked twice: what {@code wslconfig show} says WSL uses, and
 * what {@code lint} says about it.
 */
class WslParserEdgeCasesTest {

    private static final String SRC =
            "https://github.com/microsoft/WSL/blob/3e27a6a50177ce4e32e72f7b957aef5db5768062/";

    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    static EffectiveConfig show(byte[] bytes, ConfigDialect dialect, EffectiveConfig.Host host) {
        ParseResult r = WslConfigParser.parse(WslConfigDocument.read(bytes), dialect);
        return EffectiveConfig.of("f", r, KeyCatalog.builtIn(), host);
    }

    static EffectiveConfig show(byte[] bytes, ConfigDialect dialect) {
        return show(bytes, dialect, null);
    }

    static EffectiveConfig show(String text) {
        return show(text.getBytes(StandardCharsets.UTF_8), ConfigDialect.WSLCONFIG);
    }

    static Object value(EffectiveConfig c, String name) {
        EffectiveConfig.Setting s = c.settings().get(name);
        return s == null ? null : s.value();
    }

    static List<String> rules(byte[] bytes, ConfigDialect dialect) {
        return RuleFixture.lint(bytes, dialect).stream()
                .map(f -> f.line() + ":" + f.ruleId())
                .sorted()
                .toList();
    }

    /** configfile.cpp:712-713: a CR right after a backslash is skipped, not an invalid escape. */
    @Test
    void backslashBeforeCrlfEndsTheValueAndWslConfGoesOnBeingRead() {
        String cite = SRC + "src/shared/configfile/configfile.cpp#L712";
        byte[] conf = bytes("[boot]\r\ncommand=echo hi\\\r\nsystemd=true\r\n");
        EffectiveConfig c = show(conf, ConfigDialect.WSL_CONF);
        assertThat(value(c, "boot.command")).as(cite).isEqualTo("echo hi");
        assertThat(value(c, "boot.systemd")).as(cite).isEqualTo(true);
        assertThat(c.ignored()).as(cite).isEmpty();
        assertThat(rules(conf, ConfigDialect.WSL_CONF)).as(cite).isEmpty();
    }

    /**
     * configfile.cpp:712: in .wslconfig a lone CR (text mode keeps it) after a backslash is dropped
     * and the value goes on.
     */
    @Test
    void backslashBeforeALoneCrJoinsTheValue() {
        EffectiveConfig c =
                show(bytes("[wsl2]\nkernelCommandLine=quiet\\\rsplash\n"), ConfigDialect.WSLCONFIG);
        assertThat(value(c, "wsl2.kernelCommandLine"))
                .as(SRC + "src/shared/configfile/configfile.cpp#L712")
                .isEqualTo("quietsplash");
    }

    /**
     * configfile.cpp:304-332 skips a comment character by character and :423-441 skips a line that
     * does not start with a letter: a NUL or bytes that are not UTF-8 in a comment leave every
     * setting readable.
     */
    @Test
    void aNulOrNonUtf8BytesInCommentsDoNotMakeTheFileBinary() {
        byte[] f = bytes("# caf", 0xE9, " ", 0x00, " old note\n", 0x00, "\n[wsl2]\nmemory=4GB\n");
        EffectiveConfig c = show(f, ConfigDialect.WSLCONFIG);
        assertThat(value(c, "wsl2.memory"))
                .as(SRC + "src/shared/configfile/configfile.cpp#L304")
                .isEqualTo(4L << 30);
        List<String> lint = rules(f, ConfigDialect.WSLCONFIG);
        assertThat(lint).doesNotContain("0:wslconfig-not-text");
        // the NUL line itself is rejected like any line not starting with a letter
        // (configfile.cpp:424)
        assertThat(lint).containsExactly("2:wslconfig-syntax-error");
    }

    /**
     * configfile.cpp:749 keeps the low byte of each character; :110/:134 read those bytes as UTF-8.
     */
    @Test
    void wslKeepsOnlyTheLowByteOfEachNonAsciiCharacterAndSaysWhichItMangles() {
        String cite = SRC + "src/shared/configfile/configfile.cpp#L749";
        EffectiveConfig c =
                show(
                        "[wsl2]\nkernelCommandLine=a\u4e2db\nswapFile=C:\\\\Users\\\\Jos\u00e9\\\\swap.vhdx\n");
        assertThat(value(c, "wsl2.kernelCommandLine")).as(cite).isEqualTo("a-b");
        assertThat(value(c, "wsl2.swapFile")).as(cite).isEqualTo("C:\\Users\\Jos\ufffd\\swap.vhdx");
        assertThat(c.settings().get("wsl2.swapFile").note())
                .contains("'\u00e9' (U+00E9) becomes byte 0xE9");
        List<LintFinding> lint =
                RuleFixture.lint(
                        bytes("[wsl2]\nkernelCommandLine=caf", 0xE9, "\n"),
                        ConfigDialect.WSLCONFIG);
        assertThat(lint)
                .extracting(LintFinding::message)
                .as(cite)
                .anyMatch(m -> m.contains("byte 0xE9 (not UTF-8)"));
    }

    /**
     * configfile.cpp:116-125: an invalid MAC throws out of the whole parse, so the configuration is
     * never built.
     */
    @Test
    void anInvalidMacAddressMakesWslUseNoSettingOfTheFile() {
        String cite = SRC + "src/shared/configfile/configfile.cpp#L124";
        EffectiveConfig c = show("[wsl2]\nmemory=4GB\nmacAddress=00:15:5d:01:02\nprocessors=2\n");
        assertThat(c.settings()).as(cite).isEmpty();
        assertThat(c.ignored()).extracting(EffectiveConfig.Ignored::line).containsExactly(2, 3, 4);
        assertThat(c.ignored().get(0).reason()).contains("invalid macAddress on line 3");
        assertThat(RuleFixture.lint("[wsl2]\nmacAddress=00:15:5d:01:02\n", ConfigDialect.WSLCONFIG))
                .extracting(LintFinding::message)
                .anyMatch(m -> m.contains("no setting of it takes effect"));
    }

    /**
     * configfile.cpp:189-197: ConfigKey::Parse remembers that a key was parsed, whatever line
     * number it had; line numbers only advance on LF (:321-323, :367-384), so in a CR-only file
     * every line is line 1.
     */
    @Test
    void duplicatesAreFoundByPositionEvenInACrOnlyFile() {
        String cite = SRC + "src/shared/configfile/configfile.cpp#L189";
        byte[] f = bytes("[wsl2]\rmemory=4GB\rmemory=8GB\r");
        EffectiveConfig c = show(f, ConfigDialect.WSLCONFIG);
        assertThat(value(c, "wsl2.memory")).as(cite).isEqualTo(4L << 30);
        assertThat(c.ignored())
                .extracting(EffectiveConfig.Ignored::reason)
                .as(cite)
                .containsExactly("'memory' is already set on line 1; WSL keeps the first");
        assertThat(rules(f, ConfigDialect.WSLCONFIG))
                .as(cite)
                .containsExactly("1:wslconfig-duplicate-key");
    }

    /** WslCoreConfig.cpp:56 uses inet_pton, which takes dotted decimal without leading zeros. */
    @Test
    void aLeadingZeroMakesAnIpv4AddressInvalid() {
        String cite = SRC + "src/windows/common/WslCoreConfig.cpp#L56";
        EffectiveConfig c = show("[experimental]\ndnsTunnelingIpAddress=10.0.0.01\n");
        assertThat(c.settings()).as(cite).isEmpty();
        assertThat(c.ignored())
                .extracting(EffectiveConfig.Ignored::key)
                .as(cite)
                .containsExactly("dnsTunnelingIpAddress");
        assertThat(
                        value(
                                show("[experimental]\ndnsTunnelingIpAddress=10.0.0.1\n"),
                                "experimental.dnsTunnelingIpAddress"))
                .as(cite)
                .isEqualTo("10.0.0.1");
    }

    /**
     * WslCoreConfig.cpp:36-49: each port is read on its own; a bad one warns, the others are kept.
     */
    @Test
    void oneBadIgnoredPortLeavesTheGoodOnes() {
        String cite = SRC + "src/windows/common/WslCoreConfig.cpp#L36";
        EffectiveConfig c = show("[experimental]\nignoredPorts=8080,0,x,3000,,8080\n");
        assertThat(value(c, "experimental.ignoredPorts")).as(cite).isEqualTo(List.of(3000, 8080));
        assertThat(c.settings().get("experimental.ignoredPorts").note()).contains("'0', 'x'");
    }

    /**
     * WslCoreConfig.cpp:52-60: an invalid address turns DNS tunneling off when its line is read.
     */
    @Test
    void anInvalidDnsTunnelingAddressTurnsDnsTunnelingOffUnlessALaterLineTurnsItOn() {
        String cite = SRC + "src/windows/common/WslCoreConfig.cpp#L59";
        EffectiveConfig alone = show("[experimental]\ndnsTunnelingIpAddress=300.1.1.1\n");
        assertThat(alone.defaults().get("wsl2.dnsTunneling").value()).as(cite).isEqualTo(false);
        assertThat(alone.defaults().get("wsl2.dnsTunneling").note()).contains("line 2");
        EffectiveConfig before =
                show("[wsl2]\ndnsTunneling=true\n[experimental]\ndnsTunnelingIpAddress=x\n");
        assertThat(value(before, "wsl2.dnsTunneling")).as(cite).isEqualTo(false);
        EffectiveConfig after =
                show("[experimental]\ndnsTunnelingIpAddress=x\n[wsl2]\ndnsTunneling=true\n");
        assertThat(value(after, "wsl2.dnsTunneling")).as(cite).isEqualTo(true);
    }

    /**
     * WslCoreConfig.cpp:136 opens .wslconfig with _wfopen(path, "rt,ccs=UTF-8"): text mode, where
     * the C runtime ends the file at Ctrl-Z
     * (https://learn.microsoft.com/en-us/cpp/c-runtime-library/reference/fopen-wfopen).
     */
    @Test
    void ctrlZEndsAWslconfigReadByTheWindowsCRuntime() {
        String cite = SRC + "src/windows/common/WslCoreConfig.cpp#L136";
        byte[] f = bytes("[wsl2]\nmemory=4GB\n", 0x1A, "\nprocessors=2\n");
        EffectiveConfig c = show(f, ConfigDialect.WSLCONFIG);
        assertThat(c.settings().keySet()).as(cite).containsExactly("wsl2.memory");
        assertThat(c.ignored()).extracting(EffectiveConfig.Ignored::line).containsExactly(3);
        assertThat(rules(f, ConfigDialect.WSLCONFIG))
                .as(cite)
                .containsExactly("0:wslconfig-ctrl-z");
        assertThat(rules(bytes("[wsl2]\nmemory=4GB\n", 0x1A), ConfigDialect.WSLCONFIG))
                .as("nothing after it")
                .isEmpty();
    }

    /**
     * configfile.cpp:196-197: an invalid first line still counts as the key's one parse; a later
     * good one is ignored.
     */
    @Test
    void anInvalidFirstValueStillBlocksALaterGoodOne() {
        EffectiveConfig c = show("[wsl2]\nmemory=8gb\nmemory=8GB\n");
        assertThat(c.settings()).as(SRC + "src/shared/configfile/configfile.cpp#L196").isEmpty();
        assertThat(c.ignored()).extracting(EffectiveConfig.Ignored::line).containsExactly(2, 3);
    }

    @Test
    void theExperimentalSpellingIsShownWhenItComesFirst() {
        EffectiveConfig c =
                show("[experimental]\nnetworkingMode=MIRRORED\n[wsl2]\nnetworkingMode=nat\n");
        assertThat(c.settings().keySet()).containsExactly("experimental.networkingMode");
        assertThat(value(c, "experimental.networkingMode")).isEqualTo("Mirrored");
        assertThat(c.defaults()).doesNotContainKey("wsl2.networkingMode");
    }

    @Test
    void valuesAreStoredAsWslStoresThem() {
        EffectiveConfig c =
                show(
                        "[wsl2]\nmemory=512MB\nlocalhostForwarding=1\nvmIdleTimeout=0x10\n"
                                + "kernelCommandLine = \"  a\\tb \" # note\nmacAddress=00-15-5d-0a-0b-0c\n");
        assertThat(value(c, "wsl2.memory")).isEqualTo(512L << 20);
        assertThat(value(c, "wsl2.localhostForwarding")).isEqualTo(true);
        assertThat(value(c, "wsl2.vmIdleTimeout")).isEqualTo(16);
        assertThat(value(c, "wsl2.kernelCommandLine")).isEqualTo("  a\tb ");
        assertThat(value(c, "wsl2.macAddress")).isEqualTo("00:15:5D:0A:0B:0C");
        assertThat(c.settings().get("wsl2.memory").text()).isEqualTo("512MB");
    }

    @Test
    void defaultsAreComputedPerPcOnlyWhenTheFactsSayHow() {
        EffectiveConfig unknown = show("[wsl2]\n");
        assertThat(unknown.defaults().get("wsl2.memory").value()).isNull();
        assertThat(unknown.defaults().get("wsl2.memory").note()).contains("--facts");
        EffectiveConfig.Host host = new EffectiveConfig.Host(16384, 8, 22631, "x64");
        EffectiveConfig known =
                show("[wsl2]\n".getBytes(StandardCharsets.UTF_8), ConfigDialect.WSLCONFIG, host);
        Map<String, EffectiveConfig.Default> d = known.defaults();
        assertThat(d.get("wsl2.memory").value()).isEqualTo(8L << 30);
        assertThat(d.get("wsl2.swap").value()).isEqualTo(2L << 30);
        assertThat(d.get("wsl2.processors").value()).isEqualTo(8);
        assertThat(d.get("wsl2.nestedVirtualization").value()).isEqualTo(true);
        // swap follows the memory the file sets, clamped to the RAM as WSL does
        // (WslCoreConfig.cpp:313-330)
        EffectiveConfig set =
                show(
                        "[wsl2]\nmemory=64GB\n".getBytes(StandardCharsets.UTF_8),
                        ConfigDialect.WSLCONFIG,
                        host);
        assertThat(set.defaults().get("wsl2.swap").value()).isEqualTo(4L << 30);
        assertThat(set.defaults()).doesNotContainKey("wsl2.memory");
    }
}
