package dev.wsladvisor.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTest {

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "Ubuntu-22.04\tnäme";
        assertThat(Visible.escape(text)).isSameAs(text);
    }

    @Test
    void controlCharactersAndLineBreaksBecomeVisibleEscapes() {
        assertThat(Visible.escape("a\u001b[31mb\nc\rd\u0000e\u007f\u009b"))
                .isEqualTo("a\\x1b[31mb\\x0ac\\x0dd\\x00e\\x7f\\x9b");
    }

    @Test
    void unicodeLineSeparatorsAndBidiOverridesAreEscapedToo() {
        assertThat(Visible.escape("a\u2028b\u2029c\u202ed\u2066e"))
                .isEqualTo("a\\u2028b\\u2029c\\u202ed\\u2066e");
    }

    @Test
    void aLongTextIsCutWithItsLength() {
        assertThat(Visible.escape("x".repeat(500), 10)).isEqualTo("xxxxxxxxxx... (500 characters)");
        assertThat(Visible.escape("short", 10)).isEqualTo("short");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "abc\uD83D\uDE00" + "x".repeat(50);
        assertThat(Visible.escape(text, 4)).startsWith("abc...");
    }
}
