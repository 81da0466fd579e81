package dev.wsladvisor.wslconfig.suggest;

import dev.wsladvisor.rules.RecordHash;

/**
 * One setting the advisor proposes for {@code .wslconfig}, inserted by a suggestion rule.
 *
 * @param ruleId the {@code @id} of the rule that proposed it
 */
public record SuggestedSetting(
        String section, String key, String value, String reason, String source, String ruleId) {

    public String fullName() {
        return section + "." + key;
    }

    // The hash the record would make, written out: see RecordHash. Equality stays the record's.
    @Override
    public int hashCode() {
        return RecordHash.of(section, key, value, reason, source, ruleId);
    }
}
