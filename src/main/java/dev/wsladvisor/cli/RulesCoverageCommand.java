package dev.wsladvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsladvisor.scenario.Coverage;
import dev.wsladvisor.scenario.ScenarioSuite;
import dev.wsladvisor.usecase.ScenarioRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** rules coverage: over a set of scenarios, which rules fired and which never did. */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = {
            "Run scenarios and show which rules fired in at least one and which never did, built-in and",
            "yours, each by id and file. A rule that never fires has no scenario that shows it works.",
            "",
            "Exit code 0; 1 with --require-all when a rule never fired; 2 when a scenario cannot be read.",
            "",
            "Examples:",
            "  wsl-advisor rules coverage --rules ./my-rules",
            "  wsl-advisor rules coverage --rules ./my-rules --only ./my-rules --require-all",
            "  wsl-advisor rules coverage --rules ./my-rules --format json",
            ""
        })
final class RulesCoverageCommand implements Callable<Integer>, RunsRules {

    @Spec private CommandSpec spec;

    @Mixin private RuleOptions ruleOptions;

    @Mixin private ScenarioOptions scenarios;

    @Mixin private FormatOption format;

    @Option(
            names = "--only",
            paramLabel = "TEXT",
            description =
                    "Only rules whose file path contains TEXT (your own folder, or workload.drl).")
    private String only;

    @Option(
            names = "--require-all",
            description = "Exit with code 1 when a rule never fired, for CI.")
    private boolean requireAll;

    /** Scenarios may bring .wslconfig lines, so every rule is loaded. */
    @Override
    public boolean wslconfigLint() {
        return true;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioRun ran = scenarios.run(ruleOptions);
        Coverage coverage = ran.coverage(only);
        List<ScenarioSuite.Entry> unreadable = ran.unreadable();
        unreadable.forEach(e -> err.println("wsl-advisor: " + e.error()));
        if (format.json()) {
            out.println(json(coverage));
        } else {
            text(coverage, out);
        }
        out.flush();
        err.flush();
        return !unreadable.isEmpty()
                ? ExitCode.BAD_INPUT
                : requireAll && !coverage.neverFired().isEmpty()
                        ? ExitCode.PROBLEMS_FOUND
                        : ExitCode.OK;
    }

    private static void text(Coverage coverage, PrintWriter out) {
        int total = coverage.rules().size();
        int fired = total - coverage.neverFired().size();
        out.println(
                "Over "
                        + RulesCheckCommand.count(coverage.scenarios(), "scenario")
                        + ", "
                        + fired
                        + " of "
                        + RulesCheckCommand.count(total, "rule")
                        + " fired"
                        + (total == 0
                                ? "."
                                : String.format(Locale.ROOT, " (%d%%).", fired * 100 / total)));
        if (!coverage.neverFired().isEmpty()) {
            out.println();
            out.println("Never fired (" + coverage.neverFired().size() + "):");
            for (Coverage.RuleCoverage r : coverage.neverFired()) {
                out.println("  " + r.rule().id());
                out.println("      " + r.rule().file());
            }
        }
        out.println();
        out.println("Fired:");
        for (Coverage.RuleCoverage r : coverage.rules()) {
            if (r.fired()) {
                out.println(
                        "  "
                                + r.rule().id()
                                + "  ("
                                + RulesCheckCommand.count(r.scenarios().size(), "scenario")
                                + ")");
                out.println("      " + r.rule().file());
            }
        }
    }

    private static String json(Coverage coverage) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("scenarios", coverage.scenarios());
        root.put("rules", coverage.rules().size());
        root.put("fired", coverage.rules().size() - coverage.neverFired().size());
        ArrayNode never = root.putArray("neverFired");
        ArrayNode all = root.putArray("coverage");
        for (Coverage.RuleCoverage r : coverage.rules()) {
            if (!r.fired()) {
                never.addObject().put("id", r.rule().id()).put("file", r.rule().file());
            }
            ObjectNode o = all.addObject().put("id", r.rule().id()).put("file", r.rule().file());
            ArrayNode in = o.putArray("scenarios");
            r.scenarios().forEach(in::add);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
