package dev.wsladvisor.rules;

import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;

/**
 * The built-in rules insert their outputs logically; anything else a rule does to working memory is
 * noted.
 */
final class DirectActions extends DefaultRuleRuntimeEventListener {
    private boolean seen;
    private long insertedOrDeleted;

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        insertedOrDeleted++;
        if (event.getRule() != null) {
            EqualityKey key = ((InternalFactHandle) event.getFactHandle()).getEqualityKey();
            seen |= key == null || key.getStatus() != EqualityKey.JUSTIFIED;
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        seen |= event.getRule() != null;
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        insertedOrDeleted++;
        // Truth maintenance retracting an output whose conditions no longer hold is the engine's
        // own doing.
        seen |= event.getRule() != null;
    }

    /** A rule acted on working memory other than by inserting logically. */
    boolean seen() {
        return seen;
    }

    /** Facts inserted or deleted, by anyone, truth maintenance included. */
    long insertedOrDeleted() {
        return insertedOrDeleted;
    }
}
