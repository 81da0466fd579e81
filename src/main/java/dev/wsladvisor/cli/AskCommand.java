package dev.wsladvisor.cli;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.ask.Interview;
import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.usecase.AdviseHost;
import dev.wsladvisor.usecase.FactsSource;
import dev.wsladvisor.usecase.Questionnaire;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ask: the questionnaire, then the same advice as advise. */
@Command(
        name = "ask",
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
            ""
        })
public final class AskCommand implements Callable<Integer>, RunsRules {

    @ParentCommand private WslAdvisorCommand root;

    @Spec private CommandSpec spec;

    @Mixin private FactsOption facts;

    @Mixin private HostProbeOptions probe;

    @Mixin private WslconfigOption wslconfig;

    @Mixin private RuleOptions ruleOptions;

    @Option(
            names = "--save-answers",
            paramLabel = "FILE",
            description =
                    "Write the facts plus your answers to FILE, for 'advise --facts FILE'. An existing FILE is first kept as FILE.bak-<date>-<time>.")
    private Path saveAnswers;

    @Mixin private FormatOption format;

    @Mixin private ExplainOption explain;

    @Mixin private StrictOption strict;

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
        if ("-".equals(facts.facts())) {
            throw new UserInputException(
                    "ask reads your answers from standard input, so --facts cannot be '-': save the facts to a file first"
                            + " (wsl-advisor probe --out host.json) and give --facts host.json.");
        }
        if ("-".equals(probe.paste())) {
            throw new UserInputException(
                    "ask reads your answers from standard input, so --paste cannot be '-': save the paste to a file"
                            + " and give --paste ticket.txt.");
        }
        Questionnaire.checkCanSave(saveAnswers);
        AdviseHost host = new AdviseHost(wslconfig.wslconfig());
        FactsSource source = probe.with(facts, strict);
        FactsDocument start = FactsDocument.empty();
        if (source.given()) {
            start = source.read(console.in(), console.platform().hostProbe(), err::println);
            start.warnings().forEach(w -> err.println("warning: " + w));
        }
        RuleBase rules = ruleOptions.load(wslconfigLint());
        Interview.Result result =
                Questionnaire.run(
                        rules,
                        start,
                        console.in(),
                        console.inputCharset(),
                        console.terminal(),
                        err);
        if (saveAnswers != null) {
            Path backup = Questionnaire.save(saveAnswers, result.facts());
            err.println(
                    "Saved the facts and your answers to "
                            + saveAnswers
                            + (backup == null
                                    ? ""
                                    : " (the previous file is kept as "
                                            + backup.getFileName()
                                            + ")")
                            + ": wsl-advisor advise --facts "
                            + saveAnswers);
        }
        err.flush();
        Advice advice = host.advise(result.facts(), rules);
        AdviceOutput.print(advice, format.json(), explain.explain(), console.colour(), out);
        return AdviseHost.hasErrorFinding(advice) ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }
}
