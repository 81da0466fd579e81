package dev.wsladvisor.wslconfig.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void showsAChangedLineWithContext() {
        String d =
                UnifiedDiff.diff(
                        "a",
                        "b",
                        List.of("[wsl2]", "memory=4GB", "swap=0"),
                        List.of("[wsl2]", "memory=8GB", "swap=0"));
        assertThat(d)
                .isEqualTo(
                        "--- a\n+++ b\n@@ -1,3 +1,3 @@\n [wsl2]\n-memory=4GB\n+memory=8GB\n swap=0\n");
    }

    @Test
    void identicalInputGivesNoDiff() {
        assertThat(UnifiedDiff.diff("a", "b", List.of("x"), List.of("x"))).isEmpty();
    }

    @Test
    void additionToAnEmptyFileStartsAtZero() {
        assertThat(UnifiedDiff.diff("a", "b", List.of(), List.of("[wsl2]")))
                .contains("@@ -0,0 +1,1 @@");
    }

    @Test
    void aLastLineWithoutLineBreakIsMarkedAndDiffersFromTheSameTextWithOne() {
        String d =
                UnifiedDiff.diff(
                        "a",
                        "b",
                        java.util.List.of("x", "y"),
                        true,
                        java.util.List.of("x", "y", "z"),
                        false);
        org.assertj.core.api.Assertions.assertThat(d)
                .isEqualTo(
                        "--- a\n+++ b\n@@ -1,2 +1,3 @@\n x\n-y\n"
                                + "\\ No newline at end of file\n+y\n+z\n");
    }

    /** Every script rebuilds both sides and is as short as a longest common subsequence allows. */
    @net.jqwik.api.Property(tries = 300)
    void theEditScriptRebuildsBothSidesAndIsShortest(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(max = 12)
                    List<
                                    @net.jqwik.api.constraints.StringLength(max = 1)
                                    @net.jqwik.api.constraints.CharRange(from = 'a', to = 'c')
                                    String>
                            a,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(max = 12)
                    List<
                                    @net.jqwik.api.constraints.StringLength(max = 1)
                                    @net.jqwik.api.constraints.CharRange(from = 'a', to = 'c')
                                    String>
                            b) {
        List<UnifiedDiff.Op> ops = UnifiedDiff.ops(a, b);
        assertThat(ops.stream().filter(o -> o.kind() != '+').map(UnifiedDiff.Op::text).toList())
                .isEqualTo(a);
        assertThat(ops.stream().filter(o -> o.kind() != '-').map(UnifiedDiff.Op::text).toList())
                .isEqualTo(b);
        long edits = ops.stream().filter(o -> o.kind() != ' ').count();
        assertThat(edits).isEqualTo(a.size() + b.size() - 2L * lcs(a, b));
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int x = a.size() - 1; x >= 0; x--) {
            for (int y = b.size() - 1; y >= 0; y--) {
                t[x][y] =
                        a.get(x).equals(b.get(y))
                                ? t[x + 1][y + 1] + 1
                                : Math.max(t[x + 1][y], t[x][y + 1]);
            }
        }
        return t[0][0];
    }

    /**
     * Issue 18: apply on a huge file ran out of memory in its diff (an N*M table). Changes at both
     * ends of 10,000 lines, and two wholly different 10,000-line files, now diff within a second or
     * two and little memory.
     */
    @Test
    void largeFilesDiffInBoundedTimeAndMemory() {
        List<String> a = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            a.add("# line " + i);
        }
        List<String> b = new java.util.ArrayList<>(a);
        b.set(1, "memory=8GB");
        b.add("[experimental]");
        b.add("autoMemoryReclaim=gradual");
        String d =
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        java.time.Duration.ofSeconds(10), () -> UnifiedDiff.diff("a", "b", a, b));
        assertThat(d).contains("-# line 1\n+memory=8GB\n").contains("+autoMemoryReclaim=gradual\n");
        List<String> other = a.stream().map(l -> l + "!").toList();
        List<UnifiedDiff.Op> ops =
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        java.time.Duration.ofSeconds(10), () -> UnifiedDiff.ops(a, other));
        assertThat(ops).hasSize(20_000);
        assertThat(ops.stream().filter(o -> o.kind() != '+').map(UnifiedDiff.Op::text).toList())
                .isEqualTo(a);
    }
}
