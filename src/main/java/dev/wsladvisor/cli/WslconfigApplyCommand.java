package dev.wsladvisor.cli;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.text.Visible;
import dev.wsladvisor.usecase.WslconfigApply;
import dev.wsladvisor.usecase.WslconfigServices;
import dev.wsladvisor.wslconfig.apply.WslConfigMerger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
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
            "  wsl-advisor wslconfig apply --facts f.json --file /mnt/c/Users/me/.wslconfig"
        })
final class WslconfigApplyCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @ParentCommand WslconfigCommand parent;

    @Mixin RuleOptions ruleOptions = new RuleOptions();

    @Mixin FactsOption facts = new FactsOption();

    @Option(
            names = "--file",
            paramLabel = "PATH",
            description = {
                "The .wslconfig to change.",
                "Default on Windows: %%UserProfile%%\\.wslconfig"
            })
    Path file;

    @Option(names = "--dry-run", description = "Show the diff, touch nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        String factsFile = facts.required();
        Console console = parent.console();
        Path target = WslconfigApply.target(file, console.platform(), console.env());
        PrintWriter out = spec.commandLine().getOut();
        WslconfigApply apply = new WslconfigApply(parent.services(), ruleOptions.dirs());
        WslconfigServices.Suggestions s = apply.suggest(factsFile);
        s.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (!"WSL2".equals(s.recommendation())) {
            out.println(
                    s.recommendation()
                            + " is recommended for this PC; .wslconfig applies only to WSL 2, so "
                            + target
                            + " was left alone.");
            out.flush();
            return ExitCode.OK;
        }
        if (s.buildTooOldForWslconfig()) {
            out.println(
                    "Windows build "
                            + s.build()
                            + " does not read .wslconfig (it needs build 19041 or later), so "
                            + target
                            + " was left alone; update Windows first, then run 'wsl-advisor wslconfig apply' again.");
            out.flush();
            return ExitCode.OK;
        }
        WslconfigApply.Merge merged = apply.merge(target, factsFile, s);
        for (WslConfigMerger.Change c : merged.kept()) {
            out.println(
                    "Kept your "
                            + c.setting().key()
                            + "="
                            + Visible.escape(c.oldValue())
                            + " (line "
                            + c.line()
                            + ") instead of the suggested "
                            + c.setting().key()
                            + "="
                            + c.setting().value()
                            + ": apply changes a value you set only when WSL cannot read it or it"
                            + " harms this PC.");
        }
        if (!merged.result().changed()) {
            out.println(
                    target
                            + (!merged.kept().isEmpty()
                                    ? " keeps your values; nothing to change."
                                    : " already has every suggested setting; nothing to change."));
            out.flush();
            return ExitCode.OK;
        }
        // Before the diff: a file that cannot be written must not look changed.
        if (dryRun) {
            try {
                AtomicFileWriter.checkCanWrite(target);
            } catch (UserInputException e) {
                spec.commandLine()
                        .getErr()
                        .println("warning: " + e.getMessage() + " (the real run would stop here)");
            }
        } else {
            AtomicFileWriter.checkCanWrite(target);
        }
        out.print(merged.diff());
        if (dryRun) {
            out.println("Dry run: " + target + " was not changed.");
        } else {
            Optional<Path> backup = apply.write(merged);
            backup.ifPresent(b -> out.println("Backup of the previous file: " + b));
            out.println(
                    "Wrote "
                            + target
                            + ". Run 'wsl --shutdown' so WSL reads it at the next start.");
        }
        long leftover = apply.leftoverErrors(merged);
        if (leftover > 0) {
            out.println(
                    "Note: "
                            + leftover
                            + " other line(s) in "
                            + target
                            + " are ignored by WSL; see: wsl-advisor"
                            + " wslconfig lint "
                            + target);
        }
        out.flush();
        return ExitCode.OK;
    }
}
