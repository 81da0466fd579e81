package dev.wsladvisor.rules;

import dev.wsladvisor.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** One evaluation: insert facts, fire, read the outputs the rules inserted. */
public final class RuleSession implements AutoCloseable {

    private final KieSession session;
    private final Map<String, String> userFiles;

    RuleSession(KieSession session, Map<String, String> userFiles) {
        this.session = session;
        this.userFiles = userFiles;
    }

    public void insert(Object fact) {
        session.insert(fact);
    }

    public void insertAll(List<?> facts) {
        for (Object fact : facts) {
            session.insert(fact);
        }
    }

    /**
     * Fires every rule that matches. A rule whose metadata is unusable, or one of the person's own rules (--rules)
     * that fails, is reported as the author's error (exit code 2), not as a bug of the tool.
     */
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
            String file = userFile(e.getMatch() == null ? null : e.getMatch().getRule());
            if (file != null) {
                throw new UserInputException(file + ": rule \"" + e.getMatch().getRule().getName() + "\" failed: "
                        + e.getCause() + ". The rule is one of yours (--rules): fix it, for example by matching only facts"
                        + " that are known (not null); see docs/writing-rules.md.", e);
            }
            throw e;
        }
    }

    private String userFile(Rule rule) {
        String path = rule == null ? null : RuleBase.sourcePath(rule);
        return path == null ? null : userFiles.get(path);
    }

    /** Records the rules that fire from now on, until {@link #stopRecording}. */
    public void record(FiredRules fired) {
        session.addEventListener(fired);
    }

    public void stopRecording(FiredRules fired) {
        session.removeEventListener(fired);
    }

    /** Every object of this type in working memory, in no particular order. */
    public <T> List<T> outputs(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }

    /** Empties working memory and the agenda so the session can evaluate another host: cheaper than a new one. */
    public void reset() {
        if (session instanceof StatefulKnowledgeSessionImpl) {
            ((StatefulKnowledgeSessionImpl) session).reset();
        } else {
            throw new UnsupportedOperationException("cannot reset a " + session.getClass().getName());
        }
    }

    @Override
    public void close() {
        session.dispose();
    }
}
