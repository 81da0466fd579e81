package dev.wsladvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule file written before the .wslconfig classes moved into subpackages (issue 14) imports names
 * that are gone: the message says where each one is now, at the import, instead of only that the
 * fact type is unknown.
 */
class RuleImportsOfMovedNamesTest {

    private static final String OLD_LINT_RULE =
            """
            package myteam.wslconfig;

            import dev.wsladvisor.wslconfig.LintEntry;
            import function dev.wsladvisor.wslconfig.LintDsl.finding;

            rule "Our laptops keep swap on"
                @id("myteam-swap-off")
                @severity("warning")
                @explanation("Builds on our 16 GB laptops get killed without swap.")
                @fix("Delete swap=0, or set swap=4GB.")
                @source("https://wiki.example.com/wsl")
            when
                $e : LintEntry( canonicalName == "wsl2.swap", effective == true, sizeBytes == 0 )
            then
                insertLogical( finding(kcontext, $e, "swap=0 turns swap off") );
            end
            """;

    @Test
    void checkNamesTheNewPlaceOfEachMovedImportAtItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("policy.drl"), OLD_LINT_RULE);
        Files.writeString(
                dir.resolve("suggest.drl"),
                """
                package myteam.suggest;

                import dev.wsladvisor.rules.Verdict;
                import function dev.wsladvisor.wslconfig.LintDsl.setting;

                rule "Mirrored for us"
                    @id("myteam-mirrored")
                    @explanation("We use mirrored networking.")
                    @source("https://wiki.example.com/wsl")
                when
                    Verdict( recommendation == "WSL2" )
                then
                    insertLogical( setting(kcontext, "wsl2", "networkingMode", "mirrored", "ours") );
                end
                """);
        CliRun check = CliRun.run("rules", "check", "--rules", dir.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        String policy = dir.resolve("policy.drl").toString();
        assertThat(check.err())
                .contains(
                        policy
                                + ":3:8: there is nothing to import as dev.wsladvisor.wslconfig.LintEntry; it is"
                                + " dev.wsladvisor.wslconfig.lint.LintEntry now: import that instead.",
                        policy
                                + ":4:17: there is nothing to import as dev.wsladvisor.wslconfig.LintDsl.finding; it is"
                                + " dev.wsladvisor.wslconfig.lint.LintDsl.finding now: import that instead.",
                        dir.resolve("suggest.drl")
                                + ":4:17: there is nothing to import as"
                                + " dev.wsladvisor.wslconfig.LintDsl.setting; it is"
                                + " dev.wsladvisor.wslconfig.suggest.SuggestDsl.setting now: import that instead.");
    }

    @Test
    void theFirstProblemACommandRefusesWithSaysWhichImportToWrite(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("policy.drl"), OLD_LINT_RULE);
        Path wslconfig = Files.writeString(dir.resolve(".wslconfig"), "[wsl2]\nswap=0\n");
        CliRun lint =
                CliRun.run("wslconfig", "lint", "--rules", dir.toString(), wslconfig.toString());
        assertThat(lint.exitCode()).isEqualTo(2);
        assertThat(lint.err())
                .contains(
                        dir.resolve("policy.drl")
                                + ":13:10: the file imports LintEntry from where it"
                                + " no longer is: write 'import dev.wsladvisor.wslconfig.lint.LintEntry;'.");
    }

    @Test
    void anImportOfANameThatNeverExistedSaysToCheckTheName(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("policy.drl"),
                OLD_LINT_RULE.replace(
                        "import dev.wsladvisor.wslconfig.LintEntry;",
                        "import dev.wsladvisor.wslconfig.lint.LintEntry;\nimport dev.wsladvisor.facts.HostOss;"));
        CliRun check = CliRun.run("rules", "check", "--rules", dir.toString());
        assertThat(check.err())
                .contains(
                        dir.resolve("policy.drl")
                                + ":4:8: there is nothing to import as"
                                + " dev.wsladvisor.facts.HostOss: check the name (docs/writing-rules.md lists what a rule imports).");
    }
}
