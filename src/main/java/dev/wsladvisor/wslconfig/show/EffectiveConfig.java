package dev.wsladvisor.wslconfig.show;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.keys.SizeValue;
import dev.wsladvisor.wslconfig.keys.ValueType;
import dev.wsladvisor.wslconfig.lint.LintEntry;
import dev.wsladvisor.wslconfig.lint.LintSyntax;
import dev.wsladvisor.wslconfig.lint.WslConfigLintFacts;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.SyntaxProblem;
import dev.wsladvisor.wslconfig.text.CNumbers;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import dev.wsladvisor.wslconfig.text.WslNarrowing;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What WSL will actually use from one config file: the settings it stores (value after its own parsing, line,
 * text as written), the lines it ignores and why, and the defaults of the keys the file leaves alone. Built from the
 * linter's own facts ({@link WslConfigLintFacts#entries}), so {@code show} and {@code lint} never disagree on what a
 * line means.
 */
public final class EffectiveConfig {

    /**
     * A setting WSL stores. {@code value} is a {@link Boolean}, {@link Integer}, {@link Long} or {@link BigInteger}
     * (bytes; a size beyond 2^63 wraps as WSL's unsigned arithmetic does), {@link String} or a list of ports.
     * {@code note} says what WSL changes after reading it, or null.
     */
    public record Setting(String name, Object value, int line, String text, String note) {
    }

    /** A line WSL does not use; {@code key} is "" for a line without one, {@code line} 0 for the whole file. */
    public record Ignored(int line, String key, String reason) {
    }

    /**
     * The default of a key the file does not set: {@code value} typed as a setting's, or null where it depends on
     * the PC and no facts say how; {@code text} is the default as documented; {@code note} how it was worked out.
     */
    public record Default(String name, Object value, String text, String note) {
    }

    /** What the PC is, for the defaults WSL computes; every field may be null (unknown). */
    public record Host(Integer memoryMb, Integer logicalProcessors, Integer build, String architecture) {
        public static final Host UNKNOWN = new Host(null, null, null, null);
    }

    private final String file;
    private final ConfigDialect dialect;
    private final Map<String, Setting> settings;
    private final List<Ignored> ignored;
    private final Map<String, Default> defaults;

    private EffectiveConfig(String file, ConfigDialect dialect, Map<String, Setting> settings, List<Ignored> ignored,
            Map<String, Default> defaults) {
        this.file = file;
        this.dialect = dialect;
        this.settings = settings;
        this.ignored = ignored;
        this.defaults = defaults;
    }

    public String file() {
        return file;
    }

    public ConfigDialect dialect() {
        return dialect;
    }

    /** In file order. */
    public Map<String, Setting> settings() {
        return settings;
    }

    /** In line order. */
    public List<Ignored> ignored() {
        return ignored;
    }

    /** In the key table's order. */
    public Map<String, Default> defaults() {
        return defaults;
    }

    public static EffectiveConfig of(String file, ParseResult parsed, KeyCatalog catalog, Host host) {
        Host h = host == null ? Host.UNKNOWN : host;
        Map<String, Setting> settings = new LinkedHashMap<>();
        // Where each stored key was read, counted in entries: what a later line can still change.
        Map<String, Integer> positionBySpec = new LinkedHashMap<>();
        List<Ignored> ignored = new ArrayList<>();
        if (parsed.unreadable()) {
            ignored.add(new Ignored(0, "", parsed.document().isBinary()
                    ? "the file is not text (it holds binary data): no setting can be read from it"
                    : "the file is saved as " + parsed.document().encoding().label()
                            + ", which WSL reads as garbage: no setting is read"));
        }
        List<LintEntry> entries = WslConfigLintFacts.entries(parsed, catalog);
        LintEntry badMac = null;
        LintEntry badDnsIp = null;
        int position = 0;
        for (LintEntry e : entries) {
            position++;
            String reason = reasonIgnored(e);
            if (reason != null) {
                ignored.add(new Ignored(e.getLine(), e.getKey(), reason));
                if (e.isKnown() && !e.isDuplicate()) {
                    if (e.getSpec().valueType() == ValueType.MAC) {
                        badMac = e;
                    } else if (e.getSpec().valueType() == ValueType.IPV4
                            && e.getCanonicalName().equals("experimental.dnsTunnelingIpAddress")) {
                        badDnsIp = e;
                    }
                }
                continue;
            }
            KeySpec spec = e.getSpec();
            String name = e.isLegacyAlias() ? spelledAlias(spec, e.getName()) : spec.fullName();
            settings.put(name, new Setting(name, value(e), e.getLine(), e.getRawValue(), note(e)));
            positionBySpec.put(spec.fullName(), position);
        }
        for (SyntaxProblem p : parsed.problems()) {
            LintSyntax x = new LintSyntax(p, p.line() > 0 && p.line() <= parsed.document().lineCount()
                    ? parsed.document().lineText(p.line()) : "", parsed.dialect());
            String what = x.isSemicolonComment() ? "';' does not start a comment; WSL rejects the line"
                    : "WSL rejects the line (" + p.wslMessage() + " at column " + p.column() + ")";
            ignored.add(new Ignored(p.line(), dev.wsladvisor.text.Visible.escape(x.getKey()),
                    parsed.stoppedAtLine() == p.line()
                            ? what + " and stops reading wsl.conf here: no line after it is read"
                            : what));
        }
        if (parsed.ctrlZLine() > 0) {
            ignored.add(new Ignored(parsed.ctrlZLine(), "", "Ctrl-Z (0x1A): the Windows C runtime ends the file"
                    + " here, so WSL reads nothing after it"));
        }
        if (badMac != null) {
            // THROW_HR_WITH_USER_ERROR (configfile.cpp:124) leaves the parse: the configuration is never built.
            for (Setting s : settings.values()) {
                ignored.add(new Ignored(s.line(), s.name().substring(s.name().indexOf('.') + 1),
                        "not used: the invalid macAddress on line " + badMac.getLine() + " makes WSL's reading of"
                                + " this file fail, so no setting of it takes effect"));
            }
            settings.clear();
            positionBySpec.clear();
        }
        ignored.sort(Comparator.comparingInt(Ignored::line));
        Map<String, Default> defaults = defaults(catalog, parsed.dialect(), settings, h);
        if (badDnsIp != null && badMac == null) {
            turnDnsTunnelingOff(settings, defaults, positionBySpec, badDnsIp, entries.indexOf(badDnsIp) + 1);
        }
        return new EffectiveConfig(file, parsed.dialect(), settings, ignored, defaults);
    }

