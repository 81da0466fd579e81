package dev.wsladvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wsladvisor.wslconfig.lint.LintFinding;
import dev.wsladvisor.wslconfig.suggest.SuggestedSetting;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class RecordHashTest {

    /** The fold the JDK generates for a record of the same components. */
    private record Generated(String a, String b, int c, String d) {}

    @Property
    void foldsAsTheGeneratedRecordHashCodeDoes(
            @ForAll String a, @ForAll String b, @ForAll int c, @ForAll String d) {
        assertThat(RecordHash.of(a, b, c, d)).isEqualTo(new Generated(a, b, c, d).hashCode());
        assertThat(RecordHash.of(null, b, c, null))
                .isEqualTo(new Generated(null, b, c, null).hashCode());
    }

    @Property
    void suggestedSettingsAreEqualExactlyWhenEveryComponentIs(
            @ForAll String value, @ForAll String other) {
        SuggestedSetting s = new SuggestedSetting("wsl2", "memory", value, "why", "src", "id");
        assertThat(s).isEqualTo(new SuggestedSetting("wsl2", "memory", value, "why", "src", "id"));
        assertThat(s.hashCode())
                .isEqualTo(
                        new SuggestedSetting("wsl2", "memory", value, "why", "src", "id")
                                .hashCode());
        assertThat(s.equals(new SuggestedSetting("wsl2", "memory", other, "why", "src", "id")))
                .isEqualTo(value.equals(other));
        assertThat(s)
                .isNotEqualTo(new SuggestedSetting("wsl2", "memory", value, "why", "src", null));
    }

    @Property
    void lintFindingsAreEqualExactlyWhenEveryComponentIs(@ForAll int line, @ForAll int other) {
        LintFinding f = finding(line);
        assertThat(f).isEqualTo(finding(line)).hasSameHashCodeAs(finding(line));
        assertThat(f.equals(finding(other))).isEqualTo(line == other);
        assertThat(f)
                .isNotEqualTo(
                        new LintFinding(
                                "id", "error", "f", line, 1, "wsl2", "k", "m", "fix", "other"));
    }

    private static LintFinding finding(int line) {
        return new LintFinding("id", "error", "f", line, 1, "wsl2", "k", "m", "fix", "src");
    }
}
