package dev.wsladvisor.cli;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.usecase.AdviseHost;
import dev.wsladvisor.usecase.FactsSource;
import dev.wsladvisor.usecase.Questionnaire;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** advise: facts in, rules fire, advice out. */
@Command(
        name = "advise",
        mixinStandardHelpOptions = true,
        description = {
            "Recommend WSL1 or WSL2 for one PC, say what blocks it and how to fix it, and explain every reason.",
            "",
            "Facts come from a JSON document (see docs/facts-format.md), from 'probe', or from your answers."
                    + " Every field is optional; an unknown fact is never taken as false, and the advice says"
                    + " which unknown facts would matter. With no facts at all, on a terminal, advise asks the"
                    + " questions that matter instead (as 'wsl-advisor ask').",
            "",
            "The JSON output (--format json) follows docs/advice-format.md.",
            "",
            "Examples:",
            "  wsl-advisor advise --facts facts/docker-web-developer.json",
            "  wsl-advisor advise --facts facts/home-laptop.json --format json",
            "  wsl-advisor probe | wsl-advisor advise --facts -",
            "  wsl-advisor advise --paste ticket.txt",
            "  wsl-advisor advise --facts host.json --explain --rules ./my-rules",
            ""
        })
public final class AdviseCommand implements Callable<Integer>, RunsRules {

    @ParentCommand private WslAdvisorCommand root;

    @Spec private CommandSpec spec;

    @Mixin private FactsOption facts;

    @Mixin private HostProbeOptions probe;

    @Mixin private WslconfigOption wslconfig;

    @Mixin private RuleOptions ruleOptions;

    @Mixin private FormatOption format;

    @Mixin private ExplainOption explain;

    @Mixin private StrictOption strict;

    @Option(
            names = "--fail-on-blocked",
            description = "Exit with code 1 when the recommended version is blocked.")
    private boolean failOnBlocked;

    /** Without a .wslconfig the rules that check its lines could not fire, so they are left out. */
    @Override
    public boolean wslconfigLint() {
        return wslconfig.wslconfig() != null;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Console console = root.console();
        FactsSource source = probe.with(facts, strict);
        if (!source.given() && !console.terminal()) {
            throw new UserInputException(
                    "advise needs the facts: --facts FILE (JSON), --facts - to read standard input, "
                            + "or --probe to detect them on this PC. Samples are in facts/, the format is in docs/facts-format.md. "
                            + "On a terminal, advise without facts asks questions instead (wsl-advisor ask).");
        }
        AdviseHost host = new AdviseHost(wslconfig.wslconfig());
        FactsDocument document;
        RuleBase rules;
        if (!source.given()) {
            rules = ruleOptions.load(wslconfigLint());
            // A person at a terminal without any facts: interview them (docs/questionnaire.md).
            err.println(
                    "No --facts given: asking about your needs. Host facts stay unknown; "
                            + "'wsl-advisor ask --probe' finds them on this PC first.");
            document =
                    Questionnaire.run(
                                    rules,
                                    FactsDocument.empty(),
                                    console.in(),
                                    console.inputCharset(),
                                    console.terminal(),
                                    err)
                            .facts();
        } else {
            // The facts first: the rules may still be loading on another core (StartupWarmup).
            document = source.read(console.in(), console.platform().hostProbe(), err::println);
            document.warnings().forEach(w -> err.println("warning: " + w));
            rules = ruleOptions.load(wslconfigLint());
        }
        Advice advice = host.advise(document, rules);
        AdviceOutput.print(advice, format.json(), explain.explain(), console.colour(), out);
        return failOnBlocked && advice.blocked() || AdviseHost.hasErrorFinding(advice)
                ? ExitCode.PROBLEMS_FOUND
                : ExitCode.OK;
    }
}
