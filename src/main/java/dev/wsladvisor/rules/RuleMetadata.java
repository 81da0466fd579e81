package dev.wsladvisor.rules;

import dev.wsladvisor.facts.FactSection;
import dev.wsladvisor.facts.FactsDocument;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One rule's metadata as {@link Dsl} reads it: checked and parsed on the rule's first firing, then
 * kept, because in a batch a rule fires for thousands of hosts and its metadata never changes. Kept
 * apart from Dsl because rule files import all of Dsl's static methods, and MVEL would take a
 * helper named like a fact field ({@code version}, {@code id}) for that field.
 */
final class RuleMetadata {

    /**
     * Per thread, so no locking on the batch workers' path; weak, so the rules of a knowledge base
     * nobody uses any more can go. The values must not refer to their rule (that would keep every
     * key alive).
     */
    private static final ThreadLocal<WeakHashMap<Rule, RuleMetadata>> READ =
            ThreadLocal.withInitial(WeakHashMap::new);

    /** Weakly: see {@link #READ}. */
    private final WeakReference<Rule> rule;

    private final String name;
    private final Map<String, Object> meta;
    private final String[] factPaths;
    // What each output kind needs, made on first use; a rule lacking what a kind requires fails
    // each time.
    private String id;
    private Reason reason;
    private Blocker blocker;
    private Warning warning;
    private Integer step;
    private MatchedFacts.RuleReads reads;
    private String[] fixedPaths;

    private RuleMetadata(Rule rule) {
        this.rule = new WeakReference<>(rule);
        this.name = rule.getName();
        this.meta = rule.getMetaData();
        List<String> paths = new ArrayList<>();
        String names = text("facts");
        if (names != null) {
            for (String path : names.split(",")) {
                if (!path.isBlank()) {
                    paths.add(path.trim());
                }
            }
        }
        this.factPaths = paths.toArray(new String[0]);
    }

    static RuleMetadata of(RuleContext k) {
        Rule rule = k.getRule();
        WeakHashMap<Rule, RuleMetadata> read = READ.get();
        RuleMetadata m = read.get(rule);
        // Drools' rules are equal when package and name are: a rule of another knowledge base may
        // be a key here.
        if (m == null || m.rule.get() != rule) {
            m = new RuleMetadata(rule);
            read.put(rule, m);
        }
        return m;
    }

    /** The reason this rule gives, without this host's facts. */
    Reason reason() {
        if (reason == null) {
            reason =
                    new Reason(
                            id(),
                            version("favors"),
                            strength(),
                            text("explanation"),
                            List.of(),
                            text("source"),
                            text("workaround"),
                            text("workaroundElsewhere"));
        }
        return reason;
    }

    /** {@code @strength}, or for older rules {@code @weight} read as a strength. */
    private Strength strength() {
        String named = text("strength");
        if (named == null) {
            return Strength.ofWeight(integer("weight"));
        }
        Strength s = Strength.parse(named);
        if (s == null) {
            throw new RuleAuthoringException(
                    "rule \""
                            + name
                            + "\": @strength must be need, exception, preference or"
                            + " note, found \""
                            + named
                            + "\".");
        }
        return s;
    }

    /** The blocker this rule reports, without this host's facts. */
    Blocker blocker() {
        if (blocker == null) {
            String blocks = required("blocks").trim().toUpperCase(Locale.ROOT);
            Set<WslVersion> versions =
                    "BOTH".equals(blocks)
                            ? EnumSet.allOf(WslVersion.class)
                            : EnumSet.of(parseVersion("blocks", blocks));
            boolean permanent =
                    Boolean.parseBoolean(String.valueOf(meta.getOrDefault("permanent", "false")));
            String fix = permanent ? text("fix") : required("fix");
            blocker =
                    new Blocker(
                            id(),
                            versions,
                            permanent,
                            text("explanation"),
                            fix,
                            text("action"),
                            List.of(),
                            text("source"),
                            meta.containsKey("order") ? integer("order") : Dsl.DEFAULT_ORDER);
        }
        return blocker;
    }

