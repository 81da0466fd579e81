package dev.wsladvisor.cli;

import dev.wsladvisor.io.AtomicFileWriter;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.ask.AnswersFile;
import dev.wsladvisor.ask.Interview;
import dev.wsladvisor.ask.QuestionCatalog;
import dev.wsladvisor.ask.QuestionPlanner;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ask: the questionnaire, then the same advice as advise. */
@Command(name = "ask",
        mixinStandardHelpOptions = true,
        description = {
            "Ask only the questions that can still change the advice, then advise.",
            "",
            "The most decisive question comes first; the advice at the end is what 'advise' gives.",
            "",
            "Facts already in --facts are never asked again. At a prompt: an answer,",
            "Enter or \"don't know\" to leave it unknown, ? for why the question matters",
            "here, back, stop. Questions go to standard error, the advice to standard",
            "output. Piped input gives one answer per line; name=value (docker=yes)",
            "answers a question by its name, whatever the order the questions come in.",
            "When the input is not a terminal, a line that is not an answer is an error",
            "(exit 2) naming the line and the question (docs/questionnaire.md); lines",
            "left when no question is left are warned about, the advice stays. Input:",
            "at most 1000 lines of 4096 characters.",
            "",
            "Examples:",
            "  wsl-advisor ask",
            "  wsl-advisor ask --probe --save-answers me.json",
            "  wsl-advisor ask --facts host.json --save-answers me.json",
            "  printf 'projectLocation=linux\\ndocker=no\\n' |",
            "    wsl-advisor ask --facts host.json --format json",
            "  wsl-advisor advise --facts me.json",
            ""})
public final class AskCommand implements Callable<Integer>, RunsRules {

    @ParentCommand
    private WslAdvisorCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--facts", paramLabel = "FILE",
            description = "What is already known (a facts document, e.g. from probe); those facts are not asked.")
    private Path facts;

    @Mixin
    private RuleOptions ruleOptions;

    @Option(names = "--save-answers", paramLabel = "FILE",
            description = "Write the facts plus your answers to FILE, for 'advise --facts FILE'. An existing FILE is first kept as FILE.bak-<date>-<time>.")
    private Path saveAnswers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of the advice at the end: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private AdviseCommand.Format format;

    @Option(names = "--explain", description = "Show, for each reason, the rule id and the facts it matched.")
    private boolean explain;

    @Option(names = "--probe",
            description = "Find this PC's host facts first, as 'wsl-advisor probe' does, so the questions fit it; --facts, if given, adds to and overrides them.")
    private boolean probe;

    @Option(names = "--probe-replay", paramLabel = "DIR",
            description = "Read the host facts from outputs captured earlier (see 'wsl-advisor probe --replay').")
    private Path probeReplay;

    @Option(names = "--paste", paramLabel = "FILE",
            description = "Read the host facts from a whole paste first (outputs of wsl --version, wsl -l -v, systeminfo, ... as copied from a ticket; see 'wsl-advisor probe --paste').")
    private Path paste;

    @Option(names = "--wslconfig", paramLabel = "FILE",
            description = "Your existing .wslconfig, to check it in the advice as well (exit code 1 when a finding is an error)."
                    + " Read within " + dev.wsladvisor.wslconfig.parse.WslConfigFiles.LIMITS + ".")
    private Path wslconfig;

    @Option(names = "--strict", description = "Treat unknown field names in the facts as errors instead of warnings.")
    private boolean strict;

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
        if (facts != null && facts.toString().equals("-")) {
            throw new UserInputException("ask reads your answers from standard input, so --facts cannot be '-': save the facts to a file first"
                    + " (wsl-advisor probe --out host.json) and give --facts host.json.");
        }
        if (paste != null && paste.toString().equals("-")) {
            throw new UserInputException("ask reads your answers from standard input, so --paste cannot be '-': save the paste to a file"
                    + " and give --paste ticket.txt.");
        }
        checkWritable(saveAnswers);
        WslConfigAdviceReporter reporter = new WslConfigAdviceReporter(wslconfig);
        FactsDocument start = FactsDocument.empty();
        if (facts != null || probe || probeReplay != null || paste != null) {
            start = new ProbedFacts(strict, err).read(facts == null ? null : facts.toString(), console.in(), probe, probeReplay,
                    paste == null ? null : paste.toString());
            start.warnings().forEach(w -> err.println("warning: " + w));
        }
        RuleBase rules = ruleOptions.load(wslconfigLint());
        Interview.Result result = interview(rules, start, console, err);
        if (saveAnswers != null) {
            Path backup = AnswersFile.save(saveAnswers, result.facts());
            err.println("Saved the facts and your answers to " + saveAnswers
                    + (backup == null ? "" : " (the previous file is kept as " + backup.getFileName() + ")")
                    + ": wsl-advisor advise --facts " + saveAnswers);
        }
        err.flush();
        Advice advice = AdviseCommand.report(result.facts(), rules, reporter, format, explain, console.colour(), out);
        return AdviseCommand.hasErrorFinding(advice) ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }

    /** Runs the questionnaire on the console's input, talking on {@code talk}; advise on a terminal uses it too. */
    static Interview.Result interview(RuleBase rules, FactsDocument start, Console console, PrintWriter talk) {
        QuestionPlanner planner = new QuestionPlanner(new Advisor(rules), QuestionCatalog.answers());
        BufferedReader in = new BufferedReader(new InputStreamReader(console.in(), inputCharset(console)));
        return new Interview(planner, in, talk, !console.terminal(), !console.terminal()).run(start);
    }

    /** A terminal types in its own code page; pipes and tests give UTF-8. */
    private static Charset inputCharset(Console console) {
        java.io.Console system = System.console();
        return console.terminal() && system != null ? system.charset() : StandardCharsets.UTF_8;
    }

    /** Fails before the first question, not after the last, when the answers could not be saved. */
    private static void checkWritable(Path file) {
        if (file != null) {
            try {
                AtomicFileWriter.checkCanWrite(file);
            } catch (UserInputException e) {
                throw new UserInputException("--save-answers " + e.getMessage(), e);
            }
        }
    }
}
