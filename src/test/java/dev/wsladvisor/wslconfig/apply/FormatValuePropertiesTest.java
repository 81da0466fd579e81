package dev.wsladvisor.wslconfig.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.ParsedEntry;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FormatValuePropertiesTest {

    @Property(tries = 1000)
    void aFormattedValueIsReadBackExactlyByWslsParser(@ForAll("values") String value) {
        String text = "[wsl2]\nkernelCommandLine=" + WslValues.format(value) + "   # note\n";
        ParseResult r =
                WslConfigParser.parse(WslConfigDocument.ofText(text), ConfigDialect.WSLCONFIG);
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).singleElement().extracting(ParsedEntry::value).isEqualTo(value);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars(" \t\n#;\"\\=[]abcXYZ019é").ofMaxLength(30);
    }
}
