package dev.wsladvisor.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * The compiled knowledge base: the built-in rules plus any folders given with {@code --rules}, compiled
 * together so user rules use the same vocabulary and semantics. Compiling costs about a second; evaluating
 * a host on the compiled base costs well under a millisecond, so one RuleBase serves every evaluation.
 */
public final class RuleBase {

    private static final Pattern KFS_PREFIX = Pattern.compile("^src/main/resources/");

    private static final Map<String, RuleBase> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private final KieBase kieBase;
    private final Supplier<List<RuleInfo>> catalogue;
    /** The person's rule files (--rules) by the path Drools knows them by: a failing rule of theirs is named so. */
    private final Map<String, String> userFiles;
    private final RuleSessions sessions;
    private List<RuleInfo> rules;

    /**
     * {@code catalogue} is asked once, on first use: advise and batch never ask, and the build's tests have
     * checked the built-in rules' metadata already (a few ms off a cold start).
     */
    private RuleBase(KieBase kieBase, Supplier<List<RuleInfo>> catalogue, Map<String, String> userFiles) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.userFiles = Map.copyOf(userFiles);
        this.sessions = new RuleSessions(kieBase, this.userFiles);
    }

    /**
     * The package of the rules that check the lines of a .wslconfig file. They match only the facts made from
     * such a file, so without one they cannot fire; {@link #load(List, boolean)} can leave them out, which
     * spares building a fifth of the network (docs/performance.md).
     */
    public static final String WSLCONFIG_LINT_PACKAGE = "wsladvisor.wslconfig.lint";

    /** The built-in rules only. */
    public static RuleBase builtIn() {
        return load(List.of());
    }

    /** Every built-in rule plus every .drl below each of {@code userRuleDirs}. */
    public static RuleBase load(List<Path> userRuleDirs) {
        return load(userRuleDirs, true);
    }

    /**
     * The built-in rules plus every .drl below each of {@code userRuleDirs}. The built-in rules come
     * precompiled from the build when it made them (the jar always has them); only the person's own files
     * are compiled at run time, into the same knowledge base. With {@code withWslConfigLint} false the
     * precompiled .wslconfig lint rules are left out: for evaluations that insert no .wslconfig lines.
     */
    public static RuleBase load(List<Path> userRuleDirs, boolean withWslConfigLint) {
        List<RuleSource> user = new ArrayList<>();
        for (Path dir : userRuleDirs) {
            user.addAll(RuleSources.fromDirectory(dir));
        }
        Preloaded preloaded = PRELOADED.getAndSet(null);
        if (preloaded != null && preloaded.withWslConfigLint != withWslConfigLint) {
            preloaded = null;
        }
        PrecompiledRules precompiled = preloaded != null ? preloaded.rules : PrecompiledRules.onClasspath();
        if (precompiled == null) {
            List<RuleSource> sources = new ArrayList<>(RuleSources.builtIn());
            sources.addAll(user);
            return compile(sources);
        }
        KieBase kieBase = preloaded != null ? preloaded.kieBase.join() : precompiled.newKieBase(withWslConfigLint);
        if (user.isEmpty()) {
            return new RuleBase(kieBase, () -> RuleCatalogueReader.read(kieBase, Map.of(), precompiled, null), Map.of());
        }
        // The person's rules are checked now (metadata, ids clashing with the built-in ones), before any advice.
        Checked checked = addUserRules(kieBase, user, precompiled);
        RuleErrors.refuse(checked.problems());
        return new RuleBase(kieBase, checked::rules, checked.userFiles());
    }

    /**
     * Every problem {@link #load} would refuse the person's rule files for, and the warnings it lets pass, all at
     * once instead of the first per file; with the catalogue of every rule when nothing stopped the compile.
     */
    public static Checked check(List<Path> userRuleDirs) {
        List<RuleSource> user = new ArrayList<>();
        for (Path dir : userRuleDirs) {
            user.addAll(RuleSources.fromDirectory(dir));
        }
        PrecompiledRules precompiled = PrecompiledRules.onClasspath();
        if (precompiled == null) {
            List<RuleProblem> problems = new ArrayList<>();
            for (RuleSource source : user) {
                problems.addAll(RuleFileCheck.check(source).problems());
            }
            if (problems.stream().anyMatch(p -> !p.warning())) {
                return new Checked(problems, List.of(), Map.of());
            }
            List<RuleSource> sources = new ArrayList<>(RuleSources.builtIn());
            sources.addAll(user);
            RuleBase all = compile(sources);
            return new Checked(problems, all.rules(), all.userFiles);
        }
        return addUserRules(precompiled.newKieBase(true), user, precompiled);
    }

    /**
     * What checking the person's rule files found: problems (errors and warnings), the catalogue of every rule
     * (empty when an error stopped the compile), and the person's files by the path Drools knows them by.
     */
    public record Checked(List<RuleProblem> problems, List<RuleInfo> rules, Map<String, String> userFiles) {
        public List<RuleProblem> errors() {
            return problems.stream().filter(p -> !p.warning()).toList();
        }

        public List<RuleProblem> warnings() {
            return problems.stream().filter(RuleProblem::warning).toList();
        }
    }

    private static final AtomicReference<Preloaded> PRELOADED = new AtomicReference<>();

    /** The precompiled rules being loaded on another thread, for the next {@link #load}. */
    private record Preloaded(PrecompiledRules rules, boolean withWslConfigLint, CompletableFuture<KieBase> kieBase) {
    }

    /**
     * Starts building the precompiled knowledge base on another thread, for the next {@link #load} with the
     * same {@code withWslConfigLint}: a command line can be parsed and the facts read meanwhile, on another
     * core. Does nothing when there are no precompiled rules.
     */
    public static void preload(boolean withWslConfigLint) {
        PrecompiledRules precompiled = PrecompiledRules.onClasspath();
        if (precompiled == null) {
            return;
        }
        CompletableFuture<KieBase> future = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                future.complete(precompiled.newKieBase(withWslConfigLint));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "rules-preload");
        loader.setDaemon(true);
        PRELOADED.set(new Preloaded(precompiled, withWslConfigLint, future));
        loader.start();
    }

    /**
     * Checks the person's files, then compiles them into {@code kieBase} (Drools adds the packages to it as it
     * builds) and reads the catalogue of every rule, collecting every problem on the way.
     */
    private static Checked addUserRules(KieBase kieBase, List<RuleSource> user, PrecompiledRules precompiled) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleFileCheck.ParsedRule> parsed = new HashMap<>();
        for (RuleSource source : user) {
            RuleFileCheck.Result result = RuleFileCheck.check(source);
            problems.addAll(result.problems());
            result.rules().forEach(r -> parsed.put(IdClashes.key(source.displayPath(), r.name()), r));
        }
        Map<String, String> displayByKfsPath = new HashMap<>();
        Map<String, RuleSource> sourceByKfsPath = new HashMap<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase);
        int n = 0;
        for (RuleSource source : user) {
            String path = "user/" + (n++) + "/" + source.displayPath().replaceAll("^.*/", "");
            displayByKfsPath.put(path, source.displayPath());
            sourceByKfsPath.put(path, source);
            builder.add(ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(path), ResourceType.DRL);
        }
        boolean compiled = true;
        for (KnowledgeBuilderResult r : builder.getResults(ResultSeverity.ERROR)) {
            compiled = false;
            int[] lines = r.getLines();
            String path = r.getResource() == null ? null : r.getResource().getSourcePath();
            RuleProblem problem = RuleErrors.fromDrools(sourceByKfsPath.get(path), path, lines == null || lines.length == 0 ? 0 : lines[0],
                    r.getMessage());
            if (problem != null) {
                problems.add(problem);
            }
        }
        List<RuleInfo> rules = List.of();
        if (compiled) {
            rules = RuleCatalogueReader.read(kieBase, displayByKfsPath, precompiled, new IdClashes(problems, parsed, sourcesByDisplay(user)));
        }
        return new Checked(List.copyOf(problems), rules, Map.copyOf(displayByKfsPath));
    }

    private static Map<String, RuleSource> sourcesByDisplay(List<RuleSource> sources) {
        Map<String, RuleSource> out = new HashMap<>();
        sources.forEach(s -> out.put(s.displayPath(), s));
        return out;
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
            String kfsPath = "src/main/resources/" + (source.builtIn() ? "builtin/" : "user/") + (n++) + "/"
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
            RuleProblem problem = RuleErrors.fromDrools(source, m.getPath(), m.getLine(), m.getText());
            if (problem != null) {
                problems.add(problem);
            }
        }
        RuleErrors.refuse(problems);
        KieBase kieBase = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        List<RuleInfo> checked = RuleCatalogueReader.read(kieBase, displayByKfsPath, null, null);
        Map<String, String> userFiles = new HashMap<>();
        displayByKfsPath.forEach((path, display) -> {
            if (path.contains("user/")) {
                userFiles.put(path, display);
            }
        });
        return new RuleBase(kieBase, () -> checked, userFiles);
    }

    /**
     * Runs {@code work} on this thread's session, reset afterwards for the next host and renewed now and then;
     * a nested call gets a session of its own ({@link RuleSessions#withSession}).
     */
    public <T> T withSession(Function<RuleSession, T> work) {
        return sessions.withSession(work);
    }

    /** Sessions of this knowledge base not closed yet (Drools keeps each one until it is disposed). */
    int openSessions() {
        return sessions.openSessions();
    }

    /** A fresh session to evaluate one host; close it when done. */
    public RuleSession newSession() {
        return sessions.newSession();
    }

    /**
     * How long the person's rules may take on one host's facts (each insertion and each round of firing), after
     * which the rule running is stopped and named; the built-in rules alone are not watched. Sessions made from
     * now on get it.
     */
    public RuleBase limitRuleTime(Duration limit) {
        sessions.limitRuleTime(limit);
        return this;
    }

    /** True for a rule from the person's --rules folders, false for a built-in one. */
    public boolean fromUser(RuleInfo rule) {
        return userFiles.containsValue(rule.file());
    }

    /** Every rule, sorted by file and id. */
    public synchronized List<RuleInfo> rules() {
        if (rules == null) {
            rules = catalogue.get();
        }
        return rules;
    }
}
