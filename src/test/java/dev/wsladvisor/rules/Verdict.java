package dev.wsladvisor.rules;

/** Stand-in with the contract's field names until the lead's Verdict lands on main; deleted at the merge. */
public class Verdict {
    private String recommendation;

    public String getRecommendation() {
        return recommendation;
    }

    public Verdict setRecommendation(String v) {
        this.recommendation = v;
        return this;
    }
}
