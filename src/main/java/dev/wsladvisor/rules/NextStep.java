package dev.wsladvisor.rules;

/**
 * An action or command to run, in order: {@code step} sorts them (fixes first, then install, then
 * configuration), so rules need no firing order.
 */
public final class NextStep {

    private final String id;
    private final int step;
    private final String text;

    public NextStep(String id, int step, String text) {
        this.id = id;
        this.step = step;
        this.text = text;
    }

    public String getId() {
        return id;
    }

    public int getStep() {
        return step;
    }

    public String getText() {
        return text;
    }
}
