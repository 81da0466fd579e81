package dev.wsladvisor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessCommandRunnerTest {
    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @Test
    void outputAndAddedEnvironmentReachTheCaller() {
        CommandResult r =
                runner.run(
                        List.of("printenv", "WSL_UTF8"),
                        Map.of("WSL_UTF8", "1"),
                        Duration.ofSeconds(10));
        assertThat(r.completed()).isTrue();
        assertThat(r.exitCode()).isZero();
        assertThat(new String(r.stdout(), StandardCharsets.UTF_8)).isEqualTo("1\n");
    }

    @Test
    void argumentsAreNotInterpretedByAShell() {
        CommandResult r =
                runner.run(List.of("echo", "$HOME; rm -rf /"), Map.of(), Duration.ofSeconds(10));
        assertThat(new String(r.stdout(), StandardCharsets.UTF_8)).isEqualTo("$HOME; rm -rf /\n");
    }

    @Test
    void hangingCommandIsStoppedAtTheTimeout() {
        long start = System.nanoTime();
        CommandResult r = runner.run(List.of("sleep", "30"), Map.of(), Duration.ofMillis(500));
        assertThat(r.status()).isEqualTo(CommandResult.Status.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void missingProgramIsReportedNotThrown() {
        CommandResult r =
                runner.run(List.of("no-such-program-wsl-advisor"), Map.of(), Duration.ofSeconds(5));
        assertThat(r.status()).isEqualTo(CommandResult.Status.NOT_FOUND);
        assertThat(r.problem()).contains("no-such-program-wsl-advisor");
    }

    @Test
    void largeOutputOnBothStreamsDoesNotDeadlock() {
        String script =
                "head -c 300000 /dev/zero | tr '\\0' x; head -c 300000 /dev/zero | tr '\\0' y >&2";
        CommandResult r = runner.run(List.of("sh", "-c", script), Map.of(), Duration.ofSeconds(20));
        assertThat(r.status()).isEqualTo(CommandResult.Status.COMPLETED);
        assertThat(r.stdout()).hasSize(300000);
        assertThat(r.stderr()).hasSize(300000);
    }
}
