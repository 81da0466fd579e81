package dev.wsladvisor.cli;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.lint.WslConfigLinter;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.apply.UnifiedDiff;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigFiles;
import dev.wsladvisor.wslconfig.apply.WslConfigMerger;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
        header = "Merge the suggested settings into your .wslconfig, keeping everything of yours.",
        description = {
            "Keeps your comments, order, blank lines, unknown keys and line endings, and",
            "changes only the values that differ. Prints a unified diff, backs the old file",
            "up with a timestamp, and writes the new one atomically. Running it again",
            "changes nothing. Restart WSL afterwards with: wsl --shutdown",
            "Files are read within " + dev.wsladvisor.wslconfig.parse.WslConfigFiles.LIMITS + ".",
            "",
            "Examples:",
            "  wsl-advisor wslconfig apply --facts facts.json --dry-run",
            "  wsl-advisor wslconfig apply --facts facts.json",
            "  wsl-advisor wslconfig apply --facts f.json --file /mnt/c/Users/me/.wslconfig"})
final class WslconfigApplyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    WslconfigCommand parent;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--facts", paramLabel = "F", required = true, description = "Facts document of the PC.")
    Path facts;

    @Option(names = "--file", paramLabel = "PATH",
            description = {"The .wslconfig to change.", "Default on Windows: %%UserProfile%%\\.wslconfig"})
    Path file;

    @Option(names = "--dry-run", description = "Show the diff, touch nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Path target = file != null ? file : defaultPath();
        WslConfigFiles.refuseWindowsPath(target);
        PrintWriter out = spec.commandLine().getOut();
        WslconfigServices.Suggestions s = parent.services().suggest(facts, ruleOptions.dirs());
        s.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (!"WSL2".equals(s.recommendation())) {
            out.println(s.recommendation() + " is recommended for this PC; .wslconfig applies only to WSL 2, so "
                    + target + " was left alone.");
            out.flush();
            return ExitCode.OK;
        }
        if (s.buildTooOldForWslconfig()) {
            out.println("Windows build " + s.build() + " does not read .wslconfig (it needs build 19041 or later), so "
                    + target + " was left alone; update Windows first, then run 'wsl-advisor wslconfig apply' again.");
            out.flush();
            return ExitCode.OK;
        }
        WslConfigDocument before = Files.exists(target) ? WslConfigFiles.document(target)
                : WslConfigDocument.read(new byte[0]);
        if (before.encoding().isUtf16()) {
            throw new UserInputException(target + ": is saved as " + before.encoding().label() + ", which WSL may not"
                    + " read; save it as UTF-8 (Notepad: File > Save as > Encoding: UTF-8) and run apply again");
        }
        if (before.isBinary()) {
            throw new UserInputException(target + ": is not a text config file (it holds binary data), so apply"
                    + " left it alone; check the path (the file is %UserProfile%\\.wslconfig on Windows,"
                    + " /mnt/c/Users/<you>/.wslconfig from WSL)");
        }
        WslConfigMerger.Result merged;
        try {
            merged = new WslConfigMerger(KeyCatalog.builtIn()).merge(before, s.settings(), harmfulLines(target, before));
        } catch (UserInputException e) {
            throw new UserInputException(dev.wsladvisor.text.Visible.escape(target.toString()) + ": " + e.getMessage(), e);
        }
        reportKept(out, merged);
        if (!merged.changed()) {
            out.println(target + (merged.changes().stream().anyMatch(c -> c.kind() == WslConfigMerger.Change.Kind.KEPT)
                    ? " keeps your values; nothing to change." : " already has every suggested setting; nothing to change."));
            out.flush();
            return ExitCode.OK;
        }
        // Before the diff: a file that cannot be written must not look changed.
        if (dryRun) {
            try {
                AtomicFileWriter.checkCanWrite(target);
            } catch (UserInputException e) {
                spec.commandLine().getErr().println("warning: " + e.getMessage() + " (the real run would stop here)");
            }
        } else {
            AtomicFileWriter.checkCanWrite(target);
        }
        out.print(UnifiedDiff.diff(target + " (before)", target + " (after)", before.textLines(),
                before.missingFinalNewline(), merged.document().textLines(), merged.document().missingFinalNewline()));
        if (dryRun) {
            out.println("Dry run: " + target + " was not changed.");
        } else {
            Optional<Path> backup = new AtomicFileWriter(parent.services().clock()).write(target,
                    merged.document().toBytes());
            backup.ifPresent(b -> out.println("Backup of the previous file: " + b));
            out.println("Wrote " + target + ". Run 'wsl --shutdown' so WSL reads it at the next start.");
        }
        reportLeftoverProblems(out, target, merged.document());
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Lines of the person's file with a lint error on this PC (facts included): their values harm it or WSL cannot
     * use them, so apply replaces them where it has a suggestion for the key instead of keeping them.
     */
    private java.util.Set<Integer> harmfulLines(Path target, WslConfigDocument before) {
        List<Object> hostFacts = parent.services().hostFacts(facts).facts();
        return new WslConfigLinter(parent.services().engine(ruleOptions.dirs()), KeyCatalog.builtIn())
                .lint(WslConfigParser.parse(before, ConfigDialect.WSLCONFIG), target.toString(), hostFacts).stream()
                .filter(LintFinding::isError).map(LintFinding::line).filter(l -> l > 0)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Says which of the person's own values apply kept, and what it would have written instead. */
    private static void reportKept(PrintWriter out, WslConfigMerger.Result merged) {
        for (WslConfigMerger.Change c : merged.changes()) {
            if (c.kind() == WslConfigMerger.Change.Kind.KEPT) {
                out.println("Kept your " + c.setting().key() + "=" + dev.wsladvisor.text.Visible.escape(c.oldValue())
                        + " (line " + c.line() + ") instead of the suggested " + c.setting().key() + "="
                        + c.setting().value() + ": apply changes a value you set only when WSL cannot read it or it"
                        + " harms this PC.");
            }
        }
    }

    /** Apply changes only its own keys; problems elsewhere in the person's file are pointed out, not touched. */
    private void reportLeftoverProblems(PrintWriter out, Path target, WslConfigDocument doc) {
        List<LintFinding> findings = new WslConfigLinter(parent.services().engine(ruleOptions.dirs()), KeyCatalog.builtIn())
                .lint(WslConfigParser.parse(doc, ConfigDialect.WSLCONFIG), target.toString(), List.of());
        long errors = findings.stream().filter(LintFinding::isError).count();
        if (errors > 0) {
            out.println("Note: " + errors + " other line(s) in " + target + " are ignored by WSL; see: wsl-advisor"
                    + " wslconfig lint " + target);
        }
    }

    private static Path defaultPath() {
        String profile = System.getenv("USERPROFILE");
        if (System.getProperty("os.name", "").startsWith("Windows") && profile != null) {
            return Path.of(profile, ".wslconfig");
        }
        throw new UserInputException("--file PATH is required when not running on Windows, e.g."
                + " --file /mnt/c/Users/<you>/.wslconfig");
    }
}
