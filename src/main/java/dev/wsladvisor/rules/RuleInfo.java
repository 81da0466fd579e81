package dev.wsladvisor.rules;

import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/** A rule as the catalogue shows it: its id, name, file and metadata. */
public final class RuleInfo {

    private final String id;
    private final String name;
    private final String file;
    private final Map<String, Object> metadata;

    /**
     * The rule itself, to read what its conditions read when it has no {@code @facts}; null where
     * that is not wanted.
     */
    private final Rule rule;

    private volatile List<String> readFacts;

    RuleInfo(String id, String name, String file, Map<String, Object> metadata) {
        this(id, name, file, metadata, null);
    }

    RuleInfo(String id, String name, String file, Map<String, Object> metadata, Rule rule) {
        this.id = id;
        this.name = name;
        this.file = file;
        this.metadata = Map.copyOf(metadata);
        this.rule = rule;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** {@code rules/needs.drl} for built-in rules, the person's path for their own. */
    public String file() {
        return file;
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    /**
     * What the rule says, by its metadata: reason, blocker, step, finding (.wslconfig lint),
     * setting or warning.
     */
    public String kind() {
        return meta("favors") != null
                ? "reason"
                : meta("blocks") != null
                        ? "blocker"
                        : meta("step") != null
                                ? "step"
                                : meta("severity") != null
                                        ? "finding"
                                        : meta("setting") != null ? "setting" : "warning";
    }

    /** What the rule does, in a few words: "favors WSL2, need", "blocks WSL2 (permanent)"... */
    public String does() {
        switch (kind()) {
            case "reason":
                if (meta("strength") != null) {
                    return "favors " + meta("favors") + ", " + meta("strength");
                }
                String weight = String.valueOf(meta("weight")).trim();
                boolean hard = weight.matches("\\d+") && Integer.parseInt(weight) >= 100;
                return "favors "
                        + meta("favors")
                        + ", weight "
                        + weight
                        + (hard ? " (a hard need)" : "");
            case "blocker":
                return "blocks "
                        + meta("blocks")
                        + ("true".equals(meta("permanent")) ? " (permanent)" : "");
            case "step":
                return "next step " + meta("step");
            case "finding":
                return ".wslconfig finding, " + meta("severity");
            case "setting":
                return "suggests .wslconfig " + meta("setting");
            default:
                return meta("concerns") == null
                        ? "warning"
                        : "warning when the advice is " + meta("concerns");
        }
    }

    /**
     * The contract paths the rule's explanation quotes: those of {@code @facts}, or without it
     * those its conditions read on any host ({@link MatchedFacts}, every branch of an {@code or})
     * when it gives a reason, blocker or warning, worked out the first time they are asked for.
     */
    public List<String> facts() {
        String facts = meta("facts");
        if (facts != null) {
            return java.util.Arrays.stream(facts.split(","))
                    .map(String::trim)
                    .filter(f -> !f.isEmpty())
                    .toList();
        }
        if (readFacts == null) {
            // Only reasons, blockers and warnings quote facts; a next step, finding or setting
            // names none.
            boolean quotes = List.of("reason", "blocker", "warning").contains(kind());
            readFacts = quotes ? factsRead() : List.of();
        }
        return readFacts;
    }

    /**
     * The contract paths the rule's conditions read on any host, whatever its {@code @facts} says.
     */
    List<String> factsRead() {
        return rule == null ? List.of() : MatchedFacts.of(rule).paths();
    }

    /** A metadata value as text, or null. */
    public String meta(String key) {
        Object v = metadata.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
