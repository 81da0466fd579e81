package dev.wsladvisor.wslconfig.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WslConfigFilesTest {

    /**
     * The phrase --help and the docs print is a constant (annotations need one); it must say the
     * real limits.
     */
    @Test
    void theStatedLimitsAreTheEnforcedOnes() {
        assertThat(WslConfigFiles.LIMITS)
                .isEqualTo(
                        "at most "
                                + (WslConfigFiles.MAX_BYTES >> 20)
                                + " MiB, "
                                + String.format("%,d", WslConfigFiles.MAX_LINES)
                                + " lines and "
                                + String.format("%,d", WslConfigFiles.MAX_LINE_CHARS)
                                + " characters a line");
    }

    @Test
    void aDocumentAtTheLimitsIsReadAndOnePastThemIsRefused() {
        String atLimit = "#\n".repeat(WslConfigFiles.MAX_LINES);
        assertThat(
                        WslConfigFiles.document(atLimit.getBytes(StandardCharsets.UTF_8), "f")
                                .lineCount())
                .isEqualTo(WslConfigFiles.MAX_LINES);
        assertThatThrownBy(
                        () ->
                                WslConfigFiles.document(
                                        (atLimit + "#\n").getBytes(StandardCharsets.UTF_8), "f"))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("f: has 10,001 lines");
        String wide = "#" + "x".repeat(WslConfigFiles.MAX_LINE_CHARS - 1) + "\n";
        assertThat(WslConfigFiles.document(wide.getBytes(StandardCharsets.UTF_8), "f").lineCount())
                .isEqualTo(1);
        assertThatThrownBy(
                        () ->
                                WslConfigFiles.document(
                                        ("\nx" + wide).getBytes(StandardCharsets.UTF_8), "f"))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("f:2: the line is 16,385 characters long");
    }

    @Test
    void aNameWithControlCharactersIsEscapedInTheMessage() {
        assertThatThrownBy(
                        () ->
                                WslConfigFiles.document(
                                        "#\n".repeat(10_001).getBytes(StandardCharsets.UTF_8),
                                        "a\u001b[2Jb"))
                .hasMessageStartingWith("a\\x1b[2Jb: has");
    }
}
