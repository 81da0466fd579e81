package dev.wsladvisor.rules;

import dev.wsladvisor.facts.Distribution;
import dev.wsladvisor.facts.FactSection;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.Product;
import dev.wsladvisor.facts.ReportedError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.kie.api.definition.rule.Rule;

/**
 * The facts of the document a rule's match read, as its explanation quotes them: for each pattern
 * of the rule's conditions that matched a fact object (in the order the conditions are written),
 * the fields its constraints read, each named by the object's place in the document ({@code
 * host.os.build}; a list's whole path for an entry of it, such as {@code answers.errors}). A
 * constraint's fields are read from its text as Drools keeps it (the precompiled model's and the
 * compiled rule's alike): a property is its field; a helper or derived property says what it reads
 * with {@code facts.Reads}. Patterns under {@code not} or {@code exists} matched nothing, so they
 * quote nothing.
 */
final class MatchedFacts {

    /**
     * What one pattern reads: the type of fact it matches ({@code collected}: a list of them,
     * {@code from collect}), its place in the document when the rule alone tells it ("host.os";
     * "answers.errors" with {@code list} for an entry of that list; null for a product whose name
     * the conditions do not fix), and the fields (or full paths) its constraints read.
     */
    record PatternReads(
            Class<?> type,
            boolean collected,
            String place,
            boolean list,
            List<String> fields,
            List<String> paths) {
        PatternReads(
                Class<?> type, boolean collected, String place, boolean list, List<String> fields) {
            // Worked out once, as a rule fires for every host and every what-if trial.
            this(
                    type,
                    collected,
                    place,
                    list,
                    fields,
                    place == null ? null : resolved(place, list, fields));
        }
    }

    private static List<String> resolved(String place, boolean list, List<String> fields) {
        Set<String> out = new LinkedHashSet<>();
        resolve(place, list, fields, out);
        return List.copyOf(out);
    }

    /**
     * The reads of each positive pattern on a part of the facts document, and a gap where a
     * condition cannot be read.
     */
    record RuleReads(List<PatternReads> patterns, String gap, boolean branches) {
        RuleReads(List<PatternReads> patterns, String gap) {
            this(patterns, gap, false);
        }

        /**
         * Every pattern's place is known and every one matched on each firing (no {@code or}): the
         * paths never vary.
         */
        boolean fixed() {
            return !branches && patterns.stream().allMatch(p -> p.paths() != null);
        }

        /**
         * The paths the rule reads on any host, every branch of an {@code or} included: what the
         * catalogue lists.
         */
        List<String> paths() {
            Set<String> out = new LinkedHashSet<>();
            for (PatternReads p : patterns) {
                if (p.paths() != null) {
                    out.addAll(p.paths());
                }
            }
            return List.copyOf(out);
        }
    }

    private static final Set<String> KEYED_PRODUCTS =
            Set.of("virtualBox", "vmware", "dockerDesktop");
    private static final Pattern PRODUCT_NAME = Pattern.compile("\\bname\\s*==\\s*\"(\\w+)\"");

    /** {@code name not in ("virtualBox", ...)}: a product that is none of those named. */
    private static final Pattern PRODUCT_NOT_NAMED =
            Pattern.compile("\\bname\\s+not\\s+in\\s*\\(([^)]*)\\)");

    private MatchedFacts() {}

    /**
     * What the conditions of {@code rule} read; a gap where a condition reads what cannot be told.
     */
    static RuleReads of(Rule rule) {
        if (!(rule instanceof RuleImpl)) {
            return new RuleReads(List.of(), "not a Drools rule: " + rule.getClass().getName());
        }
        List<PatternReads> out = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        walk(((RuleImpl) rule).getLhs(), out, gaps);
        return new RuleReads(
                List.copyOf(out),
                gaps.isEmpty() ? null : String.join("; ", gaps),
                branches(((RuleImpl) rule).getLhs()));
    }

