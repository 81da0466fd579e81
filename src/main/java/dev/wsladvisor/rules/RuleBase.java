package dev.wsladvisor.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
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
    private static final Pattern DROOLS_LINE = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) ");
    private static final Pattern KFS_PREFIX = Pattern.compile("^src/main/resources/");

    private static final Map<String, RuleBase> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private final KieBase kieBase;
    private final Supplier<List<RuleInfo>> catalogue;
    /** The person's rule files (--rules) by the path Drools knows them by: a failing rule of theirs is named so. */
    private final Map<String, String> userFiles;
    private List<RuleInfo> rules;

    /**
     * {@code catalogue} is asked once, on first use: advise and batch never ask, and the build's tests have
     * checked the built-in rules' metadata already (a few ms off a cold start).
     */
    private RuleBase(KieBase kieBase, Supplier<List<RuleInfo>> catalogue, Map<String, String> userFiles) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.userFiles = Map.copyOf(userFiles);
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
            return new RuleBase(kieBase, () -> catalogue(kieBase, Map.of(), precompiled), Map.of());
        }
        // The person's rules are checked now (metadata, ids clashing with the built-in ones), before any advice.
        Map<String, String> displayByKfsPath = new HashMap<>();
        addUserRules(kieBase, user, displayByKfsPath);
        List<RuleInfo> checked = catalogue(kieBase, displayByKfsPath, precompiled);
        return new RuleBase(kieBase, () -> checked, displayByKfsPath);
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

    /** Compiles the person's files into {@code kieBase} (Drools adds the packages to it as it builds). */
    private static void addUserRules(KieBase kieBase, List<RuleSource> user, Map<String, String> displayByKfsPath) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase);
        int n = 0;
        for (RuleSource source : user) {
            String path = "user/" + (n++) + "/" + source.displayPath().replaceAll("^.*/", "");
            displayByKfsPath.put(path, source.displayPath());
            builder.add(ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(path), ResourceType.DRL);
        }
        List<Problem> errors = new ArrayList<>();
        for (KnowledgeBuilderResult r : builder.getResults(ResultSeverity.ERROR)) {
            int[] lines = r.getLines();
            errors.add(new Problem(r.getResource() == null ? null : r.getResource().getSourcePath(),
                    lines == null || lines.length == 0 ? 0 : lines[0], r.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new RuleCompileException(describeProblems(errors, displayByKfsPath));
        }
    }

    /** One compile error: the file as Drools names it, the line (0 when unknown) and the text. */
    private record Problem(String path, int line, String text) {
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
            throw new RuleCompileException(describeProblems(errors.stream()
                    .map(m -> new Problem(m.getPath(), m.getLine(), m.getText())).toList(), displayByKfsPath));
        }
        KieBase kieBase = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        List<RuleInfo> checked = catalogue(kieBase, displayByKfsPath, null);
        Map<String, String> userFiles = new HashMap<>();
        displayByKfsPath.forEach((path, display) -> {
            if (path.contains("user/")) {
                userFiles.put(path, display);
            }
        });
        return new RuleBase(kieBase, () -> checked, userFiles);
    }

    /** The first error of each file, as {@code file:line: message}; Drools' follow-on messages add nothing. */
    private static String describeProblems(List<Problem> errors, Map<String, String> displayByKfsPath) {
        Map<String, String> firstByFile = new LinkedHashMap<>();
        for (Problem m : errors) {
            String file = displayByKfsPath.getOrDefault(m.path(), m.path() == null ? "rules" : KFS_PREFIX.matcher(m.path()).replaceFirst(""));
            String text = m.text().trim();
            int line = m.line();
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

    private static List<RuleInfo> catalogue(KieBase kieBase, Map<String, String> displayByKfsPath, PrecompiledRules precompiled) {
        List<RuleInfo> out = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOf(rule, displayByKfsPath, precompiled);
                // A lint rule (one with @severity) also needs @fix, as docs/wslconfig-rules.md says.
                boolean lintRule = rule.getMetaData().containsKey("severity");
                List<String> required = lintRule ? LINT_REQUIRED_METADATA : REQUIRED_METADATA;
                for (String key : required) {
                    Object value = rule.getMetaData().get(key);
                    if (value == null || String.valueOf(value).isBlank()) {
                        throw new RuleAuthoringException(file + ": rule \"" + rule.getName() + "\" has no @" + key
                                + " metadata. Every rule needs @id(\"...\"), @explanation(\"...\") and"
                                + " @source(\"https://...\"); a .wslconfig lint rule also needs @severity(\"error\","
                                + " \"warning\" or \"info\") and @fix(\"...\") (docs/wslconfig-rules.md).");
                    }
                }
                if (lintRule && !List.of("error", "warning", "info").contains(unquoted(rule.getMetaData().get("severity")))) {
                    throw new RuleAuthoringException(file + ": rule \"" + rule.getName() + "\" has @severity("
                            + rule.getMetaData().get("severity") + "); use \"error\", \"warning\" or \"info\".");
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
     * Hosts evaluated on one session before it is replaced by a fresh one. A reset costs less than a new
     * session (batch, 100,000 hosts: renewing every 20 hosts 6.6 s, every 100 6.3 s, every 10,000 6.0 s);
     * the renewal only bounds whatever a session might keep across resets (a million hosts under a 64 MiB
     * heap end with 7 MiB live, docs/performance.md).
     */
    static final int SESSION_USES = 10_000;

    private final ThreadLocal<Reusable> sessions = ThreadLocal.withInitial(Reusable::new);

    /** One thread's session, how often it was used, and whether it is in use now. */
    private static final class Reusable {
        RuleSession session;
        int uses;
        boolean busy;
    }

    /**
     * Runs {@code work} on this thread's session, reset afterwards for the next host and replaced every
     * {@link #SESSION_USES} uses: what-if trials and batch evaluate hundreds of hosts per second, and a reset
     * costs less than a new session. At most one session per thread stays open (Drools keeps track of every
     * open session of a knowledge base). A session whose work failed is thrown away; a nested call gets a
     * session of its own.
     */
    public <T> T withSession(Function<RuleSession, T> work) {
        Reusable reusable = sessions.get();
        if (reusable.busy) {
            try (RuleSession own = newSession()) {
                return work.apply(own);
            }
        }
        if (reusable.session == null) {
            reusable.session = newSession();
            reusable.uses = 0;
        }
        RuleSession session = reusable.session;
        boolean ok = false;
        reusable.busy = true;
        try {
            T result = work.apply(session);
            ok = true;
            return result;
        } finally {
            reusable.busy = false;
            if (ok && ++reusable.uses < SESSION_USES) {
                session.reset();
            } else {
                reusable.session = null;
                session.close();
            }
        }
    }

    /** Sessions of this knowledge base not closed yet (Drools keeps each one until it is disposed). */
    int openSessions() {
        return kieBase.getKieSessions().size();
    }

    /** A fresh session to evaluate one host; close it when done. */
    public RuleSession newSession() {
        return new RuleSession(kieBase.newKieSession(), userFiles);
    }

    /** Every rule, sorted by file and id. */
    public synchronized List<RuleInfo> rules() {
        if (rules == null) {
            rules = catalogue.get();
        }
        return rules;
    }
}
