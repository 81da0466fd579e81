package dev.wsladvisor.rules;

import java.util.List;

/**
 * Something that will not stop WSL from running but will bite. {@code concerns} limits it to one
 * version (a VirtualBox clash matters only with WSL2); null means it applies whatever the verdict.
 */
public final class Warning {

    private final String id;
    private final WslVersion concerns;
    private final String message;
    private final String fix;
    private final List<String> facts;
    private final String source;

    public Warning(
            String id,
            WslVersion concerns,
            String message,
            String fix,
            List<String> facts,
            String source) {
        this.id = id;
        this.concerns = concerns;
        this.message = message;
        this.fix = fix;
        this.facts = QuotedFacts.copyOf(facts);
        this.source = source;
    }

    public String getId() {
        return id;
    }

    public WslVersion getConcerns() {
        return concerns;
    }

    public boolean appliesTo(WslVersion recommendation) {
        return concerns == null || concerns == recommendation;
    }

    public String getMessage() {
        return message;
    }

    public String getFix() {
        return fix;
    }

    public List<String> getFacts() {
        return facts;
    }

    public String getSource() {
        return source;
    }
}
