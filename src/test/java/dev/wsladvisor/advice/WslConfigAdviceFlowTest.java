package dev.wsladvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.RuleFixture;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.lint.WslConfigLintFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two calls advise makes: facts in before firing, contract part out after. */
class WslConfigAdviceFlowTest {

    @Test
    void aPersonsFileBecomesFindingsInTheContractShape(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".wslconfig");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Files.writeString(
                file, "memory=4GB\n[wsl2]\nmemroy=8GB\n", java.nio.file.StandardOpenOption.APPEND);
        List<Object> facts = WslConfigLintFacts.ofWslconfig(file);
        List<LintFinding> findings = RuleFixture.fire(facts, LintFinding.class);
        WslConfigAdvice.Part part =
                WslConfigAdvice.from("WSL2", List.of(), findings, KeyCatalog.builtIn());
        assertThat(part.findings())
                .extracting(Advice.Finding::severity, Advice.Finding::line, Advice.Finding::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("error", 1, "memory"),
                        org.assertj.core.groups.Tuple.tuple("error", 3, "memroy"),
                        org.assertj.core.groups.Tuple.tuple("info", null, ""));
        assertThat(part.findings().get(1).fix()).isEqualTo("did you mean memory?");
    }
}
