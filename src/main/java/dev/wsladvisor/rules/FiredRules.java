package dev.wsladvisor.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records the ids of the rules that fired, in the order they first fired. Attached to a session
 * only when someone asks which rules fired (rules test, rules coverage): advise and batch pay
 * nothing for it.
 */
public final class FiredRules extends DefaultAgendaEventListener {

    private final Set<String> ids = new LinkedHashSet<>();
    private final Consumer<AfterMatchFiredEvent> each;

    public FiredRules() {
        this(event -> {});
    }

    /**
     * Also hands {@code each} every firing, with its match (tests comparing what a rule quotes with
     * what it matched).
     */
    public FiredRules(Consumer<AfterMatchFiredEvent> each) {
        this.each = each;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Object id = event.getMatch().getRule().getMetaData().get("id");
        ids.add(id == null ? event.getMatch().getRule().getName() : String.valueOf(id));
        each.accept(event);
    }

    /** The ids of the rules that fired so far, first firing first. */
    public Set<String> ids() {
        return new LinkedHashSet<>(ids);
    }
}
