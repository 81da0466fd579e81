package dev.wsladvisor.cli;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.JsonReport;
import dev.wsladvisor.advice.TextReport;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import dev.wsladvisor.errors.UserInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** advise: facts in, rules fire, advice out. */
@Command(name = "advise",
        mixinStandardHelpOptions = true,
        description = {
            "Recommend WSL1 or WSL2 for one PC, say what blocks it and how to fix it, and explain every reason.",
            "",
            "Facts come from a JSON document (see docs/facts-format.md), from 'probe', or from your answers.",
            "Every field is optional; an unknown fact is never taken as false, and the advice says which",
            "unknown facts would matter.",
            "",
            "Examples:",
            "  wsl-advisor advise --facts facts/docker-web-developer.json",
            "  wsl-advisor advise --facts facts/home-laptop.json --format json",
            "  wsl-advisor probe | wsl-advisor advise --facts -",
            "  wsl-advisor advise --paste ticket.txt",
            "  wsl-advisor advise --facts host.json --explain --rules ./my-rules",
            ""})
public final class AdviseCommand implements Callable<Integer>, RunsRules {

    enum Format { text, json }

    @ParentCommand
    private WslAdvisorCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--facts", paramLabel = "FILE", description = "The facts document (JSON, at most 10 MiB; each list is read up to"
            + " 100 entries), or '-' to read it from standard input. With no facts at all, on a terminal, advise asks the questions that matter instead (as 'wsl-advisor ask').")
    private String facts;

    @Option(names = "--probe", description = "Detect the host facts on this PC first (see 'wsl-advisor probe'); --facts, if given, adds to and overrides them.")
    private boolean probe;

    @Option(names = "--probe-replay", paramLabel = "DIR",
            description = "Read the host facts from outputs captured earlier (see 'wsl-advisor probe --replay').")
    private Path probeReplay;

    @Option(names = "--paste", paramLabel = "FILE",
            description = "Read the host facts from a whole paste (outputs of wsl --version, wsl -l -v, systeminfo, ... as copied from a ticket; see 'wsl-advisor probe --paste'), or '-' for standard input.")
    private String paste;

    @Option(names = "--wslconfig", paramLabel = "FILE",
            description = "Your existing .wslconfig, to check it as well (exit code 1 when a finding is an error, as wslconfig lint)."
                    + " Read within " + dev.wsladvisor.wslconfig.parse.WslConfigFiles.LIMITS + ".")
    private Path wslconfig;

    @Mixin
    private RuleOptions ruleOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). JSON follows docs/advice-format.md.")
    private Format format;

    @Option(names = "--explain", description = "Show, for each reason, the rule id and the facts it matched.")
    private boolean explain;

    @Option(names = "--strict", description = "Treat unknown field names in the facts as errors instead of warnings.")
    private boolean strict;

    @Option(names = "--fail-on-blocked", description = "Exit with code 1 when the recommended version is blocked.")
    private boolean failOnBlocked;

    /** Without a .wslconfig the rules that check its lines could not fire, so they are left out. */
    @Override
    public boolean wslconfigLint() {
        return wslconfig != null;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Console console = root.console();
        boolean noFacts = facts == null && !probe && probeReplay == null && paste == null;
        if (noFacts && !console.terminal()) {
            throw new UserInputException("advise needs the facts: --facts FILE (JSON), --facts - to read standard input, "
                    + "or --probe to detect them on this PC. Samples are in facts/, the format is in docs/facts-format.md. "
                    + "On a terminal, advise without facts asks questions instead (wsl-advisor ask).");
        }
        WslConfigAdviceReporter reporter = new WslConfigAdviceReporter(wslconfig);
        FactsDocument document;
        RuleBase rules;
        if (noFacts) {
            rules = ruleOptions.load(wslconfigLint());
            // A person at a terminal without any facts: interview them (docs/questionnaire.md).
            err.println("No --facts given: asking about your needs. Host facts stay unknown; "
                    + "'wsl-advisor ask --probe' finds them on this PC first.");
            document = AskCommand.interview(rules, FactsDocument.empty(), console, err).facts();
        } else {
            // The facts first: the rules may still be loading on another core (StartupWarmup).
            document = new ProbedFacts(strict, err).read(facts, console.in(), probe, probeReplay, paste);
            document.warnings().forEach(w -> err.println("warning: " + w));
            rules = ruleOptions.load(wslconfigLint());
        }
                Advice advice = report(document, rules, reporter, format, explain, console.colour(), out);
        return failOnBlocked && advice.blocked() || hasErrorFinding(advice) ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }

    /** The contract's exit code 1, "found problems at error severity (a lint ...)", holds for the --wslconfig lint too. */
    static boolean hasErrorFinding(Advice advice) {
        return advice.wslconfig() != null && advice.wslconfig().findings().stream().anyMatch(f -> "error".equals(f.severity()));
    }

    /** Prints the advice on {@code document} as advise does; ask prints its advice through here too. */
    static Advice report(FactsDocument document, RuleBase rules, WslConfigAdviceReporter reporter, Format format,
                         boolean explain, boolean colour, PrintWriter out) {
        Advice advice = new AdviceAssembler(new Advisor(rules, reporter.extraFacts()), reporter).advise(document);
        if (format == Format.json) {
            out.println(JsonReport.pretty(advice));
        } else {
            out.print(new TextReport(colour, explain).render(advice));
        }
        out.flush();
        return advice;
    }
}
