package dev.wsladvisor.rules;

/**
 * One .drl file: where a person finds it ({@code rules/needs.drl} or the path they passed), and its
 * text.
 */
public final class RuleSource {

    private final String displayPath;
    private final String text;
    private final boolean builtIn;

    public RuleSource(String displayPath, String text, boolean builtIn) {
        this.displayPath = displayPath;
        this.text = text;
        this.builtIn = builtIn;
    }

    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    public boolean builtIn() {
        return builtIn;
    }
}
