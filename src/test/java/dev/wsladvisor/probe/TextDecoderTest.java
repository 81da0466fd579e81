package dev.wsladvisor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "WSL バージョン: 1.0.0.0\r\nカーネル バージョン: 5.15.74.2\r\n";
    private static final String EXPECTED = "WSL バージョン: 1.0.0.0\nカーネル バージョン: 5.15.74.2\n";

    @Test
    void utf16LittleEndianWithBomIsDecoded() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(TextDecoder.decode(bytes)).isEqualTo(EXPECTED);
    }

    @Test
    void utf16LittleEndianWithoutBomIsRecognisedByItsNuls() {
        assertThat(
                        TextDecoder.decode(
                                "WSL version: 2.3.26.0\r\n".getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo("WSL version: 2.3.26.0\n");
    }

    @Test
    void utf8WithBomLosesTheBom() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(TextDecoder.decode(bytes)).isEqualTo(EXPECTED);
    }

    @Test
    void strayNulsAndLoneCarriageReturnsAreCleanedUp() {
        byte[] bytes =
                "Default Version:\u0000 2\rDefault Distribution: Ubuntu\r\n"
                        .getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bytes))
                .isEqualTo("Default Version: 2\nDefault Distribution: Ubuntu\n");
    }

    @Test
    void utf16ReadAsUtf8AndSavedAgainStillGivesTheText() {
        String decoded = TextDecoder.decode(Samples.bytes("pt-stray-nuls", "wsl-version.txt"));
        assertThat(decoded)
                .startsWith("Vers")
                .contains("do WSL: 2.7.12.0\n")
                .doesNotContain("\u0000");
    }

    @Test
    void legacyCodePageBytesDoNotBreakAsciiLabels() {
        byte[] cp850 = {
            'G',
            'r',
            (byte) 0x94,
            (byte) 0xE1,
            'e',
            ':',
            ' ',
            '8',
            '.',
            '1',
            '9',
            '2',
            ' ',
            'M',
            'B'
        };
        assertThat(TextDecoder.decode(cp850)).endsWith(": 8.192 MB");
    }

    @Property
    void anyBytesDecodeWithoutNulsOrCarriageReturns(@ForAll byte[] bytes) {
        String text = TextDecoder.decode(bytes);
        assertThat(text).doesNotContain("\u0000").doesNotContain("\r").doesNotContain("\uFEFF");
    }
}
