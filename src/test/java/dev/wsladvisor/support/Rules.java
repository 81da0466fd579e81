package dev.wsladvisor.support;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.rules.RuleBase;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real rules/ folder, compiled once per test JVM, and advice for a facts document given as JSON. */
public final class Rules {

    private static RuleBase builtIn;

    private Rules() {
    }

    public static synchronized RuleBase builtIn() {
        if (builtIn == null) {
            builtIn = RuleBase.builtIn();
        }
        return builtIn;
    }

    public static FactsDocument facts(String json) {
        return new FactsReader(false).parse(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    public static Advice advise(String json) {
        return new AdviceAssembler(new Advisor(builtIn()), ev -> new Advice.WslConfigPart(List.of(), "", List.of(), null))
                .advise(facts(json));
    }
}
