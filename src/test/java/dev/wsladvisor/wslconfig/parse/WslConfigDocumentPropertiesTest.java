package dev.wsladvisor.wslconfig.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.keys.SizeValue;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WslConfigDocumentPropertiesTest {

    @Property(tries = 500)
    void anyBytesRoundTripByteForByte(@ForAll byte[] bytes) {
        assertThat(WslConfigDocument.read(bytes).toBytes()).isEqualTo(bytes);
    }

    @Property(tries = 500)
    void configLikeTextRoundTripsByteForByte(@ForAll("configText") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(WslConfigDocument.read(bytes).toBytes()).isEqualTo(bytes);
    }

    @Property(tries = 1000)
    void parserNeverThrowsOnConfigLikeText(@ForAll("configText") String text) {
        for (ConfigDialect d : ConfigDialect.values()) {
            ParseResult r = WslConfigParser.parse(WslConfigDocument.ofText(text), d);
            assertThat(r.entries())
                    .allSatisfy(
                            e ->
                                    assertThat(e.line())
                                            .isBetween(1, Math.max(1, r.document().lineCount())));
        }
    }

    @Property(tries = 500)
    void parserNeverThrowsOnAnyBytes(@ForAll byte[] bytes) {
        for (ConfigDialect d : ConfigDialect.values()) {
            WslConfigParser.parse(WslConfigDocument.read(bytes), d);
        }
    }

    @Property(tries = 300)
    void valueCheckersNeverThrow(@ForAll("configText") String value) {
        for (KeySpec spec : KeyCatalog.builtIn().keys()) {
            spec.valueType().check(value, spec, spec.dialect());
        }
        SizeValue.parse(value);
        SizeValue.likelyMeant(value);
    }

    @Provide
    Arbitrary<String> configText() {
        return Arbitraries.strings()
                .withChars("[]=#;\"\\ \t\r\nabwsl2GBM0x19.-%é\u0000")
                .ofMaxLength(80);
    }
}
