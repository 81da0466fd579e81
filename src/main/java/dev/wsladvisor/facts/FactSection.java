package dev.wsladvisor.facts;

/**
 * A part of the facts document that rules match on. It knows its document, so an explanation can
 * quote any fact a rule used ("answers.docker = true") from whatever the rule matched.
 */
public abstract class FactSection {

    private final FactsDocument document;

    protected FactSection(FactsDocument document) {
        this.document = document;
    }

    public FactsDocument document() {
        return document;
    }
}
