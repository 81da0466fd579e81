package dev.wsladvisor.cli;

import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleProblem;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * rules check: every check loading the rules for advise makes, all problems at once, in plain
 * words.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check every --rules folder as 'advise --rules' would load it, and list every problem at once:",
            "syntax, unknown facts and fields (with 'did you mean'), metadata missing or with a value the tool",
            "cannot use (@favors(\"wsl3\"), @weight(lots)), @facts naming no fact, a constraint that can never",
            "match the facts document's values, rule ids used twice. Each problem is file:line:col: message,",
            "with the line and a caret under the offending text; --verbose adds the Drools compiler's own words.",
            "Warnings (System.exit in a rule, unknown metadata names, an @id that is not kebab-case) do not fail.",
            "",
            "Exit code 0 when the rules would load, 2 when advise would refuse them.",
            "",
            "Examples:",
            "  wsl-advisor rules check --rules ./my-rules",
            "  wsl-advisor --verbose rules check --rules ./my-rules",
            ""
        })
final class RulesCheckCommand implements Callable<Integer>, RunsRules {

    @Spec private CommandSpec spec;

    @Mixin private RuleOptions ruleOptions;

    /** Every rule is checked. */
    @Override
    public boolean wslconfigLint() {
        return true;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean verbose = ErrorHandling.verbose(spec.commandLine());
        RuleBase.Checked checked = RuleBase.check(ruleOptions.dirs());
        for (RuleProblem p : checked.problems()) {
            err.println(p.describe(verbose));
        }
        List<RuleProblem> errors = checked.errors();
        int warnings = checked.warnings().size();
        if (!errors.isEmpty()) {
            long files = errors.stream().map(RuleProblem::file).distinct().count();
            err.println(
                    count(errors.size(), "error")
                            + (warnings == 0 ? "" : ", " + count(warnings, "warning"))
                            + " in "
                            + count((int) files, "file")
                            + ": advise would refuse these rules. Fix them and run 'rules check' again.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        long own =
                checked.rules().stream()
                        .filter(r -> checked.userFiles().containsValue(r.file()))
                        .count();
        out.printf(
                "ok: %d rules (%d built-in, %d from --rules)%s%n",
                checked.rules().size(),
                checked.rules().size() - own,
                own,
                warnings == 0 ? "" : ", " + count(warnings, "warning"));
        out.flush();
        err.flush();
        return ExitCode.OK;
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
