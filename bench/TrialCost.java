import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.Decision;
import dev.wsladvisor.advice.Sensitivity;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.rules.RuleBase;
import java.util.List;

/**
 * What a cold advise spends on its what-if and unknown-fact trials, against the first evaluation
 * plus assembly, in one new JVM, in the order advise runs them: the rules are loaded, the host is
 * evaluated and the advice assembled (without trials), then the trials run as advise runs them
 * (TrialSession). Prints one line of wall times. usage: java -cp target/wsl-advisor.jar:bench/work
 * TrialCost FACTS.json
 */
public class TrialCost {
    public static void main(String[] args) {
        RuleBase rules = RuleBase.load(List.of(), false);
        FactsDocument facts = new FactsReader(false).read(args[0], System.in);
        WslConfigAdviceReporter wslconfig = new WslConfigAdviceReporter(null);
        Advisor advisor = new Advisor(rules, wslconfig.extraFacts());
        long t0 = System.nanoTime();
        new AdviceAssembler(advisor, wslconfig).advise(facts, false);
        long t1 = System.nanoTime();
        Decision base = advisor.evaluate(facts).decision();
        long t2 = System.nanoTime();
        Sensitivity analysis = new Sensitivity(advisor);
        int[] counts =
                advisor.withTrials(
                        facts,
                        trials -> {
                            analysis.unknownThatMatter(facts, base, trials);
                            analysis.whatIf(facts, base, trials);
                            return new int[] {trials.trials(), trials.evaluations()};
                        });
        long t3 = System.nanoTime();
        System.out.printf(
                "evaluation+assembly %.2f ms, trials %.2f ms (%d trials, %d evaluated)%n",
                (t1 - t0) / 1e6, (t3 - t2) / 1e6, counts[0], counts[1]);
    }
}
