package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which streams are a person's terminal: from the launcher's WSL_ADVISOR_TTY, Java's console, or
 * /proc.
 */
class TerminalDetectionTest {

    private static Console console(
            Map<String, String> env, boolean javaConsole, int... terminalFds) {
        return Main.console(
                new ByteArrayInputStream(new byte[0]),
                env,
                javaConsole,
                fd -> java.util.Arrays.stream(terminalFds).anyMatch(t -> t == fd));
    }

    @Test
    void askWithItsOutputSentToAFileIsStillAPersonWhenTheLauncherSaysSo() {
        Console c = console(Map.of("WSL_ADVISOR_TTY", "02"), false);
        assertThat(c.terminal()).isTrue();
        assertThat(c.outTerminal()).isFalse();
        assertThat(c.errTerminal()).isTrue();
    }

    @Test
    void withoutALauncherEachStreamIsAskedApart() {
        Console c = console(Map.of(), false, 0, 2);
        assertThat(c.terminal()).isTrue();
        assertThat(c.outTerminal()).isFalse();
        assertThat(c.errTerminal()).isTrue();
    }

    @Test
    void aPipeIsNoTerminal() {
        Console c = console(Map.of("WSL_ADVISOR_TTY", "-"), false, 0, 1, 2);
        assertThat(c.terminal()).isFalse();
        assertThat(c.outTerminal()).isFalse();
    }

    @Test
    void javasOwnConsoleMeansInputAndOutputAreTerminals() {
        // The Windows launcher can tell only standard input apart: Java's console still says when
        // output is a terminal too.
        Console c = console(Map.of("WSL_ADVISOR_TTY", "0"), true);
        assertThat(c.terminal()).isTrue();
        assertThat(c.outTerminal()).isTrue();
    }
}