    /**
     * WslCoreConfig.cpp:52-60: an invalid address sets DNS tunneling off when its line is read; a dnsTunneling line
     * read later sets it again.
     */
    private static void turnDnsTunnelingOff(Map<String, Setting> settings, Map<String, Default> defaults,
            Map<String, Integer> positionBySpec, LintEntry badIp, int ipPosition) {
        String note = "turned off by the invalid dnsTunnelingIpAddress on line " + badIp.getLine();
        Integer tunnelingPosition = positionBySpec.get("wsl2.dnsTunneling");
        if (tunnelingPosition != null && tunnelingPosition > ipPosition) {
            return;
        }
        for (Map.Entry<String, Setting> s : settings.entrySet()) {
            if (s.getKey().endsWith(".dnsTunneling")) {
                Setting old = s.getValue();
                s.setValue(new Setting(old.name(), false, old.line(), old.text(), note));
                return;
            }
        }
        Default d = defaults.get("wsl2.dnsTunneling");
        if (d != null) {
            defaults.put(d.name(), new Default(d.name(), false, d.text(), note));
        }
    }

    private static String spelledAlias(KeySpec spec, String effectiveName) {
        return spec.aliases().stream().filter(a -> CNumbers.asciiEqualsIgnoreCase(a, effectiveName)).findFirst()
                .orElse(spec.fullName());
    }

    /** Why WSL does not store this line, or null when it does. */
    private static String reasonIgnored(LintEntry e) {
        if (e.isDuplicate()) {
            return "'" + e.getKey() + "' is already set on line " + e.getFirstLine() + "; WSL keeps the first";
        }
        if (e.isRemoved()) {
            return "WSL no longer reads '" + e.getKey() + "' and warns 'Unknown key'";
        }
        if (!e.isKnown()) {
            if (e.isBeforeAnySection()) {
                return "unknown key: it stands before any [section] header";
            }
            String home = e.getHomeSection();
            String hint = home != null ? "; it belongs under [" + home + "]"
                    : e.getWslConfSections() != null ? "; it is a wsl.conf key (" + e.getWslConfSections() + ")"
                    : e.getSuggestedKey() != null ? "; did you mean " + e.getSuggestedKey() + "?" : "";
            return "unknown key '" + dev.wsladvisor.text.Visible.escape(e.getName()) + "'" + hint;
        }
        if (!e.isValueValid() && e.getSpec().valueType() != ValueType.PORTS) {
            return e.getValueError();
        }
        return null;
    }

    private static String note(LintEntry e) {
        KeySpec spec = e.getSpec();
        List<String> notes = new ArrayList<>();
        if (spec.valueType() == ValueType.PORTS && !e.isValueValid()) {
            notes.add(e.getValueError());
        }
        if (e.isNulInValue()) {
            notes.add("a NUL character ends the value");
        }
        if (WslNarrowing.changes(e.getValue())) {
            notes.add("WSL keeps only the low byte of each non-ASCII character: "
                    + String.join("; ", WslNarrowing.describe(e.getValue())));
        }
        if (spec.ignoredSince() != null) {
            notes.add("read, but ignored since WSL " + spec.ignoredSince());
        }
        Long bytes = e.getSizeBytes();
        if ("wsl2.memory".equals(spec.fullName()) && bytes != null) {
            if (bytes == 0) {
                notes.add("0 means the default, half of the RAM");
            } else if (Long.compareUnsigned(bytes, LintEntry.MIN_MEMORY_BYTES) < 0) {
                notes.add("raised to 256MB when the VM starts");
            }
        }
        if (e.isSaturatedInt()) {
            notes.add("beyond 32 bits: Windows' strtol makes it " + e.getIntValue());
        }
        return notes.isEmpty() ? null : dev.wsladvisor.text.Visible.escape(String.join("; ", notes));
    }

