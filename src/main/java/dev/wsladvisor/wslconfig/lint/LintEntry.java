package dev.wsladvisor.wslconfig.lint;

import dev.wsladvisor.facts.Version;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.keys.SizeValue;
import dev.wsladvisor.wslconfig.keys.ValueType;
import dev.wsladvisor.wslconfig.parse.ParsedEntry;
import dev.wsladvisor.wslconfig.text.CNumbers;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import dev.wsladvisor.wslconfig.text.WslNarrowing;
import java.util.List;
import java.util.Optional;

/**
 * One {@code key = value} line as a fact for the lint rules: what WSL makes of it, and the checks
 * the rules ask about, so that a rule reads like its criterion ({@code LintEntry( known == false,
 * suggestedKey != null )}).
 */
public final class LintEntry implements Located {

    private final ParsedEntry entry;
    private final ConfigDialect dialect;
    private final KeySpec spec;
    private final int firstLine;
    private final boolean duplicate;
    private final ValueType.Check check;
    private final KeyPlacement placement;

    /** {@code spec} is what {@code catalog.find} gave for the entry's effective name, or null. */
    LintEntry(
            ParsedEntry entry,
            ConfigDialect dialect,
            KeyCatalog catalog,
            KeySpec spec,
            int firstLine,
            boolean duplicate) {
        this.entry = entry;
        this.duplicate = duplicate;
        this.dialect = dialect;
        this.spec = spec;
        this.firstLine = firstLine;
        this.check = spec == null ? null : spec.valueType().check(entry.value(), spec, dialect);
        this.placement = KeyPlacement.of(entry, dialect, catalog, spec);
    }

    /**
     * For an unknown key in {@code .wslconfig} that is a {@code /etc/wsl.conf} key ({@code
     * systemd}), the wsl.conf sections that have it, as {@code [boot]}; otherwise null.
     */
    public String getWslConfSections() {
        List<String> sections = placement.wslConfSections();
        return sections.isEmpty()
                ? null
                : String.join(" or ", sections.stream().map(s -> "[" + s + "]").toList());
    }

    /**
     * A size written with a minus sign ({@code -1GB}): WSL's {@code strtoull} takes the sign and
     * wraps it around to a huge unsigned number.
     */
    public boolean isNegativeSize() {
        return getSizeBytes() != null && getValue().strip().startsWith("-");
    }

    /** The unsigned number of bytes WSL reads, as text. */
    public String getUnsignedSizeBytes() {
        Long b = getSizeBytes();
        return b == null ? null : Long.toUnsignedString(b);
    }

    /** The smallest memory WSL gives the VM: a smaller memory= value is raised to it. */
    public static final long MIN_MEMORY_BYTES = 256 * SizeValue.MB;

    /** A size above 0 and below WSL's 256 MB minimum for memory. */
    public boolean isBelowMinimumMemory() {
        Long b = getSizeBytes();
        return b != null
                && !isNegativeSize()
                && Long.compareUnsigned(b, 0) > 0
                && Long.compareUnsigned(b, MIN_MEMORY_BYTES) < 0;
    }

    /**
     * What a too-small size most likely meant: a bare number read as GB (or as MB from 256 on),
     * else a real size.
     */
    public String getSmallSizeHint() {
        return ValueHints.smallSize(getKey(), getValue());
    }

    /**
     * A path key (kernel, kernelModules, swapFile) whose value is not an absolute Windows path: no
     * drive letter and not a UNC path, such as /home/me/bzImage or swap.vhdx.
     */
    public boolean isNotAbsoluteWindowsPath() {
        return isValueValid() && ValueHints.isNotAbsoluteWindowsPath(getValue());
    }

    /**
     * A Windows spelling for a /mnt/c/... value ({@code C:\\Users\\me\\bzImage}, escaped for the
     * file), or null.
     */
    public String getWindowsPathFromMnt() {
        return ValueHints.windowsPathFromMnt(getValue());
    }

    /**
     * An integer that does not fit in 32 bits but that WSL still accepts: on Windows {@code strtol}
     * saturates it to the largest (or smallest) 32-bit number, which then passes WSL's range check
     * without a warning.
     */
    public boolean isSaturatedInt() {
        return getIntValue() != null && CNumbers.parseInt(getValue(), false).isEmpty();
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

    /**
     * The catalogue's {@code section.key} for this line ({@code wsl2.networkingMode} even when
     * written under [experimental]).
     */
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
        return placement.inKnownSection();
    }

    /** A key of this name exists, but in another section: the one named here. */
    public boolean isAfterBrokenHeader() {
        return entry.afterBrokenHeader();
    }

    public String getHomeSection() {
        return placement.homeSection();
    }

    public String getSuggestedKey() {
        return placement.suggestedKey();
    }

    public boolean isLegacyAlias() {
        return spec != null && spec.isAlias(entry.effectiveName());
    }

    /** A known key that appeared before: WSL keeps the first and warns about this one. */
    public boolean isDuplicate() {
        return duplicate;
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
        return isValueValid() && spec.valueType() == ValueType.ENUM
                ? (String) check.parsed()
                : null;
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

    /**
     * What WSL does to each non-ASCII character of the value ({@code 'é' (U+00E9) becomes byte
     * 0xE9}), joined.
     */
    public String getMangledCharacters() {
        return String.join("; ", WslNarrowing.describe(entry.value()));
    }

    /**
     * The value as written holds a NUL character: WSL's C string ends there (configfile.cpp:802
     * passes c_str()).
     */
    public boolean isNulInValue() {
        return entry.rawValue().indexOf('\0') >= 0;
    }

    /**
     * A valid string value with {@code ;} in it: meant as a comment, kept by WSL as part of the
     * value.
     */
    public boolean isSemicolonInValue() {
        return isValueValid() && spec.valueType() != ValueType.ENUM && entry.value().contains(";");
    }

    /** The raw value with every backslash doubled: how a Windows path must be written. */
    public String getDoubledBackslashValue() {
        return ValueHints.doubledBackslashes(entry.rawValue());
    }

    /**
     * The Windows build this line needs (for the key, or for this value, such as mirrored), or
     * null.
     */
    public Integer getRequiredBuild() {
        return spec == null || !isValueValid() ? null : spec.minWindowsBuildFor(getEnumValue());
    }

    public String getRequiredWslVersion() {
        return spec == null ? null : spec.minWslVersionFor(isLegacyAlias());
    }

    /**
     * True when {@code packageVersion} (such as 2.3.26.0) is definitely older than this key needs.
     * Compared as the host rules compare it ({@link Version}): a partial version such as 2.1
     * against 2.1.5 cannot tell.
     */
    public boolean needsNewerWslThan(String packageVersion) {
        String need = getRequiredWslVersion();
        return need != null
                && Version.parse(packageVersion).map(v -> v.olderThan(need)).orElse(false);
    }

    /** The value is larger than {@code memoryMb} of RAM (WSL caps it at total RAM). */
    public boolean exceedsMemoryMb(Integer memoryMb) {
        Long bytes = getSizeBytes();
        return bytes != null
                && memoryMb != null
                && Long.compareUnsigned(bytes, memoryMb * SizeValue.MB) > 0;
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