    /**
     * The paths the match read, first read first, each once. Each pattern takes the next object of
     * its type in the match (the match holds the objects of the patterns that matched, in order:
     * one branch of an {@code or}).
     */
    static List<String> paths(RuleReads reads, List<?> matched, FactsDocument document) {
        if (document == null) {
            return List.of();
        }
        if (reads.fixed()) {
            return reads.paths();
        }
        Set<String> out = new LinkedHashSet<>();
        List<Object> objects = new ArrayList<>(matched);
        for (PatternReads p : reads.patterns()) {
            Object fact = take(objects, p);
            if (fact == null || p.fields().isEmpty()) {
                continue;
            }
            if (p.paths() != null) {
                out.addAll(p.paths());
            } else {
                String place = document.placeOf(fact);
                int index = place == null ? -1 : place.indexOf('[');
                if (place != null) {
                    resolve(
                            index >= 0 ? place.substring(0, index) : place,
                            index >= 0,
                            p.fields(),
                            out);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Adds the paths of {@code fields} read at {@code place}: an entry of a list is quoted as the
     * list.
     */
    private static void resolve(String place, boolean list, List<String> fields, Set<String> out) {
        for (String field : fields) {
            if (field.contains(".")) {
                out.add(field);
            } else if (list) {
                out.add(place);
            } else if (!field.isEmpty()) {
                out.add(place + "." + field);
            }
        }
    }

    /**
     * Removes from {@code objects} and returns the first that {@code p} matched (for a collected
     * list, its first entry).
     */
    private static Object take(List<Object> objects, PatternReads p) {
        for (int i = 0; i < objects.size(); i++) {
            Object o = objects.get(i);
            Object fact =
                    p.collected() && o instanceof List<?> list && !list.isEmpty() ? list.get(0) : o;
            if (p.type().isInstance(fact)) {
                objects.remove(i);
                return fact;
            }
        }
        return null;
    }

    /**
     * Whether the positive conditions have an {@code or}: then a match holds the facts of one
     * branch only.
     */
    private static boolean branches(RuleConditionElement element) {
        if (!(element instanceof GroupElement g) || g.isNot() || g.isExists()) {
            return false;
        }
        return g.isOr() || g.getChildren().stream().anyMatch(MatchedFacts::branches);
    }

    private static void walk(
            RuleConditionElement element, List<PatternReads> out, List<String> gaps) {
        if (element instanceof GroupElement g) {
            if (g.isNot() || g.isExists()) {
                return;
            }
            for (RuleConditionElement child : g.getChildren()) {
                walk(child, out, gaps);
            }
        } else if (element instanceof org.drools.base.rule.Pattern p) {
            org.drools.base.rule.Pattern inner =
                    p.getSource() instanceof Collect c
                            ? c.getSourcePattern()
                            : p.getSource() instanceof Accumulate a
                                            && a.getSource()
                                                    instanceof org.drools.base.rule.Pattern source
                                    ? source
                                    : null;
            org.drools.base.rule.Pattern read = inner == null ? p : inner;
            Class<?> type =
                    read.getObjectType() instanceof ClassObjectType c ? c.getClassType() : null;
            if (type == null || !FactSection.class.isAssignableFrom(type)) {
                return;
            }
            Set<String> fields = new LinkedHashSet<>();
            Set<String> products = new LinkedHashSet<>();
            for (Constraint c : read.getConstraints()) {
                String text = ConstraintReads.text(c);
                if (text == null) {
                    gaps.add(
                            type.getSimpleName()
                                    + ": a constraint whose text Drools does not keep ("
                                    + c.getClass().getSimpleName()
                                    + ")");
                    continue;
                }
                ConstraintReads.read(type, text, fields, gaps);
                Matcher name = PRODUCT_NAME.matcher(text);
                while (name.find()) {
                    products.add(name.group(1));
                }
                Matcher notNamed = PRODUCT_NOT_NAMED.matcher(text);
                if (notNamed.find()
                        && Set.of(notNamed.group(1).replace("\"", "").split("\\s*,\\s*"))
                                .containsAll(KEYED_PRODUCTS)) {
                    products.add("another hypervisor");
                }
            }
            out.add(place(type, inner != null, products, List.copyOf(fields)));
        }
    }

    /** A pattern's reads, with its place when the rule alone tells it. */
    private static PatternReads place(
            Class<?> type, boolean collected, Set<String> products, List<String> fields) {
        if (type == Product.class) {
            boolean keyed = !products.isEmpty() && KEYED_PRODUCTS.containsAll(products);
            boolean others =
                    !products.isEmpty() && products.stream().noneMatch(KEYED_PRODUCTS::contains);
            return keyed && products.size() == 1
                    ? new PatternReads(
                            type,
                            collected,
                            "host.software." + products.iterator().next(),
                            false,
                            fields)
                    : others
                            ? new PatternReads(
                                    type, collected, "host.software.otherHypervisors", true, fields)
                            : new PatternReads(type, collected, null, false, fields);
        }
        if (type == ReportedError.class) {
            return new PatternReads(type, collected, "answers.errors", true, fields);
        }
        List<String> sections = FactProperties.SECTIONS.get(type);
        return sections == null || sections.size() != 1
                ? new PatternReads(type, collected, null, false, fields)
                : new PatternReads(
                        type, collected, sections.get(0), type == Distribution.class, fields);
    }
}
