package dev.wsladvisor.wslconfig.keys;

import java.util.List;

/**
 * Renders {@code docs/wslconfig.md} from the key catalogue, so the page can never drift from what
 * the code knows.
 */
public final class WslConfigDocs {

    private WslConfigDocs() {}

    /**
     * The page's prose: commands, how WSL reads the files, the JSON of {@code show}, the limits.
     */
    private static final String INTRO =
            """
            Commands:

            - `wsl-advisor wslconfig lint FILE [--facts FILE] [--wsl-conf FILE] [--format text|json|sarif]`:
              what WSL will ignore or misread, line by line, with a fix (exit 1 on errors).
            - `wsl-advisor wslconfig show [--dialect wslconfig|wsl.conf] [--facts FILE] [--format text|json] FILE...`:
              what WSL will actually use from each file, like `git config --list --show-origin` (see below).
            - `wsl-advisor wslconfig suggest --facts FILE`: the settings this PC and its person need beyond WSL's
              defaults, as a complete `.wslconfig`.
            - `wsl-advisor wslconfig apply --facts FILE [--file PATH] [--dry-run]`: merge the suggestions into
              the existing file, keeping everything else byte for byte; diff, timestamped backup, atomic write.
            - `wsl-advisor wslconfig explain KEY`: what is known about one key.

            Lint and suggestion rules live in `rules/wslconfig-*.drl`; add your own rules folder to extend them
            (`docs/wslconfig-rules.md`).

            ## Limits

            Every command that reads a config file (`lint`, `show`, `apply`, `advise --wslconfig`) reads at most
            1 MiB, 10,000 lines and 16,384 characters a line; past any of them it stops with one message naming
            the file (and line) and exit code 2. Real files hold tens of lines, so a bigger one is almost
            certainly the wrong path. The limits also bound the time and memory of every diff and merge.

            ## How WSL reads these files

            From its source (`src/shared/configfile/configfile.cpp` and `src/shared/inc/stringshared.h`,
            `src/windows/common/WslCoreConfig.cpp` for the keys):

            - Only `#` starts a comment, also after a value (not inside double quotes). `;` is not a comment:
              a line starting with it is rejected, and after a value it is part of the value (`memory=8GB ; half`
              is an invalid size).
            - `[section]` and `key` are letters and digits only, and match in any case. A key before any
              section, or under the wrong one, is an unknown key and is ignored.
            - Backslash starts an escape: `\\\\`, `\\"`, `\\b`, `\\n`, `\\t`, and backslash at the end of a line
              continues it. A backslash before a CR drops the CR, so in `wsl.conf` (read with CR LF kept) a line
              ending in a backslash simply ends. Any other escape drops the whole line, so Windows paths need
              doubled backslashes.
            - The first occurrence of a key wins, by position in the file (even an invalid one, which leaves the
              default); a key and its legacy `[experimental]` name are the same key.
            - Sizes: a whole number plus `B`, `K`/`KB`, `M`/`MB`, `G`/`GB`, `T`/`TB` in upper case, no space,
              powers of 1024 (`8GB`, `512MB`). Booleans: `true`/`false` in any case, or `1`/`0`. Integers:
              C `strtol` base 0 (`0x10` is 16, `010` is 8). IPv4 addresses: dotted decimal without leading
              zeros (`10.0.0.01` is invalid). `ignoredPorts`: a bad entry is dropped, the good ones are kept.
            - WSL keeps only the low byte of each character of a value: `é` becomes the byte 0xE9 and a path
              holding it no longer names the folder. A NUL character ends a value. A stray NUL or a byte that is
              not UTF-8 elsewhere (in a comment) does not stop WSL reading the settings.
            - `.wslconfig` is read by the Windows C runtime in text mode: a Ctrl-Z (0x1A) ends the file.
            - An invalid line or value is skipped with a warning in `.wslconfig`; in `/etc/wsl.conf` the first
              invalid line ends parsing and the rest of the file is ignored. An invalid `macAddress` is an
              error that ends the reading: no setting of the file takes effect and the WSL 2 VM does not start.
              An invalid `dnsTunnelingIpAddress` turns DNS tunneling off.
            - `.wslconfig` applies to WSL 2 only, after `wsl --shutdown`.

            ## What `show` prints

            `show` reads each FILE as `wsl.conf` when it is named `wsl.conf`, else as `.wslconfig`, unless
            `--dialect` says otherwise. Text lists the settings WSL uses with their line, the lines it ignores
            and why, and the defaults of the keys the file does not set. With `--format json` the shape is
            stable, for other tools:

            ```json
            {"files": [{"file": ".wslconfig", "dialect": "wslconfig",
              "settings": {"wsl2.memory": {"value": 4294967296, "line": 3, "text": "4GB"}},
              "ignored": [{"line": 5, "key": "memroy", "reason": "unknown key 'wsl2.memroy'; did you mean memory?"}],
              "defaults": {"wsl2.swap": {"value": 1073741824, "text": "25% of the VM's memory, rounded up to a whole GB",
                                         "note": "computed: ceil_GB(memory / 4) for this PC"}}}]}
            ```

            - `settings` holds exactly the keys WSL reads from the file and stores, in file order, named
              `section.key` as WSL's key table spells them, in the section where WSL read them (the legacy
              `experimental.networkingMode` when that spelling came first). `value` is what WSL stores:
              `true`/`false`, integers, sizes in bytes (a negative size wraps to a huge unsigned number, as in
              WSL), strings after unescaping and WSL's narrowing of non-ASCII characters, enum values spelled as
              WSL spells them (`Mirrored`), port lists as arrays of integers, IPv4 addresses dotted, MAC
              addresses as `00:15:5D:01:02:03`. `line` is where the key starts and `text` the value as written.
              An optional `note` says what WSL changes after reading it (`0 means the default`, ports dropped,
              characters mangled, DNS tunneling turned off by an invalid address).
            - `ignored` lists, by line, every line WSL does not use and why: unknown or removed keys, keys before
              any section, repeated keys, invalid values, rejected lines, a Ctrl-Z; `line` 0 is the whole file
              (not text, or UTF-16 without a byte order mark).
            - `defaults` holds every key of the file's kind that the file leaves at WSL's default, with the
              default as documented in `text`. `value` is typed as above, or `null` where it depends on the PC;
              memory, swap, processors and nested virtualization are computed for the PC when `--facts` gives
              its RAM, processors, build and architecture (`note` says how).

            ## Suggestions: only sourced numbers

            Every value `suggest` and `apply` write comes from the public source named with it, or is not
            suggested. WSL's own sizing (memory half the RAM, swap a quarter of that, every processor) is
            left alone: no public source gives other figures, not even for Docker. `apply` keeps a value you
            set unless WSL cannot read it or a lint error on this PC says it harms it (for example
            `networkingMode=mirrored` on Windows Server), and says which values it kept.

            """;

