package dev.wsladvisor.cli;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.JsonReport;
import dev.wsladvisor.advice.TextReport;
import dev.wsladvisor.advice.WslConfigReporter;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.UserInputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            "Facts come from a JSON document (see docs/facts-format.md); every field is optional, and an",
            "unknown fact is never taken as false: the advice says which unknown facts would matter.",
            "",
            "Examples:",
            "  wsl-advisor advise --facts facts/docker-web-developer.json",
            "  wsl-advisor advise --facts facts/home-laptop.json --format json",
            "  probe-output | wsl-advisor advise --facts -",
            "  wsl-advisor advise --facts host.json --explain --rules ./my-rules",
            ""})
public final class AdviseCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    private WslAdvisorCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--facts", paramLabel = "FILE", description = "The facts document (JSON), or '-' to read it from standard input. "
                    + "Without it, on a terminal, advise asks the questions that matter instead (as 'wsl-advisor ask').")
    private String facts;

    @Option(names = "--wslconfig", paramLabel = "FILE", description = "Your existing .wslconfig, to check it as well.")
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Console console = root.console();
        if (facts == null && !console.terminal()) {
            throw new UserInputException("advise needs the facts: --facts FILE (JSON), or --facts - to read standard input. "
                    + "Samples are in facts/, the format is in docs/facts-format.md. On a terminal, advise without --facts "
                    + "asks questions instead (wsl-advisor ask).");
        }
        String wslconfigText = readWslconfig();
        RuleBase rules = ruleOptions.load();
        FactsDocument document;
        if (facts == null) {
            // A person at a terminal without a facts file: interview them (docs/questionnaire.md).
            err.println("No --facts given: asking about your needs. Host facts stay unknown; "
                    + "'wsl-advisor probe --out host.json' then 'wsl-advisor ask --facts host.json' covers them too.");
            document = AskCommand.interview(rules, FactsDocument.empty(), console, err).facts();
        } else {
            document = new FactsReader(strict).read(facts, console.in());
            document.warnings().forEach(w -> err.println("warning: " + w));
        }
        Advice advice = report(document, rules, format, explain, console.colour(), out, wslconfigText, wslconfig);
        return failOnBlocked && advice.blocked() ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }

    /** Prints the advice on {@code document} as advise does; ask prints its advice through here too. */
    static Advice report(FactsDocument document, RuleBase rules, Format format, boolean explain, boolean colour,
                         PrintWriter out, String wslconfigText, Path wslconfig) {
        Advice advice = new AdviceAssembler(new Advisor(rules), wslConfigReporter(wslconfigText, wslconfig)).advise(document);
        if (format == Format.json) {
            out.println(JsonReport.pretty(advice));
        } else {
            out.print(new TextReport(colour, explain).render(advice));
        }
        out.flush();
        return advice;
    }

    private String readWslconfig() {
        if (wslconfig == null) {
            return null;
        }
        try {
            return Files.readString(wslconfig);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserInputException(wslconfig + ": no such file. --wslconfig takes your .wslconfig, usually %UserProfile%\\.wslconfig.");
        } catch (java.io.IOException e) {
            throw new UserInputException(wslconfig + ": cannot read: " + e.getMessage());
        }
    }

    private static WslConfigReporter wslConfigReporter(String wslconfigText, Path wslconfig) {
        return evaluation -> {
            String note = "WSL1".equals(evaluation.decision().recommendation().name())
                    ? ".wslconfig does not apply: it configures the WSL2 virtual machine, and WSL1 ignores it."
                    : null;
            if (wslconfigText != null) {
                long lines = wslconfigText.lines().count();
                note = (note == null ? "" : note + " ") + "Read " + wslconfig + " (" + lines + " lines).";
            }
            return new Advice.WslConfigPart(List.of(), "", List.of(), note);
        };
    }
}
