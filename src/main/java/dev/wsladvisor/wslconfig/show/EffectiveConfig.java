package dev.wsladvisor.wslconfig.show;

import dev.wsladvisor.text.Visible;
import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.keys.KeySpec;
import dev.wsladvisor.wslconfig.keys.ValueType;
import dev.wsladvisor.wslconfig.lint.LintEntry;
import dev.wsladvisor.wslconfig.lint.LintSyntax;
import dev.wsladvisor.wslconfig.lint.WslConfigLintFacts;
import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.parse.SyntaxProblem;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What WSL will actually use from one config file: the settings it stores (value after its own
 * parsing, line, text as written), the lines it ignores and why, and the defaults of the keys the
 * file leaves alone. Built from the linter's own facts ({@link WslConfigLintFacts#entries}), so
 * {@code show} and {@code lint} never disagree on what a line means.
 *
 * @param settings in file order
 * @param ignored in line order
 * @param defaults in the key table's order
 */
public record EffectiveConfig(
        String file,
        ConfigDialect dialect,
        Map<String, Setting> settings,
        List<Ignored> ignored,
        Map<String, Default> defaults) {

    /**
     * A setting WSL stores. {@code value} is a {@link Boolean}, {@link Integer}, {@link Long} or
     * {@link BigInteger} (bytes; a size beyond 2^63 wraps as WSL's unsigned arithmetic does),
     * {@link String} or a list of ports. {@code note} says what WSL changes after reading it, or
     * null.
     */
    public record Setting(String name, Object value, int line, String text, String note) {}

    /**
     * A line WSL does not use; {@code key} is "" for a line without one, {@code line} 0 for the
     * whole file.
     */
    public record Ignored(int line, String key, String reason) {}

    /**
     * The default of a key the file does not set: {@code value} typed as a setting's, or null where
     * it depends on the PC and no facts say how; {@code text} is the default as documented; {@code
     * note} how it was worked out.
     */
    public record Default(String name, Object value, String text, String note) {}

    /** What the PC is, for the defaults WSL computes; every field may be null (unknown). */
    public record Host(
            Integer memoryMb, Integer logicalProcessors, Integer build, String architecture) {
        public static final Host UNKNOWN = new Host(null, null, null, null);
    }

    public static EffectiveConfig of(
            String file, ParseResult parsed, KeyCatalog catalog, Host host) {
        Host h = host == null ? Host.UNKNOWN : host;
        Map<String, Setting> settings = new LinkedHashMap<>();
        // Where each stored key was read, counted in entries: what a later line can still change.
        Map<String, Integer> positionBySpec = new LinkedHashMap<>();
        List<Ignored> ignored = new ArrayList<>();
        if (parsed.unreadable()) {
            ignored.add(
                    new Ignored(
                            0,
                            "",
                            parsed.document().isBinary()
                                    ? "the file is not text (it holds binary data): no setting can be read from it"
                                    : "the file is saved as "
                                            + parsed.document().encoding().label()
                                            + ", which WSL reads as garbage: no setting is read"));
        }
        List<LintEntry> entries = WslConfigLintFacts.entries(parsed, catalog);
        LintEntry badMac = null;
        LintEntry badDnsIp = null;
        int position = 0;
        for (LintEntry e : entries) {
            position++;
            String reason = StoredValue.reasonIgnored(e);
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
            String name =
                    e.isLegacyAlias()
                            ? StoredValue.spelledAlias(spec, e.getName())
                            : spec.fullName();
            settings.put(
                    name,
                    new Setting(
                            name,
                            StoredValue.value(e),
                            e.getLine(),
                            e.getRawValue(),
                            StoredValue.note(e)));
            positionBySpec.put(spec.fullName(), position);
        }
        for (SyntaxProblem p : parsed.problems()) {
            LintSyntax x =
                    new LintSyntax(
                            p,
                            p.line() > 0 && p.line() <= parsed.document().lineCount()
                                    ? parsed.document().lineText(p.line())
                                    : "",
                            parsed.dialect());
            String what =
                    x.isSemicolonComment()
                            ? "';' does not start a comment; WSL rejects the line"
                            : "WSL rejects the line ("
                                    + p.wslMessage()
                                    + " at column "
                                    + p.column()
                                    + ")";
            ignored.add(
                    new Ignored(
                            p.line(),
                            Visible.escape(x.getKey()),
                            parsed.stoppedAtLine() == p.line()
                                    ? what
                                            + " and stops reading wsl.conf here: no line after it is read"
                                    : what));
        }
        if (parsed.ctrlZLine() > 0) {
            ignored.add(
                    new Ignored(
                            parsed.ctrlZLine(),
                            "",
                            "Ctrl-Z (0x1A): the Windows C runtime ends the file"
                                    + " here, so WSL reads nothing after it"));
        }
        if (badMac != null) {
            // THROW_HR_WITH_USER_ERROR (configfile.cpp:124) leaves the parse: the configuration is
            // never built.
            for (Setting s : settings.values()) {
                ignored.add(
                        new Ignored(
                                s.line(),
                                s.name().substring(s.name().indexOf('.') + 1),
                                "not used: the invalid macAddress on line "
                                        + badMac.getLine()
                                        + " makes WSL's reading of"
                                        + " this file fail, so no setting of it takes effect"));
            }
            settings.clear();
            positionBySpec.clear();
        }
        ignored.sort(Comparator.comparingInt(Ignored::line));
        Map<String, Default> defaults =
                KeyDefaults.defaults(catalog, parsed.dialect(), settings, h);
        if (badDnsIp != null && badMac == null) {
            turnDnsTunnelingOff(
                    settings, defaults, positionBySpec, badDnsIp, entries.indexOf(badDnsIp) + 1);
        }
        return new EffectiveConfig(file, parsed.dialect(), settings, ignored, defaults);
    }

    /**
     * WslCoreConfig.cpp:52-60: an invalid address sets DNS tunneling off when its line is read; a
     * dnsTunneling line read later sets it again.
     */
    private static void turnDnsTunnelingOff(
            Map<String, Setting> settings,
            Map<String, Default> defaults,
            Map<String, Integer> positionBySpec,
            LintEntry badIp,
            int ipPosition) {
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
}
