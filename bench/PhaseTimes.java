import dev.wsladvisor.advice.Advice;
import dev.wsladvisor.advice.AdviceAssembler;
import dev.wsladvisor.advice.Advisor;
import dev.wsladvisor.advice.JsonReport;
import dev.wsladvisor.advice.WslConfigAdviceReporter;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsReader;
import dev.wsladvisor.rules.Blocker;
import dev.wsladvisor.rules.Reason;
import dev.wsladvisor.rules.RuleBase;
import dev.wsladvisor.rules.RuleSession;
import dev.wsladvisor.rules.Verdict;
import dev.wsladvisor.rules.WslVersion;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a host's time goes once the JIT has warmed up: one thread, in process, the same hosts
 * several times over. Pass 0 is cold; the last passes are the steady state. The batch path (parse,
 * advise, JSON) is timed as batch runs it; the rule session's steps (Advisor.evaluate's) are then
 * timed one by one on the same hosts, parsed again. usage: java -cp
 * target/wsl-advisor.jar:bench/work PhaseTimes FLEET.jsonl [HOSTS] [PASSES]
 */
public class PhaseTimes {
    public static void main(String[] args) throws Exception {
        int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        List<byte[]> lines = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8),
                        1 << 16)) {
            for (String line = in.readLine();
                    line != null && lines.size() < hosts;
                    line = in.readLine()) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        RuleBase rules = RuleBase.load(List.of(), false);
        WslConfigAdviceReporter wslconfig = new WslConfigAdviceReporter(null);
        AdviceAssembler assembler =
                new AdviceAssembler(new Advisor(rules, wslconfig.extraFacts()), wslconfig);
        FactsReader reader = new FactsReader(false);
        long bytes = 0;
        System.out.printf("%d hosts, one thread; microseconds per host%n", lines.size());
        System.out.println(
                "| pass | parse | advise (rules + assembly) | JSON | batch path | rules: insert | fire 1 | read outputs | insert verdict | fire 2 | read outputs | reset |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int pass = 0; pass < passes; pass++) {
            long parse = 0, advise = 0, json = 0;
            for (int i = 0; i < lines.size(); i++) {
                long t0 = System.nanoTime();
                FactsDocument facts = reader.parseLine(lines.get(i), i + 1);
                long t1 = System.nanoTime();
                Advice advice = assembler.advise(facts, false);
                long t2 = System.nanoTime();
                bytes += JsonReport.compact(advice).length();
                long t3 = System.nanoTime();
                parse += t1 - t0;
                advise += t2 - t1;
                json += t3 - t2;
            }
            long[] step = new long[7];
            RuleSession session = rules.newSession();
            try {
                for (int i = 0; i < lines.size(); i++) {
                    FactsDocument facts = reader.parseLine(lines.get(i), i + 1);
                    long t0 = System.nanoTime();
                    session.insertAll(facts.ruleFacts());
                    session.insertAll(wslconfig.extraFacts());
                    long t1 = System.nanoTime();
                    session.fireAllRules();
                    long t2 = System.nanoTime();
                    boolean blocked = !session.outputs(Blocker.class).isEmpty();
                    session.outputs(Reason.class);
                    long t3 = System.nanoTime();
                    session.insert(new Verdict(WslVersion.WSL2, blocked));
                    long t4 = System.nanoTime();
                    session.fireAllRules();
                    long t5 = System.nanoTime();
                    session.outputs(Object.class);
                    long t6 = System.nanoTime();
                    session.reset();
                    long t7 = System.nanoTime();
                    step[0] += t1 - t0;
                    step[1] += t2 - t1;
                    step[2] += t3 - t2;
                    step[3] += t4 - t3;
                    step[4] += t5 - t4;
                    step[5] += t6 - t5;
                    step[6] += t7 - t6;
                }
            } finally {
                session.close();
            }
            double n = lines.size() * 1000.0;
            StringBuilder row =
                    new StringBuilder(
                            String.format(
                                    "| %d | %.1f | %.1f | %.1f | **%.1f** |",
                                    pass,
                                    parse / n,
                                    advise / n,
                                    json / n,
                                    (parse + advise + json) / n));
            for (long s : step) {
                row.append(String.format(" %.1f |", s / n));
            }
            System.out.println(row);
        }
        System.out.println("(" + bytes + " bytes of JSON written)");
    }
}