    /** The warning this rule gives, without this host's facts. */
    Warning warning() {
        if (warning == null) {
            Object concerns = meta.get("concerns");
            warning =
                    new Warning(
                            id(),
                            concerns == null
                                    ? null
                                    : parseVersion("concerns", String.valueOf(concerns)),
                            text("explanation"),
                            text("fix"),
                            List.of(),
                            text("source"));
        }
        return warning;
    }

    /** {@code @step}: where this rule's next steps go in the list. */
    int step() {
        if (step == null) {
            step = integer("step");
        }
        return step;
    }

    String id() {
        if (id == null) {
            id = required("id");
        }
        return id;
    }

    /**
     * The facts this firing quotes, with their values as given in the host's document: the paths of
     * {@code @facts} when the rule names them, else those its match read ({@link MatchedFacts}).
     * Worked out when first read ({@link QuotedFacts}): the what-if trials fire rules for their
     * decision alone and never read what they quote. What the quote needs from the firing (the
     * matched objects, the document) is taken now, while the match is there.
     */
    List<String> facts(RuleContext k) {
        FactsDocument document = document(k);
        if (factPaths.length > 0) {
            return new QuotedFacts(() -> quote(factPaths, document));
        }
        Rule matched = k.getRule();
        List<Object> objects = new ArrayList<>(k.getMatch().getObjects());
        return new QuotedFacts(() -> matchedFacts(matched, objects, document));
    }

    private static List<String> quote(String[] paths, FactsDocument document) {
        List<String> out = new ArrayList<>(paths.length);
        for (String path : paths) {
            out.add(document == null ? path : document.describe(path));
        }
        return out;
    }

    /**
     * Synchronized: a quote is read on the thread that assembles the advice, which under the rule
     * watch is not the one that fired the rule.
     */
    private synchronized List<String> matchedFacts(
            Rule matched, List<Object> objects, FactsDocument document) {
        if (reads == null) {
            // Holds types and field names only, never the rule: see READ.
            reads = MatchedFacts.of(matched);
        }
        if (reads.patterns().stream().allMatch(p -> p.fields().isEmpty())) {
            return List.of();
        }
        // Most rules read the same paths on every firing: worked out once, like @facts.
        if (fixedPaths == null && reads.fixed()) {
            fixedPaths = reads.paths().toArray(new String[0]);
        }
        if (fixedPaths != null) {
            return quote(fixedPaths, document);
        }
        List<String> paths = MatchedFacts.paths(reads, objects, document);
        List<String> out = new ArrayList<>(paths.size());
        for (String path : paths) {
            out.add(document.describe(path));
        }
        return out;
    }

    private String required(String key) {
        String value = text(key);
        if (value == null || value.isBlank()) {
            throw new RuleAuthoringException(
                    "rule \""
                            + name
                            + "\" has no @"
                            + key
                            + " metadata; add @"
                            + key
                            + "(...) under its name.");
        }
        return value;
    }

    private int integer(String key) {
        String value = required(key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new RuleAuthoringException(
                    "rule \""
                            + name
                            + "\": @"
                            + key
                            + " must be a whole number, found \""
                            + value
                            + "\".");
        }
    }

    private WslVersion version(String key) {
        return parseVersion(key, required(key));
    }

    private WslVersion parseVersion(String key, String value) {
        try {
            return WslVersion.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleAuthoringException(
                    "rule \""
                            + name
                            + "\": @"
                            + key
                            + " must be WSL1 or WSL2, found \""
                            + value
                            + "\".");
        }
    }

    private String text(String key) {
        Object v = meta.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private static FactsDocument document(RuleContext k) {
        for (Object o : k.getMatch().getObjects()) {
            if (o instanceof FactSection) {
                return ((FactSection) o).document();
            }
        }
        for (Object o : k.getKieRuntime().getObjects()) {
            if (o instanceof FactSection) {
                return ((FactSection) o).document();
            }
        }
        return null;
    }
}
