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

    /** Metadata every rule must carry, built-in or not. */
    static final List<String> REQUIRED_METADATA = List.of("id", "explanation", "source");
    static final List<String> LINT_REQUIRED_METADATA = List.of("id", "severity", "explanation", "fix", "source");

    private static String unquoted(Object v) {
        String s = String.valueOf(v);
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
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
            return new RuleBase(kieBase, () -> catalogue(kieBase, Map.of(), precompiled, null), Map.of());
        }
        // The person's rules are checked now (metadata, ids clashing with the built-in ones), before any advice.
        Checked checked = addUserRules(kieBase, user, precompiled);
        refuse(checked.problems());
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

    /** Refuses rules with errors: the first of each file, in the author's words, with its caret line. */
    private static void refuse(List<RuleProblem> problems) {
        Map<String, RuleProblem> firstByFile = new LinkedHashMap<>();
        for (RuleProblem p : problems) {
            if (!p.warning()) {
                firstByFile.putIfAbsent(p.file(), p);
            }
        }
        if (!firstByFile.isEmpty()) {
            throw new RuleCompileException(String.join("\n", firstByFile.values().stream().map(p -> p.describe(false)).toList())
                    + "\nFix the rule file and try again ('wsl-advisor rules check --rules DIR' lists every problem);"
                    + " docs/writing-rules.md shows a complete rule.");
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
            result.rules().forEach(r -> parsed.put(source.displayPath() + "\0" + r.name(), r));
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
            RuleSource source = sourceByKfsPath.get(path);
            int line = lines == null || lines.length == 0 ? 0 : lines[0];
            if (r.getMessage().startsWith("Parser returned a null Package")) {
                continue;
            }
            problems.add(source == null ? RuleProblem.inFile(path == null ? "rules" : path, r.getMessage().trim())
                    : DroolsMessages.translate(source, line, r.getMessage()));
        }
        List<RuleInfo> rules = List.of();
        if (compiled) {
            rules = catalogue(kieBase, displayByKfsPath, precompiled, new Clashes(problems, parsed, sourcesByDisplay(user)));
        }
        return new Checked(List.copyOf(problems), rules, Map.copyOf(displayByKfsPath));
    }

    private static Map<String, RuleSource> sourcesByDisplay(List<RuleSource> sources) {
        Map<String, RuleSource> out = new HashMap<>();
        sources.forEach(s -> out.put(s.displayPath(), s));
        return out;
    }

    /**
     * Where the catalogue reports rule ids used twice: among the problems, at the person's rule (their file named
     * first), and not thrown, so that rules check can list every one.
     */
    private record Clashes(List<RuleProblem> problems, Map<String, RuleFileCheck.ParsedRule> parsed, Map<String, RuleSource> sources) {
        Set<String> userFiles() {
            return sources.keySet();
        }

        void add(RuleInfo rule, RuleInfo other) {
            boolean mine = userFiles().contains(rule.file());
            boolean theirs = userFiles().contains(other.file());
            RuleInfo yours = mine || !theirs ? rule : other;
            RuleInfo first = yours == rule ? other : rule;
            RuleFileCheck.ParsedRule at = parsed.get(yours.file() + "\0" + yours.name());
            String otherPlace = first.file() + lineOf(first);
            String message = (userFiles().contains(first.file())
                    ? "rule \"" + yours.name() + "\" reuses the id \"" + yours.id() + "\" of rule \"" + first.name() + "\" in " + otherPlace
                    : "your rule \"" + yours.name() + "\" reuses the built-in id \"" + yours.id() + "\" of rule \"" + first.name()
                      + "\" in " + otherPlace) + ". Rule ids must be unique: give yours an id of its own, for example \""
                    + prefix(yours) + yours.id() + "\".";
            problems.add(at == null ? RuleProblem.inFile(yours.file(), message)
                    : RuleProblem.error(sources.get(yours.file()), at.line(), at.column(), yours.name().length() + 2, message, null));
        }

        private String lineOf(RuleInfo rule) {
            RuleFileCheck.ParsedRule at = parsed.get(rule.file() + "\0" + rule.name());
            return at == null ? "" : ":" + at.line();
        }

        private static String prefix(RuleInfo rule) {
            String pkg = rule.file().replaceAll("^.*/", "").replaceAll("\\.drl$", "");
            return pkg.isEmpty() ? "my-" : pkg + "-";
        }
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
        refuse(problems);
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
            if (!m.getText().startsWith("Parser returned a null Package")) {
                problems.add(source == null ? RuleProblem.inFile(m.getPath() == null ? "rules" : m.getPath(), m.getText().trim())
                        : DroolsMessages.translate(source, m.getLine(), m.getText()));
            }
        }
        refuse(problems);
        KieBase kieBase = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        List<RuleInfo> checked = catalogue(kieBase, displayByKfsPath, null, null);
        Map<String, String> userFiles = new HashMap<>();
        displayByKfsPath.forEach((path, display) -> {
            if (path.contains("user/")) {
                userFiles.put(path, display);
            }
        });
        return new RuleBase(kieBase, () -> checked, userFiles);
    }

    private static List<RuleInfo> catalogue(KieBase kieBase, Map<String, String> displayByKfsPath, PrecompiledRules precompiled,
                                            Clashes clashes) {
        List<RuleInfo> out = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOf(rule, displayByKfsPath, precompiled);
                // A lint rule (one with @severity) also needs @fix, as docs/wslconfig-rules.md says.
                boolean lintRule = rule.getMetaData().containsKey("severity");
                // The person's rules had their metadata checked before the compile, with its lines (RuleFileCheck).
                List<String> required = clashes != null && clashes.userFiles().contains(file) ? List.of()
                        : lintRule ? LINT_REQUIRED_METADATA : REQUIRED_METADATA;
                for (String key : required) {
                    Object value = rule.getMetaData().get(key);
                    if (value == null || String.valueOf(value).isBlank()) {
                        throw new RuleAuthoringException(file + ": rule \"" + rule.getName() + "\" has no @" + key
                                + " metadata. Every rule needs @id(\"...\"), @explanation(\"...\") and"
                                + " @source(\"https://...\"); a .wslconfig lint rule also needs @severity(\"error\","
                                + " \"warning\" or \"info\") and @fix(\"...\") (docs/wslconfig-rules.md).");
                    }
                }
                if (!required.isEmpty() && lintRule && !List.of("error", "warning", "info").contains(unquoted(rule.getMetaData().get("severity")))) {
                    throw new RuleAuthoringException(file + ": rule \"" + rule.getName() + "\" has @severity("
                            + rule.getMetaData().get("severity") + "); use \"error\", \"warning\" or \"info\".");
                }
                RuleInfo info = new RuleInfo(String.valueOf(rule.getMetaData().get("id")), rule.getName(), file, rule.getMetaData());
                RuleInfo clash = byId.putIfAbsent(info.id(), info);
                if (clash != null) {
                    if (clashes == null) {
                        throw new RuleAuthoringException(file + ": rule \"" + rule.getName() + "\" reuses the id \"" + info.id()
                                + "\" of rule \"" + clash.name() + "\" in " + clash.file() + ". Rule ids must be unique; rename one.");
                    }
                    clashes.add(info, clash);
                    continue;
                }
                out.add(info);
            }
        }
        out.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::id));
        return List.copyOf(out);
    }

    /** The path Drools knows a rule's file by, or null for a precompiled rule (the executable model keeps none). */
    static String sourcePath(Rule rule) {
        return rule instanceof RuleImpl && ((RuleImpl) rule).getResource() != null
                ? ((RuleImpl) rule).getResource().getSourcePath() : null;
    }

    private static String fileOf(Rule rule, Map<String, String> displayByKfsPath, PrecompiledRules precompiled) {
        String path = sourcePath(rule);
        if (path != null) {
            return displayByKfsPath.getOrDefault(path, path);
        }
        String built = precompiled == null ? null : precompiled.fileOf(rule.getPackageName(), rule.getName());
        return built != null ? built : "rules";
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
