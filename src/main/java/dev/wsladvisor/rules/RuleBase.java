package dev.wsladvisor.rules;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * The compiled knowledge base: the built-in rules plus any folders given with {@code --rules},
 * compiled together so user rules use the same vocabulary and semantics. Compiling costs about a
 * second; evaluating a host on the compiled base costs well under a millisecond, so one RuleBase
 * serves every evaluation. This class is what the rest of the code calls; the work is done behind
 * it, one job per class: {@link KnowledgeBaseSource} assembles the knowledge base, precompiled or
 * compiled at run time, chosen once (with {@link RuleCompiler} and {@link UserRulesCompiler}),
 * {@link RuleSessions} hands out its sessions, {@link RuleCatalogueReader} reads and checks its
 * catalogue, and {@link RuleErrors} words what is wrong with a rule file.
 */
public final class RuleBase {

    private final Supplier<List<RuleInfo>> catalogue;

    /**
     * The person's rule files (--rules) by the path Drools knows them by: a failing rule of theirs
     * is named so.
     */
    private final Map<String, String> userFiles;

    private final RuleSessions sessions;
    private List<RuleInfo> rules;

    /**
     * {@code catalogue} is asked once, on first use: advise and batch never ask, and the build's
     * tests have checked the built-in rules' metadata already (a few ms off a cold start).
     */
    RuleBase(KieBase kieBase, Supplier<List<RuleInfo>> catalogue, Map<String, String> userFiles) {
        this.catalogue = catalogue;
        this.userFiles = Map.copyOf(userFiles);
        this.sessions = new RuleSessions(kieBase, this.userFiles);
    }

    /**
     * The package of the rules that check the lines of a .wslconfig file. They match only the facts
     * made from such a file, so without one they cannot fire; {@link #load(List, boolean)} can
     * leave them out, which spares building a fifth of the network (docs/performance.md).
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
     * The built-in rules plus every .drl below each of {@code userRuleDirs}. The built-in rules
     * come precompiled from the build when it made them (the jar always has them); only the
     * person's own files are compiled at run time, into the same knowledge base. With {@code
     * withWslConfigLint} false the precompiled .wslconfig lint rules are left out: for evaluations
     * that insert no .wslconfig lines.
     */
    public static RuleBase load(List<Path> userRuleDirs, boolean withWslConfigLint) {
        List<RuleSource> user = userSources(userRuleDirs);
        return KnowledgeBaseSource.chosen().load(user, withWslConfigLint);
    }

    /**
     * Every problem {@link #load} would refuse the person's rule files for, and the warnings it
     * lets pass, all at once instead of the first per file; with the catalogue of every rule when
     * nothing stopped the compile.
     */
    public static Checked check(List<Path> userRuleDirs) {
        List<RuleSource> user = userSources(userRuleDirs);
        return KnowledgeBaseSource.chosen().check(user);
    }

    /**
     * What checking the person's rule files found: problems (errors and warnings), the catalogue of
     * every rule (empty when an error stopped the compile), and the person's files by the path
     * Drools knows them by.
     */
    public record Checked(
            List<RuleProblem> problems, List<RuleInfo> rules, Map<String, String> userFiles) {
        public List<RuleProblem> errors() {
            return problems.stream().filter(p -> !p.warning()).toList();
        }

        public List<RuleProblem> warnings() {
            return problems.stream().filter(RuleProblem::warning).toList();
        }
    }

    /**
     * Starts building the precompiled knowledge base on another thread, with the .wslconfig lint
     * rules or without them, before the command that will use it is known: a command line can be
     * parsed and the facts read meanwhile, on another core. The parsed command then tells the
     * preload which rules it needs ({@link KnowledgeBasePreload#need}) or that it needs none; the
     * next {@link #load} or {@link #check} wanting the rules built takes it, any other builds its
     * own. Builds nothing when there are no precompiled rules.
     */
    public static KnowledgeBasePreload startPreload(boolean withWslConfigLint) {
        return KnowledgeBaseSource.chosen().preload(withWslConfigLint);
    }

    /**
     * {@link #startPreload} for a command known to need the rules {@code withWslConfigLint} says.
     */
    public static void preload(boolean withWslConfigLint) {
        startPreload(withWslConfigLint).need(withWslConfigLint);
    }

    private static List<RuleSource> userSources(List<Path> userRuleDirs) {
        List<RuleSource> user = new ArrayList<>();
        for (Path dir : userRuleDirs) {
            user.addAll(RuleSources.fromDirectory(dir));
        }
        return user;
    }

    /**
     * Compiles exactly these sources; errors name the file and line as the person sees them. The
     * same sources compile once per process (a rules file edited in between is a different source),
     * which lets tests and the questionnaire run many commands without paying the compile each
     * time.
     */
    public static RuleBase compile(List<RuleSource> sources) {
        return RuleCompiler.compile(sources);
    }

    /**
     * Runs {@code work} on this thread's session, reset afterwards for the next host and renewed
     * now and then; a nested call gets a session of its own ({@link RuleSessions#withSession}).
     */
    public <T> T withSession(Function<RuleSession, T> work) {
        return sessions.withSession(work);
    }

    /**
     * Sessions of this knowledge base not closed yet (Drools keeps each one until it is disposed).
     */
    int openSessions() {
        return sessions.openSessions();
    }

    /** A fresh session to evaluate one host; close it when done. */
    public RuleSession newSession() {
        return sessions.newSession();
    }

    /**
     * How long the person's rules may take on one host's facts (each insertion and each round of
     * firing), after which the rule running is stopped and named; the built-in rules alone are not
     * watched. Sessions made from now on get it.
     */
    public RuleBase limitRuleTime(Duration limit) {
        sessions.limitRuleTime(limit);
        return this;
    }

    /** The person's rule files by the path Drools knows them by. */
    Map<String, String> userFiles() {
        return userFiles;
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