    /** The value as WSL stores it, typed for JSON. */
    static Object value(LintEntry e) {
        return switch (e.getSpec().valueType()) {
            case BOOL -> e.getBoolValue();
            case INT -> e.getIntValue();
            case SIZE -> bytes(e.getSizeBytes());
            case ENUM -> e.getEnumValue();
            case PORTS -> List.copyOf(ValueType.goodPorts(e.getValue()));
            case MAC -> e.getValue().toUpperCase(Locale.ROOT).replace('-', ':');
            case IPV4 -> e.getValue();
            default -> WslNarrowing.text(e.getValue());
        };
    }

    private static Object bytes(long unsigned) {
        return unsigned >= 0 ? (Object) unsigned : new BigInteger(Long.toUnsignedString(unsigned));
    }

    private static Map<String, Default> defaults(KeyCatalog catalog, ConfigDialect dialect, Map<String, Setting> settings,
            Host host) {
        Map<String, Default> out = new LinkedHashMap<>();
        List<KeySpec> keys = new ArrayList<>(catalog.keys(dialect));
        keys.sort(Comparator.comparing(KeySpec::section).thenComparing(KeySpec::name, String.CASE_INSENSITIVE_ORDER));
        for (KeySpec k : keys) {
            if (k.removed() || settingOf(settings, k) != null) {
                continue;
            }
            out.put(k.fullName(), defaultOf(k, settings, host));
        }
        return out;
    }

    private static Setting settingOf(Map<String, Setting> settings, KeySpec k) {
        Setting s = settings.get(k.fullName());
        if (s == null) {
            for (String alias : k.aliases()) {
                s = s != null ? s : settings.get(alias);
            }
        }
        return s;
    }

    private static Default defaultOf(KeySpec k, Map<String, Setting> settings, Host host) {
        String name = k.fullName();
        if (k.computedDefault() != null) {
            return computed(k, settings, host);
        }
        Object value = switch (k.valueType()) {
            case STRING, PATH -> "empty".equals(k.defaultValue()) ? "" : null;
            case PORTS -> "empty".equals(k.defaultValue()) ? List.of() : null;
            case MAC -> null;
            default -> {
                ValueType.Check c = k.valueType().check(k.defaultValue(), k, k.dialect());
                yield !c.valid() ? null : c.parsed() instanceof Long l ? bytes(l) : c.parsed();
            }
        };
        return new Default(name, value, k.defaultValue(), null);
    }

    /** memory, swap, processors and nestedVirtualization: worked out per PC as WslCoreConfig.cpp:296-330 does. */
    private static Default computed(KeySpec k, Map<String, Setting> settings, Host host) {
        String name = k.fullName();
        String how = "computed: " + k.computedDefault();
        Object value = switch (name) {
            case "wsl2.memory" -> host.memoryMb() == null ? null : (long) host.memoryMb() * SizeValue.MB / 2;
            case "wsl2.processors" -> host.logicalProcessors();
            case "wsl2.swap" -> {
                Long vm = vmMemoryBytes(settings, host);
                yield vm == null ? null : (vm / 4 + SizeValue.GB - 1) / SizeValue.GB * SizeValue.GB;
            }
            case "wsl2.nestedVirtualization" -> host.build() == null || host.architecture() == null ? null
                    : host.build() >= 22000 && isX64(host.architecture());
            default -> null;
        };
        return new Default(name, value, k.defaultValue(), value == null ? how + "; pass --facts with the PC's facts to"
                + " work it out" : how + " for this PC");
    }

    private static boolean isX64(String architecture) {
        String a = architecture.toLowerCase(Locale.ROOT);
        return a.equals("x64") || a.equals("amd64") || a.equals("x86_64");
    }

    /** The VM's memory: the file's value clamped to 256 MB..RAM, or half the RAM (WslCoreConfig.cpp:313-322). */
    private static Long vmMemoryBytes(Map<String, Setting> settings, Host host) {
        if (host.memoryMb() == null) {
            return null;
        }
        long total = (long) host.memoryMb() * SizeValue.MB;
        Setting memory = settings.get("wsl2.memory");
        if (memory == null || !(memory.value() instanceof Long set) || set == 0) {
            return memory != null && memory.value() instanceof BigInteger ? total : total / 2;
        }
        return Math.min(Math.max(set, LintEntry.MIN_MEMORY_BYTES), total);
    }
}