    public static String render(KeyCatalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# `.wslconfig` and `wsl.conf` keys\n\n");
        out.append(
                "<!-- Generated from src/main/resources/wsladvisor/wslconfig-keys.json. Do not edit by hand:\n");
        out.append(
                "     mvn -q test -Dtest=WslConfigDocsTest -Dwsladvisor.regenerateDocs=true -->\n\n");
        out.append(INTRO);
        section(out, catalog, "wslconfig", "wsl2", "`.wslconfig` `[wsl2]`");
        section(out, catalog, "wslconfig", "experimental", "`.wslconfig` `[experimental]`");
        section(out, catalog, "wslconfig", "general", "`.wslconfig` `[general]`");
        out.append("## `/etc/wsl.conf`\n\n");
        out.append("Per distribution, read by WSL 1 and WSL 2 alike.\n\n");
        table(
                out,
                catalog.sorted().stream().filter(k -> k.file().equals("wslconf")).toList(),
                true);
        return out.toString();
    }

    private static void section(
            StringBuilder out, KeyCatalog catalog, String file, String section, String title) {
        out.append("## ").append(title).append("\n\n");
        table(
                out,
                catalog.sorted().stream()
                        .filter(k -> k.file().equals(file) && k.section().equals(section))
                        .toList(),
                false);
    }

    private static void table(StringBuilder out, List<KeySpec> keys, boolean withSection) {
        out.append(
                "| key | type | default | allowed values | needs | status | meaning | source |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (KeySpec k : keys) {
            out.append("| `")
                    .append(withSection ? k.fullName() : k.name())
                    .append("` | ")
                    .append(k.type())
                    .append(" | ")
                    .append(cell(k.defaultValue()))
                    .append(
                            k.computedDefault() == null
                                    ? ""
                                    : " (computed: " + cell(k.computedDefault()) + ")")
                    .append(" | ")
                    .append(cell(String.join(", ", k.allowedValues())))
                    .append(" | ")
                    .append(cell(needs(k)))
                    .append(" | ")
                    .append(cell(status(k)))
                    .append(" | ")
                    .append(cell(k.description() + (k.notes() == null ? "" : " " + k.notes())))
                    .append(" | ")
                    .append(k.source())
                    .append(" |\n");
        }
        out.append('\n');
    }

    static String needs(KeySpec k) {
        StringBuilder s = new StringBuilder();
        if (k.minWindowsBuild() != null) {
            s.append("Windows build ").append(k.minWindowsBuild()).append('+');
        }
        k.valueMinWindowsBuild()
                .forEach(
                        (v, b) ->
                                s.append(s.length() > 0 ? "; " : "")
                                        .append('`')
                                        .append(v)
                                        .append("` needs build ")
                                        .append(b)
                                        .append('+'));
        if (k.minWslVersion() != null) {
            s.append(s.length() > 0 ? "; " : "")
                    .append("WSL ")
                    .append(k.minWslVersion())
                    .append('+');
            if (k.aliasMinWslVersion() != null) {
                k.aliases()
                        .forEach(
                                a ->
                                        s.append(" (as ")
                                                .append(a)
                                                .append(": WSL ")
                                                .append(k.aliasMinWslVersion())
                                                .append("+)"));
            }
        }
        return s.toString();
    }

    static String status(KeySpec k) {
        StringBuilder s = new StringBuilder(k.status());
        if (!k.aliases().isEmpty()) {
            s.append("; moved from `")
                    .append(String.join("`, `", k.aliases()))
                    .append("` (old name still read)");
        }
        if (k.ignoredSince() != null) {
            s.append("; ignored since WSL ").append(k.ignoredSince());
        }
        return s.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
