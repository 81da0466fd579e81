package dev.wsladvisor.usecase;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.lint.LintReport;
import dev.wsladvisor.wslconfig.lint.WslConfigLinter;
import dev.wsladvisor.wslconfig.parse.WslConfigFiles;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wslconfig lint}: a .wslconfig and a wsl.conf read as WSL reads them, and what WSL will
 * ignore or misread.
 */
public final class WslconfigLint {

    private WslconfigLint() {}

    /**
     * The findings of {@code wslconfig} and {@code wslConf} (either may be null, not both; '-'
     * reads {@code stdin}, for one of them), checked against {@code hostFacts} too.
     */
    public static List<LintReport.FileFindings> lint(
            WslconfigServices services,
            List<Path> ruleDirs,
            Path wslconfig,
            Path wslConf,
            List<Object> hostFacts,
            InputStream stdin) {
        WslConfigLinter linter =
                new WslConfigLinter(services.engine(ruleDirs), KeyCatalog.builtIn());
        List<LintReport.FileFindings> files = new ArrayList<>();
        if (wslconfig != null) {
            String name = name(wslconfig);
            files.add(
                    new LintReport.FileFindings(
                            name,
                            linter.lint(
                                    WslConfigFiles.parse(wslconfig, stdin, ConfigDialect.WSLCONFIG),
                                    name,
                                    hostFacts)));
        }
        if (wslConf != null) {
            String name = name(wslConf);
            files.add(
                    new LintReport.FileFindings(
                            name,
                            linter.lint(
                                    WslConfigFiles.parse(wslConf, stdin, ConfigDialect.WSL_CONF),
                                    name,
                                    hostFacts)));
        }
        return files;
    }

    /** Refused before anything is read: nothing to check, or standard input named twice. */
    public static void refuseUnusable(Path wslconfig, Path wslConf) {
        if (wslconfig == null && wslConf == null) {
            throw new UserInputException(
                    "nothing to check: pass a .wslconfig FILE, --wsl-conf FILE, or both");
        }
        if (WslConfigFiles.isStdin(wslconfig) && WslConfigFiles.isStdin(wslConf)) {
            throw new UserInputException(
                    "only one of FILE and --wsl-conf can be '-' (standard input)");
        }
    }

    public static boolean hasErrors(List<LintReport.FileFindings> files) {
        return files.stream().flatMap(f -> f.findings().stream()).anyMatch(LintFinding::isError);
    }

    private static String name(Path file) {
        return WslConfigFiles.isStdin(file) ? WslConfigFiles.STDIN : file.toString();
    }
}
