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

    /** Volatile: read without the lock once made (batch reads every quote, element by element). */
    private volatile List<String> quoted;

    QuotedFacts(Supplier<List<String>> source) {
        this.source = source;
    }

    /** {@code facts} as an unmodifiable list, a quote still unread staying unread. */
    static List<String> copyOf(List<String> facts) {
        return facts instanceof QuotedFacts ? facts : List.copyOf(facts);
    }

    private List<String> quoted() {
        List<String> made = quoted;
        if (made == null) {
            synchronized (this) {
                made = quoted;
                if (made == null) {
                    made = List.copyOf(source.get());
                    quoted = made;
                    source = null;
                }
            }
        }
        return made;
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
