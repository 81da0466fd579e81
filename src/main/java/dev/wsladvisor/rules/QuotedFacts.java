package dev.wsladvisor.rules;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The facts an output quotes, an unmodifiable list worked out on first read. A cold advise fires
 * rules in some fifty what-if trials and reads only the decision of each; quoting is what most of a
 * firing cost there (the first firing of a rule reads its constraints to learn which fields they
 * name).
 */
final class QuotedFacts extends AbstractList<String> implements RandomAccess {

    private Supplier<List<String>> source;
    private List<String> quoted;

    QuotedFacts(Supplier<List<String>> source) {
        this.source = source;
    }

    /** {@code facts} as an unmodifiable list, a quote still unread staying unread. */
    static List<String> copyOf(List<String> facts) {
        return facts instanceof QuotedFacts ? facts : List.copyOf(facts);
    }

    private synchronized List<String> quoted() {
        if (quoted == null) {
            quoted = List.copyOf(source.get());
            source = null;
        }
        return quoted;
    }

    @Override
    public String get(int index) {
        return quoted().get(index);
    }

    @Override
    public int size() {
        return quoted().size();
    }
}
