package dev.wsladvisor.facts;

import java.util.Locale;

/** One error code or message the person has seen, from {@code answers.errors}. */
public final class ReportedError extends FactSection {

    private final String text;
    private final String folded;

    public ReportedError(FactsDocument document, String text) {
        super(document);
        this.text = text;
        this.folded = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public String getText() {
        return text;
    }

    /** Whether the text contains {@code fragment}, ignoring case and runs of white space, wherever it stands. */
    public boolean mentions(String fragment) {
        return folded.contains(fragment.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }
}
