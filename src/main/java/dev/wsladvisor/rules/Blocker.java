package dev.wsladvisor.rules;

import java.util.List;
import java.util.Set;

/**
 * Something that stops a WSL version from running, or from meeting a stated need, on this PC. A
 * permanent blocker is beyond the person's and their admin's reach (the CPU lacks SLAT, Windows
 * Server 2019): that version can never run here.
 */
public final class Blocker {

    private final String id;
    private final Set<WslVersion> blocks;
    private final boolean permanent;
    private final String message;
    private final String fix;
    private final String action;
    private final List<String> facts;
    private final String source;
    private final int order;

    public Blocker(
            String id,
            Set<WslVersion> blocks,
            boolean permanent,
            String message,
            String fix,
            String action,
            List<String> facts,
            String source,
            int order) {
        this.id = id;
        this.blocks = Set.copyOf(blocks);
        this.permanent = permanent;
        this.message = message;
        this.fix = fix;
        this.action = action;
        this.facts = QuotedFacts.copyOf(facts);
        this.source = source;
        this.order = order;
    }

    /** Which blocker to fix first: smaller first (firmware before features before updates). */
    public int getOrder() {
        return order;
    }

    public String getId() {
        return id;
    }

    public Set<WslVersion> getBlocks() {
        return blocks;
    }

    public boolean blocks(WslVersion version) {
        return blocks.contains(version);
    }

    public boolean isPermanent() {
        return permanent;
    }

    public String getMessage() {
        return message;
    }

    public String getFix() {
        return fix;
    }

    /**
     * A short imperative phrase for the summary ("enable virtualization in the firmware"); may be
     * null.
     */
    public String getAction() {
        return action;
    }

    public List<String> getFacts() {
        return facts;
    }

    public String getSource() {
        return source;
    }
}
