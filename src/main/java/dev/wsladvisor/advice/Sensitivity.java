package dev.wsladvisor.advice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsladvisor.facts.FactsDocument;
import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.facts.FieldSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which single facts matter: for a known fact, which other value would flip the recommendation or
 * the blocked state ("what if"); for an unknown fact, whether any value it could take would change
 * the recommendation, the blocked state or a blocker ("unknown"). The trials of one host run
 * incrementally in one rule session ({@link TrialSession}): each changes one fact object and fires
 * only what reads it.
 */
public final class Sensitivity {

    /**
     * Facts whose absence means "none" rather than "unknown" (absent software is not installed).
     */
    private static final List<String> ABSENT_MEANS_NONE =
            List.of("host.software.", "host.wsl.packageVersion");

    private static final List<String> NOT_FACTS = List.of("schemaVersion", "id");

    /**
     * What the person cannot change with a setting, an update or an answer: no "what if" for these.
     */
    private static final List<String> FIXED_BY_NATURE =
            List.of(
                    "host.os.edition",
                    "host.os.architecture",
                    "host.hardware.slat",
                    "host.hardware.isVirtualMachine",
                    "host.hardware.vmHost",
                    "host.hardware.memoryMb",
                    "host.hardware.logicalProcessors",
                    "host.hardware.hypervisorPresent");

    /** Changes that would undo something rather than fix it: uninstalling WSL is never advice. */
    private static final List<String> NOT_A_FIX = List.of("host.wsl.installed");

    /** Numbers that only grow: Windows is updated, not downgraded. */
    private static final List<String> ONLY_UPWARDS = List.of("host.os.build", "host.os.revision");

    private final Advisor advisor;

    public Sensitivity(Advisor advisor) {
        this.advisor = advisor;
    }

    /** One fact that would matter, and how much. */
    /**
     * {@code strength} is {@link Decision#changeFrom}: 3 flips the recommendation, 2 blocked, 1 a
     * blocker.
     */
    public record Impact(String path, Object value, Decision decision, int strength) {}

    /**
     * Known facts changed to another value that flips the recommendation or blocked state,
     * strongest first. A change that leaves no WSL able to run is not one; where none can run now,
     * no single change (of those a person can make) helps, so the list is empty.
     */
    public List<Impact> whatIf(FactsDocument facts, Decision base) {
        return advisor.withTrials(facts, trials -> whatIf(facts, base, trials));
    }

    /** {@link #whatIf(FactsDocument, Decision)} on trials already set up for {@code facts}. */
    public List<Impact> whatIf(FactsDocument facts, Decision base, TrialSession trials) {
        List<Impact> out = new ArrayList<>();
        for (FieldSpec spec : CANDIDATES) {
            if (!facts.isKnown(spec.path())
                    || !applicable(facts, spec)
                    || FIXED_BY_NATURE.contains(spec.path())
                    || NOT_A_FIX.contains(spec.path())) {
                continue;
            }
            JsonNode current = facts.value(spec.path());
            for (Object value : spec.trialValues()) {
                if (sameValue(current, value)
                        || (ONLY_UPWARDS.contains(spec.path())
                                && (Integer) value < current.intValue())) {
                    continue;
                }
                Decision trial = trials.decide(facts.withFact(spec.path(), value));
                int strength = trial.changeFrom(base);
                // Worsening changes (something that would newly block, or leave no WSL that can
                // run) are noise here, not advice.
                boolean improves =
                        !trial.nothingRuns()
                                && (strength == 3
                                        || (strength == 2 && base.blocked() && !trial.blocked()));
                if (improves) {
                    // The first value that flips is the smallest change (trial values run from old
                    // to new).
                    out.add(new Impact(spec.path(), value, trial, strength));
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(Impact::strength).reversed());
        return out;
    }

    /**
     * Unknown facts that would matter, each with the first value found that changes the advice,
     * strongest first. An unknown fact that no value could change is left out: asking for it would
     * waste the person's time.
     */
    public List<Impact> unknownThatMatter(FactsDocument facts, Decision base) {
        return advisor.withTrials(facts, trials -> unknownThatMatter(facts, base, trials));
    }

    /**
     * {@link #unknownThatMatter(FactsDocument, Decision)} on trials already set up for {@code
     * facts}.
     */
    public List<Impact> unknownThatMatter(FactsDocument facts, Decision base, TrialSession trials) {
        List<Impact> out = new ArrayList<>();
        for (FieldSpec spec : CANDIDATES) {
            if (facts.isKnown(spec.path())
                    || !applicable(facts, spec)
                    || absentMeansNone(spec.path())) {
                continue;
            }
            Impact strongest = null;
            for (Object value : spec.trialValues()) {
                Decision trial = trials.decide(facts.withFact(spec.path(), value));
                int strength = trial.changeFrom(base);
                if (strength > 0 && (strongest == null || strength > strongest.strength())) {
                    strongest = new Impact(spec.path(), value, trial, strength);
                }
            }
            if (strongest != null) {
                out.add(strongest);
            }
        }
        out.sort(Comparator.comparingInt(Impact::strength).reversed());
        return out;
    }

    /**
     * The facts worth trying: every single-valued field with trial values; the schema never
     * changes.
     */
    private static final List<FieldSpec> CANDIDATES = candidates();

    private static List<FieldSpec> candidates() {
        List<FieldSpec> out = new ArrayList<>();
        for (FieldSpec leaf : FactsSchema.root().leaves()) {
            if (!NOT_FACTS.contains(leaf.path()) && !leaf.trialValues().isEmpty()) {
                out.add(leaf);
            }
        }
        return out;
    }

    /** A product's version can change only when the product is there. */
    private static boolean applicable(FactsDocument facts, FieldSpec spec) {
        if (spec.path().startsWith("host.software.")) {
            String product = spec.path().substring(0, spec.path().lastIndexOf('.'));
            return facts.value(product).isObject();
        }
        return true;
    }

    private static boolean absentMeansNone(String path) {
        return ABSENT_MEANS_NONE.stream().anyMatch(path::startsWith);
    }

    private static boolean sameValue(JsonNode current, Object value) {
        if (value instanceof Boolean) {
            return current.isBoolean() && current.booleanValue() == (Boolean) value;
        }
        if (value instanceof Integer) {
            return current.isNumber() && current.intValue() == (Integer) value;
        }
        return current.isTextual() && current.asText().equalsIgnoreCase(String.valueOf(value));
    }

    /** "answers.projectLocation = linux": how a change is shown. */
    public static String describe(String path, Object value) {
        return path + " = " + value;
    }
}
