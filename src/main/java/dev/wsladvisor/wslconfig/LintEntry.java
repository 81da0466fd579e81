package dev.wsladvisor.wslconfig;

import dev.wsladvisor.facts.Version;
import java.util.Optional;

/**
 * One {@code key = value} line as a fact for the lint rules: what WSL makes of it, and the checks the rules ask
 * about, so that a rule reads like its criterion ({@code LintEntry( known == false, suggestedKey != null )}).
 */
public final class LintEntry implements Located {

    private final ParsedEntry entry;
    private final ConfigDialect dialect;
    private final KeySpec spec;
    private final int firstLine;
    private final ValueType.Check check;
    private final String suggestedKey;
    private final String homeSection;
    private final boolean inKnownSection;

    /** {@code spec} is what {@code catalog.find} gave for the entry's effective name, or null. */
    LintEntry(ParsedEntry entry, ConfigDialect dialect, KeyCatalog catalog, KeySpec spec, int firstLine) {
        this.entry = entry;
        this.dialect = dialect;
        this.spec = spec;
        this.firstLine = firstLine;
        this.check = spec == null ? null : spec.valueType().check(entry.value(), spec, dialect);
        this.inKnownSection = catalog.isSection(dialect, entry.section());
        this.suggestedKey = spec != null || !inKnownSection ? null
                : catalog.closestKey(dialect, entry.section(), entry.key()).orElse(null);
        this.homeSection = spec != null ? null : catalog.byBareName(dialect, entry.key()).stream()
                .filter(k -> !k.removed()).map(KeySpec::section).findFirst().orElse(null);
    }

    public ParsedEntry getEntry() {
        return entry;
    }

    @Override
    public int getLine() {
        return entry.line();
    }

    @Override
    public int getColumn() {
        return entry.column();
    }

    @Override
    public String getSection() {
        return entry.section();
    }

    @Override
    public String getKey() {
        return entry.key();
    }

    public String getName() {
        return entry.effectiveName();
    }

    public String getValue() {
        return entry.value();
    }

    public String getRawValue() {
        return entry.rawValue();
    }

    public String getDialect() {
        return dialect == ConfigDialect.WSLCONFIG ? "wslconfig" : "wslconf";
    }

    public String getFileName() {
        return dialect.fileName();
    }

    public KeySpec getSpec() {
        return spec;
    }

    /** The catalogue's {@code section.key} for this line ({@code wsl2.networkingMode} even when written under [experimental]). */
    public String getCanonicalName() {
        return spec == null ? null : spec.fullName();
    }

    public boolean isKnown() {
        return spec != null && !spec.removed();
    }

    public boolean isRemoved() {
        return spec != null && spec.removed();
    }

    public boolean isBeforeAnySection() {
        return entry.beforeAnySection();
    }

    public boolean isInKnownSection() {
        return inKnownSection;
    }

    /** A key of this name exists, but in another section: the one named here. */
    public boolean isAfterBrokenHeader() {
        return entry.afterBrokenHeader();
    }

    public String getHomeSection() {
        return homeSection;
    }

    public String getSuggestedKey() {
        return suggestedKey;
    }

    public boolean isLegacyAlias() {
        return spec != null && spec.isAlias(entry.effectiveName());
    }

    /** A known key that appeared before: WSL keeps the first and warns about this one. */
    public boolean isDuplicate() {
        return spec != null && firstLine != entry.line();
    }

    public int getFirstLine() {
        return firstLine;
    }

    public boolean isValueValid() {
        return check != null && check.valid();
    }

    public String getValueError() {
        return check == null ? null : check.error();
    }

    /** WSL reads and uses this line: a known key, its first occurrence, with a valid value. */
    public boolean isEffective() {
        return isKnown() && !isDuplicate() && isValueValid();
    }

    public Long getSizeBytes() {
        return isValueValid() && check.parsed() instanceof Long l ? l : null;
    }

    public Integer getIntValue() {
        return isValueValid() && check.parsed() instanceof Integer i ? i : null;
    }

    public Boolean getBoolValue() {
        return isValueValid() && check.parsed() instanceof Boolean b ? b : null;
    }

    /** The enum value as WSL spells it ({@code Mirrored}), whatever case was written. */
    public String getEnumValue() {
        return isValueValid() && spec.valueType() == ValueType.ENUM ? (String) check.parsed() : null;
    }

    public String getIgnoredSince() {
        return spec == null ? null : spec.ignoredSince();
    }

    public boolean isTabFromEscape() {
        return entry.tabFromEscape();
    }

    public boolean isNonAscii() {
        return entry.nonAscii();
    }

    /** The raw value with every backslash doubled: how a Windows path must be written. */
    public String getDoubledBackslashValue() {
        return entry.rawValue().replace("\\\\", "\u0000").replace("\\", "\\\\").replace("\u0000", "\\\\");
    }

    /** The Windows build this line needs (for the key, or for this value, such as mirrored), or null. */
    public Integer getRequiredBuild() {
        if (spec == null || !isValueValid()) {
            return null;
        }
        Integer need = spec.minWindowsBuild();
        String v = getEnumValue();
        if (v != null) {
            Integer forValue = spec.valueMinWindowsBuild().get(v.toLowerCase(java.util.Locale.ROOT));
            if (forValue != null && (need == null || forValue > need)) {
                need = forValue;
            }
        }
        return need;
    }

    public String getRequiredWslVersion() {
        return spec == null ? null : spec.minWslVersion();
    }

    /**
     * True when {@code packageVersion} (such as 2.3.26.0) is definitely older than this key needs. Compared as
     * the host rules compare it ({@link Version}): a partial version such as 2.1 against 2.1.5 cannot tell.
     */
    public boolean needsNewerWslThan(String packageVersion) {
        String need = getRequiredWslVersion();
        return need != null && Version.parse(packageVersion).map(v -> v.olderThan(need)).orElse(false);
    }

    /** The value is larger than {@code memoryMb} of RAM (WSL caps it at total RAM). */
    public boolean exceedsMemoryMb(Integer memoryMb) {
        Long bytes = getSizeBytes();
        return bytes != null && memoryMb != null && Long.compareUnsigned(bytes, memoryMb * SizeValue.MB) > 0;
    }

    public boolean exceedsProcessors(Integer count) {
        Integer n = getIntValue();
        return n != null && count != null && n > count;
    }

    public Optional<KeySpec> spec() {
        return Optional.ofNullable(spec);
    }

    @Override
    public String toString() {
        return getFileName() + ":" + getLine() + " " + getName() + "=" + getValue();
    }
}
