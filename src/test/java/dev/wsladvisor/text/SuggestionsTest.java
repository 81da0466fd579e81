package dev.wsladvisor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void aTypoGetsTheClosestName() {
        assertThat(Suggestions.closest("dokcer", List.of("docker", "vpn", "systemd")))
                .contains("docker");
    }

    @Test
    void swappedLettersAreOneEdit() {
        assertThat(Suggestions.distance("dokcer", "docker")).isEqualTo(1);
        assertThat(Suggestions.distance("docker", "dokcer")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void aHugeWordIsNoTypoAndCostsLittle() {
        String huge = "d".repeat(5_000_000);
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> {
                    assertThat(Suggestions.closest(huge, List.of("docker", "vpn"))).isEmpty();
                    assertThat(Suggestions.nearest(huge, List.of("docker", "vpn"))).isPresent();
                });
    }
}
