package dev.wsladvisor.rules;

import dev.wsladvisor.UserInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled knowledge base: the built-in rules plus any folders given with {@code --rules}, compiled
 * together so user rules use the same vocabulary and semantics. Compiling costs about a second; evaluating
 * a host on the compiled base costs well under a millisecond, so one RuleBase serves every evaluation.
 */
public final class RuleBase {

    /** Metadata every rule must carry, built-in or not. */
    static final List<String> REQUIRED_METADATA = List.of("id", "explanation", "source");
    private static final Pattern DROOLS_LINE = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) ");
    private static final Pattern KFS_PREFIX = Pattern.compile("^src/main/resources/");

    private static final Map<String, RuleBase> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private final KieBase kieBase;
    private final List<RuleInfo> rules;

    private RuleBase(KieBase kieBase, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = rules;
    }

    /** The built-in rules only. */
    public static RuleBase builtIn() {
        return load(List.of());
    }

    /** The built-in rules plus every .drl below each of {@code userRuleDirs}. */
    public static RuleBase load(List<Path> userRuleDirs) {
        List<RuleSource> sources = new ArrayList<>(RuleSources.builtIn());
        for (Path dir : userRuleDirs) {
            sources.addAll(RuleSources.fromDirectory(dir));
        }
        return compile(sources);
    }

    /**
     * Compiles exactly these sources; errors name the file and line as the person sees them. The same
     * sources compile once per process (a rules file edited in between is a different source), which lets
     * tests and the questionnaire run many commands without paying the compile each time.
     */
    public static RuleBase compile(List<RuleSource> sources) {
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
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> displayByKfsPath = new HashMap<>();
        int n = 0;
        for (RuleSource source : sources) {
            String kfsPath = "src/main/resources/" + (source.builtIn() ? "builtin/" : "user/") + (n++) + "/"
                    + source.displayPath().replaceAll("^.*/", "");
            displayByKfsPath.put(kfsPath, source.displayPath());
            // Drools names a file sometimes with, sometimes without the resources root.
            displayByKfsPath.put(KFS_PREFIX.matcher(kfsPath).replaceFirst(""), source.displayPath());
            kfs.write(kfsPath, source.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleCompileException(describe(errors, displayByKfsPath));
        }
        KieBase kieBase = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        return new RuleBase(kieBase, catalogue(kieBase, displayByKfsPath));
    }

    /** The first error of each file, as {@code file:line: message}; Drools' follow-on messages add nothing. */
    private static String describe(List<Message> errors, Map<String, String> displayByKfsPath) {
        Map<String, String> firstByFile = new LinkedHashMap<>();
        for (Message m : errors) {
            String file = displayByKfsPath.getOrDefault(m.getPath(), m.getPath() == null ? "rules" : KFS_PREFIX.matcher(m.getPath()).replaceFirst(""));
            String text = m.getText().trim();
            int line = m.getLine();
            Matcher own = DROOLS_LINE.matcher(text);
            if (own.find()) {
                line = Integer.parseInt(own.group(1));
                text = text.substring(own.end());
            }
            if (text.startsWith("Parser returned a null Package") && firstByFile.containsKey(file)) {
                continue;
            }
            String where = line > 0 ? file + ":" + line : file;
            firstByFile.putIfAbsent(file, where + ": " + text.replaceAll("\\s+", " "));
        }
        return String.join("\n", firstByFile.values())
                + "\nFix the rule file and try again; docs/writing-rules.md shows a complete rule.";
    }

    private static List<RuleInfo> catalogue(KieBase kieBase, Map<String, String> displayByKfsPath) {
        List<RuleInfo> out = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOf(rule, displayByKfsPath);
                for (String key : REQUIRED_METADATA) {
                    Object value = rule.getMetaData().get(key);
                    if (value == null || String.valueOf(value).isBlank()) {
                        throw new RuleAuthoringException(file + ": rule \"" + rule.getName() + "\" has no @" + key
                                + " metadata. Every rule needs @id(\"...\"), @explanation(\"...\") and @source(\"https://...\").");
                    }
                }
                RuleInfo info = new RuleInfo(String.valueOf(rule.getMetaData().get("id")), rule.getName(), file, rule.getMetaData());
                RuleInfo clash = byId.putIfAbsent(info.id(), info);
                if (clash != null) {
                    throw new RuleAuthoringException(file + ": rule \"" + rule.getName() + "\" reuses the id \"" + info.id()
                            + "\" of rule \"" + clash.name() + "\" in " + clash.file() + ". Rule ids must be unique; rename one.");
                }
                out.add(info);
            }
        }
        out.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::id));
        return List.copyOf(out);
    }

    private static String fileOf(Rule rule, Map<String, String> displayByKfsPath) {
        if (rule instanceof RuleImpl && ((RuleImpl) rule).getResource() != null) {
            String path = ((RuleImpl) rule).getResource().getSourcePath();
            return displayByKfsPath.getOrDefault(path, path);
        }
        return "rules";
    }

    /** A fresh session to evaluate one host; close it when done. */
    public RuleSession newSession() {
        return new RuleSession(kieBase.newKieSession());
    }

    /** Every rule, sorted by file and id. */
    public List<RuleInfo> rules() {
        return rules;
    }
}
