package dev.wsladvisor.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records the ids of the rules that fired, in the order they first fired. Attached to a session only when
 * someone asks which rules fired (rules test, rules coverage): advise and batch pay nothing for it.
 */
public final class FiredRules extends DefaultAgendaEventListener {

    private final Set<String> ids = new LinkedHashSet<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Object id = event.getMatch().getRule().getMetaData().get("id");
        ids.add(id == null ? event.getMatch().getRule().getName() : String.valueOf(id));
    }

    /** The ids of the rules that fired so far, first firing first. */
    public Set<String> ids() {
        return new LinkedHashSet<>(ids);
    }
}
