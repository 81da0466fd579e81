package dev.wsladvisor.usecase;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.text.Visible;
import dev.wsladvisor.wslconfig.apply.UnifiedDiff;
import dev.wsladvisor.wslconfig.apply.WslConfigMerger;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.lint.WslConfigLinter;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigFiles;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code wslconfig apply}: the suggested settings merged into the person's file, keeping everything
 * of theirs (comments, order, unknown keys, line endings) and their own values unless WSL cannot
 * read them or they harm this PC. The command says what happens at each step; this class does it.
 */
public final class WslconfigApply {

    private final WslconfigServices services;
    private final List<Path> ruleDirs;

    public WslconfigApply(WslconfigServices services, List<Path> ruleDirs) {
        this.services = services;
        this.ruleDirs = ruleDirs;
    }

    /**
     * The file to change: {@code file} when given, else {@code %UserProfile%\.wslconfig} on
     * Windows.
     */
    public static Path target(Path file, Platform platform, Map<String, String> env) {
        Path target = file != null ? file : defaultPath(platform, env);
        WslConfigFiles.refuseWindowsPath(target);
        return target;
    }

    private static Path defaultPath(Platform platform, Map<String, String> env) {
        String profile = env.get("USERPROFILE");
        if (platform.onWindows() && profile != null) {
            return Path.of(profile, ".wslconfig");
        }
        throw new UserInputException(
                "--file PATH is required when not running on Windows, e.g."
                        + " --file /mnt/c/Users/<you>/.wslconfig");
    }

    /** The advisor's verdict and the settings to apply (none unless WSL2 is recommended). */
    public WslconfigServices.Suggestions suggest(String facts) {
        return services.suggest(facts, ruleDirs);
    }

    /** The person's file before, and after the merge. */
    public record Merge(Path target, WslConfigDocument before, WslConfigMerger.Result result) {

        /** The person's own values that apply kept instead of a suggestion. */
        public List<WslConfigMerger.Change> kept() {
            return result.changes().stream()
                    .filter(c -> c.kind() == WslConfigMerger.Change.Kind.KEPT)
                    .toList();
        }

        public String diff() {
            return UnifiedDiff.diff(
                    target + " (before)",
                    target + " (after)",
                    before.textLines(),
                    before.missingFinalNewline(),
                    result.document().textLines(),
                    result.document().missingFinalNewline());
        }
    }

    /**
     * Reads {@code target} (none yet is an empty file) and merges the suggested settings into it,
     * in memory.
     */
    public Merge merge(Path target, String facts, WslconfigServices.Suggestions suggestions) {
        WslConfigDocument before =
                Files.exists(target)
                        ? WslConfigFiles.document(target)
                        : WslConfigDocument.read(new byte[0]);
        if (before.encoding().isUtf16()) {
            throw new UserInputException(
                    target
                            + ": is saved as "
                            + before.encoding().label()
                            + ", which WSL may not"
                            + " read; save it as UTF-8 (Notepad: File > Save as > Encoding: UTF-8) and run apply again");
        }
        if (before.isBinary()) {
            throw new UserInputException(
                    target
                            + ": is not a text config file (it holds binary data), so apply"
                            + " left it alone; check the path (the file is %UserProfile%\\.wslconfig on Windows,"
                            + " /mnt/c/Users/<you>/.wslconfig from WSL)");
        }
        try {
            return new Merge(
                    target,
                    before,
                    new WslConfigMerger(KeyCatalog.builtIn())
                            .merge(
                                    before,
                                    suggestions.settings(),
                                    harmfulLines(target, before, facts)));
        } catch (UserInputException e) {
            throw new UserInputException(
                    Visible.escape(target.toString()) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lines of the person's file with a lint error on this PC (facts included): their values harm
     * it or WSL cannot use them, so apply replaces them where it has a suggestion for the key
     * instead of keeping them.
     */
    private Set<Integer> harmfulLines(Path target, WslConfigDocument before, String facts) {
        List<Object> hostFacts = services.hostFacts(facts).facts();
        return lint(target, before, hostFacts).stream()
                .filter(LintFinding::isError)
                .map(LintFinding::line)
                .filter(l -> l > 0)
                .collect(Collectors.toSet());
    }

    /** Writes the merged file atomically; the backup of the previous one, if there was one. */
    public Optional<Path> write(Merge merge) {
        return new AtomicFileWriter(services.clock())
                .write(merge.target(), merge.result().document().toBytes());
    }

    /**
     * Apply changes only its own keys: the lines elsewhere in the file that WSL still ignores, to
     * point out.
     */
    public long leftoverErrors(Merge merge) {
        return lint(merge.target(), merge.result().document(), List.of()).stream()
                .filter(LintFinding::isError)
                .count();
    }

    private List<LintFinding> lint(Path target, WslConfigDocument doc, List<Object> hostFacts) {
        return new WslConfigLinter(services.engine(ruleDirs), KeyCatalog.builtIn())
                .lint(
                        WslConfigParser.parse(doc, ConfigDialect.WSLCONFIG),
                        target.toString(),
                        hostFacts);
    }
}
