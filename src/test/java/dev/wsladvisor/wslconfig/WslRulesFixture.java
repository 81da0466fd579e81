package dev.wsladvisor.wslconfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;

/** The real wslconfig rules from ./rules, compiled once per JVM; a fresh session per call. */
final class WslRulesFixture {

    private static KieBase kieBase;

    private WslRulesFixture() {
    }

    static synchronized KieBase kieBase() {
        if (kieBase == null) {
            KieServices ks = KieServices.Factory.get();
            KieFileSystem kfs = ks.newKieFileSystem();
            try (Stream<Path> files = Files.list(Path.of("rules"))) {
                for (Path p : files.filter(f -> f.getFileName().toString().startsWith("wslconfig-")).toList()) {
                    kfs.write("src/main/resources/wsladvisor/rules/" + p.getFileName(), Files.readString(p));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
            List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new IllegalStateException(errors.toString());
            }
            kieBase = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
        }
        return kieBase;
    }

    static <T> List<T> fire(List<?> facts, Class<T> output) {
        KieSession session = kieBase().newKieSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            List<T> out = new ArrayList<>();
            for (Object o : session.getObjects(o -> output.isInstance(o))) {
                out.add(output.cast(o));
            }
            return out;
        } finally {
            session.dispose();
        }
    }

    static List<LintFinding> lint(String text, ConfigDialect dialect, Object... hostFacts) {
        ParseResult r = WslConfigParser.parse(WslConfigDocument.ofText(text), dialect);
        List<Object> facts = new ArrayList<>(WslConfigLintFacts.of(r, KeyCatalog.builtIn(), dialect.fileName()));
        facts.addAll(List.of(hostFacts));
        return fire(facts, LintFinding.class);
    }

    static List<LintFinding> lint(byte[] bytes, ConfigDialect dialect) {
        ParseResult r = WslConfigParser.parse(WslConfigDocument.read(bytes), dialect);
        return fire(WslConfigLintFacts.of(r, KeyCatalog.builtIn(), dialect.fileName()), LintFinding.class);
    }
}
