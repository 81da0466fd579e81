package dev.wsladvisor.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.Evaluation;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.FiredRules;
import dev.wsladvisor.rules.NextStep;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleSession;
import dev.wsladvisor.rules.Warning;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.lint.WslConfigLintFacts;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.WslConfigDocument;
import dev.wsladvisor.wslconfig.parse.WslConfigParser;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one way tests reach the built-in rules: the real {@code rules/} folder loaded once per test
 * JVM, a facts document written as JSON (single quotes stand for double quotes, to keep the tests
 * readable), and what came out. {@link #fire} runs both rounds of the evaluation and records,
 * through a fired-rules listener, the id of every rule that fired, with what the rules produced
 * before the verdict's filter; {@link #advise} is the advice the person sees, for tests about the
 * verdict, the filter and the assembled document.
 */
public final class RuleFixture {

    private static RuleBase rules;

    private RuleFixture() {}

    /**
     * Every rule in ./rules (the advisor's, the .wslconfig lint and suggestion rules), loaded once.
     */
    public static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleBase.builtIn();
        }
        return rules;
    }

    /** A facts document from JSON text; single quotes stand for double quotes. */
    public static FactsDocument facts(String json) {
        return new FactsReader(false).parse(json.replace('\'', '"').getBytes(UTF_8), "test.json");
    }

    /**
     * Both rounds of rules on this host: which rules fired, and everything they said before the
     * verdict's filter.
     */
    public static Fired fire(String json) {
        FiredRules fired = new FiredRules();
        Evaluation evaluation = new Advisor(rules()).recordingInto(fired).evaluate(facts(json));
        return new Fired(fired.ids(), evaluation);
    }

    /** The ids of the rules that fired on this host in both rounds, first firing first. */
    public static Set<String> fired(String json) {
        return fire(json).ids();
    }

    /**
     * The advice document as the person sees it (warnings filtered by the verdict), without a
     * .wslconfig.
     */
    public static Advice advise(String json) {
        return new AdviceAssembler(
                        new Advisor(rules()),
                        ev -> new Advice.WslConfigPart(List.of(), "", List.of(), null))
                .advise(facts(json));
    }

    /**
     * The outputs of type {@code output} after the rules fired once on {@code facts} (the
     * .wslconfig rules' tests).
     */
    public static <T> List<T> fire(List<?> facts, Class<T> output) {
        try (RuleSession session = rules().newSession()) {
            session.insertAll(facts);
            session.fireAllRules();
            return session.outputs(output);
        }
    }

    /** The lint findings on a .wslconfig or wsl.conf text, with these host facts beside it. */
    public static List<LintFinding> lint(String text, ConfigDialect dialect, Object... hostFacts) {
        ParseResult r = WslConfigParser.parse(WslConfigDocument.ofText(text), dialect);
        List<Object> facts =
                new ArrayList<>(WslConfigLintFacts.of(r, KeyCatalog.builtIn(), dialect.fileName()));
        facts.addAll(List.of(hostFacts));
        return fire(facts, LintFinding.class);
    }

    /** The lint findings on a file's bytes, as WSL would read them. */
    public static List<LintFinding> lint(byte[] bytes, ConfigDialect dialect) {
        ParseResult r = WslConfigParser.parse(WslConfigDocument.read(bytes), dialect);
        return fire(
                WslConfigLintFacts.of(r, KeyCatalog.builtIn(), dialect.fileName()),
                LintFinding.class);
    }

    /** What one evaluation fired: the rule ids, first firing first, and the outputs they left. */
    public record Fired(Set<String> ids, Evaluation evaluation) {

        public List<Warning> warnings() {
            return evaluation.warnings();
        }

        public List<Blocker> blockers() {
            return evaluation.blockers();
        }

        public List<Reason> reasons() {
            return evaluation.reasons();
        }

        public List<NextStep> nextSteps() {
            return evaluation.nextSteps();
        }

        public Warning warning(String id) {
            return find(evaluation.warnings(), Warning::getId, id);
        }

        public Blocker blocker(String id) {
            return find(evaluation.blockers(), Blocker::getId, id);
        }

        public Reason reason(String id) {
            return find(evaluation.reasons(), Reason::getRule, id);
        }

        private <T> T find(List<T> outputs, Function<T, String> idOf, String id) {
            return outputs.stream()
                    .filter(o -> idOf.apply(o).equals(id))
                    .findFirst()
                    .orElseThrow(
                            () ->
                                    new AssertionError(
                                            "rule " + id + " left no such output; fired: " + ids));
        }
    }
}
