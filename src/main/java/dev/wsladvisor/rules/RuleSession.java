package dev.wsladvisor.rules;

import dev.wsladvisor.UserInputException;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** One evaluation: insert facts, fire, read the outputs the rules inserted. */
public final class RuleSession implements AutoCloseable {

    private final KieSession session;

    RuleSession(KieSession session) {
        this.session = session;
    }

    public void insert(Object fact) {
        session.insert(fact);
    }

    public void insertAll(List<?> facts) {
        for (Object fact : facts) {
            session.insert(fact);
        }
    }

    /** Fires every rule that matches; a rule whose metadata is unusable is reported as the author's error. */
    public int fireAllRules() {
        try {
            return session.fireAllRules();
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause instanceof UserInputException) {
                    throw (UserInputException) cause;
                }
                cause = cause.getCause();
            }
            throw e;
        }
    }

    /** Every object of this type in working memory, in no particular order. */
    public <T> List<T> outputs(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
