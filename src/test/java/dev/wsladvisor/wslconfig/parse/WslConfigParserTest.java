package dev.wsladvisor.wslconfig.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.wslconfig.text.ConfigDialect;
import dev.wsladvisor.wslconfig.text.TextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WslConfigParserTest {

    static ParseResult parse(String text) {
        return WslConfigParser.parse(WslConfigDocument.ofText(text), ConfigDialect.WSLCONFIG);
    }

    static ParseResult parseConf(String text) {
        return WslConfigParser.parse(WslConfigDocument.ofText(text), ConfigDialect.WSL_CONF);
    }

    static List<String> names(ParseResult r) {
        return r.entries().stream().map(e -> e.effectiveName() + "=" + e.value()).toList();
    }

    @Test
    void sectionAndKeyAreJoinedWithADot() {
        assertThat(names(parse("[wsl2]\nmemory=8GB\nprocessors = 4\n")))
                .containsExactly("wsl2.memory=8GB", "wsl2.processors=4");
    }

    @Test
    void hashStartsAnInlineCommentButNotInsideQuotes() {
        assertThat(names(parse("[wsl2]\nmemory=8GB   # half\nkernelCommandLine=\"a # b\"\n")))
                .containsExactly("wsl2.memory=8GB", "wsl2.kernelCommandLine=a # b");
    }

    @Test
    void semicolonIsNotACommentAndTheLineIsRejected() {
        ParseResult r = parse("[wsl2]\n; memory=4GB\nmemory=8GB ; comment\n");
        assertThat(r.problems())
                .extracting(SyntaxProblem::kind)
                .containsExactly(SyntaxProblem.Kind.INVALID_KEY_NAME);
        assertThat(names(r)).containsExactly("wsl2.memory=8GB ; comment");
    }

    @Test
    void keyBeforeAnySectionHasNoPrefix() {
        ParseResult r = parse("memory=8GB\n[wsl2]\n");
        assertThat(r.entries().get(0).beforeAnySection()).isTrue();
        assertThat(r.entries().get(0).effectiveName()).isEqualTo("memory");
    }

    @Test
    void spacesInsideTheSectionBracketsMakeTheHeaderInvalid() {
        ParseResult r = parse("[ wsl2 ]\nmemory=8GB\n");
        assertThat(r.problems())
                .extracting(SyntaxProblem::kind)
                .containsExactly(SyntaxProblem.Kind.INVALID_SECTION_NAME);
        assertThat(r.entries().get(0).effectiveName()).isEqualTo("memory");
    }

    @Test
    void brokenHeaderLeavesLaterKeysInAPrefixOfItsNameLikeWsl() {
        // WSL reuses its key buffer: the new name is cut to the length of the last good section.
        ParseResult r = parse("[wsl2]\n[experimental\nmemory=8GB\n");
        assertThat(r.entries().get(0).effectiveName()).isEqualTo("expe.memory");
    }

    @Test
    void keyNamesAllowOnlyLettersAndDigits() {
        ParseResult r = parse("[wsl2]\nswap_file=C:\\\\x\n");
        assertThat(r.problems())
                .extracting(SyntaxProblem::kind)
                .containsExactly(SyntaxProblem.Kind.EXPECTED_EQUALS);
        assertThat(r.entries()).isEmpty();
    }

    @Test
    void knownEscapesAreDecodedAndSingleBackslashTabBecomesATab() {
        ParseResult r = parse("[wsl2]\nswapFile=C:\\temp\\\\swap.vhdx\n");
        assertThat(r.entries().get(0).value()).isEqualTo("C:\temp\\swap.vhdx");
        assertThat(r.entries().get(0).tabFromEscape()).isTrue();
    }

    @Test
    void unknownEscapeDropsTheWholeLine() {
        ParseResult r = parse("[wsl2]\nkernel=C:\\Users\\me\\bzImage\nmemory=8GB\n");
        assertThat(r.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.kind()).isEqualTo(SyntaxProblem.Kind.INVALID_ESCAPE);
                            assertThat(p.detail()).isEqualTo("U");
                            assertThat(p.line()).isEqualTo(2);
                        });
        assertThat(names(r)).containsExactly("wsl2.memory=8GB");
    }

    @Test
    void backslashNewlineContinuesTheValue() {
        ParseResult r = parse("[wsl2]\nkernelCommandLine=a \\\n  b\nmemory=1GB\n");
        assertThat(r.entries().get(0).value()).isEqualTo("a   b");
        assertThat(r.entries().get(0).endLine()).isEqualTo(3);
        assertThat(r.entries().get(1).line()).isEqualTo(4);
    }

    @Test
    void quotesKeepSpacesAndAnUnterminatedQuoteDropsTheLine() {
        assertThat(names(parse("[wsl2]\nkernelCommandLine = \" a \"  \n")))
                .containsExactly("wsl2.kernelCommandLine= a ");
        ParseResult r = parse("[wsl2]\nkernelCommandLine=\"abc\n");
        assertThat(r.problems())
                .extracting(SyntaxProblem::kind)
                .containsExactly(SyntaxProblem.Kind.UNTERMINATED_QUOTE);
        assertThat(r.entries()).isEmpty();
    }

    @Test
    void crlfAndLfBothWork() {
        assertThat(names(parse("[wsl2]\r\nmemory=8GB\r\nswap=0\n")))
                .containsExactly("wsl2.memory=8GB", "wsl2.swap=0");
    }

    @Test
    void utf8BomIsSkippedForWslconfigButBreaksWslConf() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "[wsl2]\nmemory=8GB\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        WslConfigDocument doc = WslConfigDocument.read(all);
        assertThat(doc.encoding()).isEqualTo(TextEncoding.UTF8_BOM);
        assertThat(names(WslConfigParser.parse(doc, ConfigDialect.WSLCONFIG)))
                .containsExactly("wsl2.memory=8GB");
        ParseResult conf = WslConfigParser.parse(doc, ConfigDialect.WSL_CONF);
        assertThat(conf.stoppedAtLine()).isEqualTo(1);
        assertThat(conf.entries()).isEmpty();
    }

    @Test
    void utf16WithoutBomIsUnreadableButWithBomIsRead() {
        byte[] le = "[wsl2]\r\nmemory=8GB\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(
                        WslConfigParser.parse(WslConfigDocument.read(le), ConfigDialect.WSLCONFIG)
                                .unreadable())
                .isTrue();
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        WslConfigDocument doc = WslConfigDocument.read(withBom);
        assertThat(doc.encoding()).isEqualTo(TextEncoding.UTF16LE_BOM);
        assertThat(names(WslConfigParser.parse(doc, ConfigDialect.WSLCONFIG)))
                .containsExactly("wsl2.memory=8GB");
    }

    @Test
    void utf16BigEndianIsUnreadableEvenWithItsBom() {
        byte[] be = "\uFEFF[wsl2]\r\nmemory=8GB\r\n".getBytes(StandardCharsets.UTF_16BE);
        WslConfigDocument doc = WslConfigDocument.read(be);
        assertThat(doc.encoding()).isEqualTo(TextEncoding.UTF16BE_BOM);
        assertThat(WslConfigParser.parse(doc, ConfigDialect.WSLCONFIG).unreadable()).isTrue();
        assertThat(doc.toBytes()).isEqualTo(be);
    }

    @Test
    void wslConfStopsAtTheFirstBadLineWhileWslconfigSkipsIt() {
        String text = "[boot]\nsystemd=true\n; note\n[user]\ndefault=me\n";
        assertThat(names(parseConf(text))).containsExactly("boot.systemd=true");
        assertThat(parseConf(text).stoppedAtLine()).isEqualTo(3);
        assertThat(names(parse(text))).containsExactly("boot.systemd=true", "user.default=me");
    }

    @Test
    void commentAfterSectionHeaderIsAllowedButOtherTextIsNot() {
        ParseResult r = parse("[wsl2] # main\nmemory=1GB\n[general] x\nswap=0\n");
        assertThat(r.headers()).extracting(SectionHeader::name).containsExactly("wsl2");
        assertThat(r.problems())
                .extracting(SyntaxProblem::kind)
                .containsExactly(SyntaxProblem.Kind.EXPECTED_END_OF_LINE);
        // the failed [general] still replaced the section buffer: "general" cut to 4 characters
        assertThat(names(r)).containsExactly("wsl2.memory=1GB", "gene.swap=0");
    }

    @Test
    void rawValueSpanPointsAtTheValueOnItsLine() {
        ParseResult r = parse("[wsl2]\n  memory =  8GB   # c\n");
        ParsedEntry e = r.entries().get(0);
        String line = r.document().lineText(2);
        assertThat(line.substring(e.valueStart(), e.valueEnd())).isEqualTo("8GB");
        assertThat(e.column()).isEqualTo(3);
    }
}
