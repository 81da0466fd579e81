package dev.wsladvisor.usecase;

import dev.wsladvisor.errors.UserInputException;
import dev.wsladvisor.facts.FactsSchema;
import dev.wsladvisor.rules.RuleInfo;
import dev.wsladvisor.text.Suggestions;
import dev.wsladvisor.text.Visible;
import java.util.List;
import java.util.Locale;

/**
 * {@code rules list}'s filters: rules whose file path contains {@code file}, whose id contains
 * {@code id} (either case), and whose {@code @facts} name {@code fact} or a fact below it; null
 * lets every rule through.
 */
public record RuleFilter(String file, String id, String fact) {

    /** A fact that the facts document does not have is refused, with "did you mean". */
    public RuleFilter {
        if (fact != null && !FactsSchema.allPaths().contains(fact)) {
            throw new UserInputException(
                    "--fact "
                            + Visible.escape(fact)
                            + ": not a fact of the facts document"
                            + Suggestions.closest(fact, FactsSchema.allPaths())
                                    .map(s -> "; did you mean " + s + "?")
                                    .orElse(".")
                            + " Facts are named by their path, such as answers.docker or host.os.build (docs/facts-format.md).");
        }
    }

    /** The rules the filters let through, in their order; none is refused, naming the filters. */
    public List<RuleInfo> select(List<RuleInfo> rules) {
        List<RuleInfo> wanted = rules.stream().filter(this::wanted).toList();
        if (wanted.isEmpty()) {
            throw new UserInputException(
                    "no rule matches" + described() + "; 'wsl-advisor rules list' shows them all.");
        }
        return wanted;
    }

    private boolean wanted(RuleInfo r) {
        return (file == null || r.file().contains(file))
                && (id == null
                        || r.id().toLowerCase(Locale.ROOT).contains(id.toLowerCase(Locale.ROOT)))
                && (fact == null
                        || r.facts().stream()
                                .anyMatch(f -> f.equals(fact) || f.startsWith(fact + ".")));
    }

    /**
     * " in files containing ...", " with ids containing ...", " using the fact ...", for the
     * messages; empty without filters.
     */
    public String described() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(" in files containing '").append(file).append("'");
        }
        if (id != null) {
            s.append(" with ids containing '").append(id).append("'");
        }
        if (fact != null) {
            s.append(" using the fact ").append(fact);
        }
        return s.toString();
    }
}
