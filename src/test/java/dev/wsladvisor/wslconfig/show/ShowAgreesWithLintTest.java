package dev.wsladvisor.wslconfig.show;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.support.RuleFixture;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.SectionHeader;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * show and lint share one parse: every line show says WSL ignores is a line lint reports, and the
 * reverse for errors.
 */
class ShowAgreesWithLintTest {

    @Property(tries = 100)
    void everyIgnoredLineHasAFindingAndNoUsedLineHasAnIgnoringOne(@ForAll("files") String text) {
        ParseResult parsed =
                WslConfigParser.parse(WslConfigDocument.ofText(text), ConfigDialect.WSLCONFIG);
        EffectiveConfig shown = EffectiveConfig.of("f", parsed, KeyCatalog.builtIn(), null);
        List<LintFinding> findings = RuleFixture.lint(text, ConfigDialect.WSLCONFIG);
        Set<Integer> findingLines =
                findings.stream().map(LintFinding::line).collect(Collectors.toSet());
        for (EffectiveConfig.Ignored i : shown.ignored()) {
            // lint names a whole unknown or wrong-file section once, at its header; show lists each
            // key under it
            int header =
                    parsed.headers().stream()
                            .mapToInt(SectionHeader::line)
                            .filter(l -> l < i.line())
                            .max()
                            .orElse(-1);
            assertThat(findingLines.contains(i.line()) || findingLines.contains(header))
                    .as(text + "\nignored: " + i)
                    .isTrue();
        }
        Set<String> ignoringRules =
                Set.of(
                        "wslconfig-unknown-key",
                        "wslconfig-invalid-value",
                        "wslconfig-duplicate-key",
                        "wslconfig-removed-key",
                        "wslconfig-syntax-error",
                        "wslconfig-semicolon-comment");
        // a used line whose note says WSL dropped part of it (ignoredPorts=80,x keeps 80) is an
        // error for lint too
        Set<Integer> used =
                shown.settings().values().stream()
                        .filter(v -> v.note() == null)
                        .map(EffectiveConfig.Setting::line)
                        .collect(Collectors.toSet());
        for (LintFinding f : findings) {
            if (ignoringRules.contains(f.ruleId()) && used.contains(f.line())) {
                // a line may hold a used key and, after a lone CR, an ignored one: then show lists
                // it in both
                assertThat(shown.ignored()).as(text + "\n" + f).anyMatch(i -> i.line() == f.line());
            }
        }
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> line =
                Arbitraries.of(
                        "[wsl2]",
                        "[experimental]",
                        "[general]",
                        "[boot]",
                        "[ wsl2 ]",
                        "memory=8GB",
                        "memory=8gb",
                        "memory=8GB ; half",
                        "memroy=4GB",
                        "processors=4",
                        "processors=four",
                        "swap=0",
                        "pageReporting=false",
                        "networkingMode=mirrored",
                        "networkingMode=bogus",
                        "firewall=true",
                        "autoMemoryReclaim=gradual",
                        "ignoredPorts=80,x",
                        "dnsTunnelingIpAddress=10.0.0.01",
                        "kernelCommandLine=a\\qb",
                        "kernel=C:\\\\k",
                        "; comment",
                        "# comment",
                        "",
                        "systemd=true",
                        "localhostForwarding=true",
                        "guiApplications=1",
                        "key with space=1",
                        "sparseVhd=true");
        return line.list().ofMaxSize(14).map(l -> String.join("\n", l) + "\n");
    }
}
