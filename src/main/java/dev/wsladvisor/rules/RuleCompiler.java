package dev.wsladvisor.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles rule files at run time into a knowledge base of their own: for a build without
 * precompiled rules, and for tests and the questionnaire that compile a folder of rules by itself.
 */
final class RuleCompiler {

    private static final Pattern KFS_PREFIX = Pattern.compile("^src/main/resources/");

    private static final Map<String, RuleBase> COMPILED = new ConcurrentHashMap<>();

    private RuleCompiler() {}

    /**
     * Compiles exactly these sources; errors name the file and line as the person sees them. The
     * same sources compile once per process (a rules file edited in between is a different source),
     * which lets tests and the questionnaire run many commands without paying the compile each
     * time.
     */
    static RuleBase compile(List<RuleSource> sources) {
        StringBuilder key = new StringBuilder();
        for (RuleSource s : sources) {
            key.append(s.displayPath()).append('\0').append(s.text()).append('\0');
        }
        RuleBase cached = COMPILED.get(key.toString());
        if (cached != null) {
            return cached;
        }
        RuleBase compiled = compileNow(sources);
        COMPILED.put(key.toString(), compiled);
        return compiled;
    }

    private static RuleBase compileNow(List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            if (!source.builtIn()) {
                problems.addAll(RuleFileCheck.check(source).problems());
            }
        }
        RuleErrors.refuse(problems);
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> displayByKfsPath = new HashMap<>();
        Map<String, RuleSource> sourceByKfsPath = new HashMap<>();
        int n = 0;
        for (RuleSource source : sources) {
            String kfsPath =
                    "src/main/resources/"
                            + (source.builtIn() ? "builtin/" : "user/")
                            + (n++)
                            + "/"
                            + source.displayPath().replaceAll("^.*/", "");
            // Drools names a file sometimes with, sometimes without the resources root.
            for (String path : List.of(kfsPath, KFS_PREFIX.matcher(kfsPath).replaceFirst(""))) {
                displayByKfsPath.put(path, source.displayPath());
                sourceByKfsPath.put(path, source);
            }
            kfs.write(kfsPath, source.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            RuleSource source = m.getPath() == null ? null : sourceByKfsPath.get(m.getPath());
            RuleProblem problem =
                    RuleErrors.fromDrools(source, m.getPath(), m.getLine(), m.getText());
            if (problem != null) {
                problems.add(problem);
            }
        }
        RuleErrors.refuse(problems);
        KieBase kieBase = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        List<RuleInfo> checked = RuleCatalogueReader.read(kieBase, displayByKfsPath, null, null);
        Map<String, String> userFiles = new HashMap<>();
        displayByKfsPath.forEach(
                (path, display) -> {
                    if (path.contains("user/")) {
                        userFiles.put(path, display);
                    }
                });
        return new RuleBase(kieBase, () -> checked, userFiles);
    }
}
