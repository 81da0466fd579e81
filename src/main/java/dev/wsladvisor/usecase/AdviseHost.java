package dev.wsladvisor.usecase;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.rules.RuleBase;
import java.nio.file.Path;

/** Advising one host, as advise and ask do: the facts and the rules in, the advice out. */
public final class AdviseHost {

    private final WslConfigAdviceReporter wslconfig;

    /**
     * {@code wslconfig}: the person's file, or null. It is read here, first: a file that cannot be
     * read is refused before the facts, and the reading is done while the rules may still be
     * loading on another core.
     */
    public AdviseHost(Path wslconfig) {
        this.wslconfig = new WslConfigAdviceReporter(wslconfig);
    }

    public Advice advise(FactsDocument document, RuleBase rules) {
        return new AdviceAssembler(new Advisor(rules, wslconfig.extraFacts()), wslconfig)
                .advise(document);
    }

    /**
     * The contract's exit code 1, "found problems at error severity (a lint ...)", holds for the
     * --wslconfig lint too.
     */
    public static boolean hasErrorFinding(Advice advice) {
        return advice.wslconfig() != null
                && advice.wslconfig().findings().stream()
                        .anyMatch(f -> "error".equals(f.severity()));
    }
}
