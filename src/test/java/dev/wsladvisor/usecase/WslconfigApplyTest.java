package dev.wsladvisor.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsladvisor.errors.UserInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which file apply changes, decided from the machine the console describes, not the one the test
 * runs on.
 */
class WslconfigApplyTest {

    private static Platform on(String osName) {
        return new Platform(
                osName,
                2,
                "UTF-8",
                StandardCharsets.UTF_8,
                () -> {
                    throw new AssertionError("apply probes nothing");
                });
    }

    @Test
    void offWindowsTheFileMustBeNamed() {
        assertThatThrownBy(
                        () ->
                                WslconfigApply.target(
                                        null, on("Linux"), Map.of("USERPROFILE", "/home/me")))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("--file PATH is required when not running on Windows");
    }

    @Test
    void onWindowsWithoutAProfileFolderTheFileMustBeNamed() {
        assertThatThrownBy(() -> WslconfigApply.target(null, on("Windows 11"), Map.of()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("--file PATH is required");
    }

    @Test
    void aNamedFileIsTheTarget() {
        assertThat(WslconfigApply.target(Path.of("my.wslconfig"), on("Linux"), Map.of()))
                .isEqualTo(Path.of("my.wslconfig"));
    }
}
