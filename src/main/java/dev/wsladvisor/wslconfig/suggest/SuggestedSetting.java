package dev.wsladvisor.wslconfig.suggest;

import dev.wsladvisor.rules.RecordHash;
import java.util.Objects;

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

    // A record's own equals and hashCode, written out: see RecordHash.
    @Override
    public boolean equals(Object o) {
        return o instanceof SuggestedSetting s
                && Objects.equals(section, s.section)
                && Objects.equals(key, s.key)
                && Objects.equals(value, s.value)
                && Objects.equals(reason, s.reason)
                && Objects.equals(source, s.source)
                && Objects.equals(ruleId, s.ruleId);
    }

    @Override
    public int hashCode() {
        return RecordHash.of(section, key, value, reason, source, ruleId);
    }
}
