package dev.wsladvisor.wslconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void showsAChangedLineWithContext() {
        String d = UnifiedDiff.diff("a", "b", List.of("[wsl2]", "memory=4GB", "swap=0"),
                List.of("[wsl2]", "memory=8GB", "swap=0"));
        assertThat(d).isEqualTo("--- a\n+++ b\n@@ -1,3 +1,3 @@\n [wsl2]\n-memory=4GB\n+memory=8GB\n swap=0\n");
    }

    @Test
    void identicalInputGivesNoDiff() {
        assertThat(UnifiedDiff.diff("a", "b", List.of("x"), List.of("x"))).isEmpty();
    }

    @Test
    void additionToAnEmptyFileStartsAtZero() {
        assertThat(UnifiedDiff.diff("a", "b", List.of(), List.of("[wsl2]"))).contains("@@ -0,0 +1,1 @@");
    }

    @Test
    void aLastLineWithoutLineBreakIsMarkedAndDiffersFromTheSameTextWithOne() {
        String d = UnifiedDiff.diff("a", "b", java.util.List.of("x", "y"), true, java.util.List.of("x", "y", "z"), false);
        org.assertj.core.api.Assertions.assertThat(d).isEqualTo("--- a\n+++ b\n@@ -1,2 +1,3 @@\n x\n-y\n"
                + "\\ No newline at end of file\n+y\n+z\n");
    }
}
