package dev.wsladvisor.wslconfig;

import java.util.List;

/** Renders {@code docs/wslconfig.md} from the key catalogue, so the page can never drift from what the code knows. */
public final class WslConfigDocs {

    private WslConfigDocs() {
    }

    public static String render(KeyCatalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# `.wslconfig` and `wsl.conf` keys\n\n");
        out.append("<!-- Generated from src/main/resources/wsladvisor/wslconfig-keys.json. Do not edit by hand:\n");
        out.append("     mvn -q test -Dtest=WslConfigDocsTest -Dwsladvisor.regenerateDocs=true -->\n\n");
        out.append("Commands:\n\n");
        out.append("- `wsl-advisor wslconfig lint FILE [--facts F] [--wsl-conf FILE] [--format text|json|sarif]`:\n");
        out.append("  what WSL will ignore or misread, line by line, with a fix (exit 1 on errors).\n");
        out.append("- `wsl-advisor wslconfig suggest --facts F`: a complete `.wslconfig` sized for the PC.\n");
        out.append("- `wsl-advisor wslconfig apply --facts F [--file PATH] [--dry-run]`: merge the suggestions into\n");
        out.append("  the existing file, keeping everything else byte for byte; diff, timestamped backup, atomic write.\n");
        out.append("- `wsl-advisor wslconfig explain KEY`: what is known about one key.\n\n");
        out.append("Lint and suggestion rules live in `rules/wslconfig-*.drl`; add your own rules folder to extend them.\n\n");
        out.append("How WSL reads these files (from its source, `src/shared/configfile/configfile.cpp`):\n\n");
        out.append("- Only `#` starts a comment, also after a value (not inside double quotes). `;` is not a comment:\n");
        out.append("  such a line is rejected.\n");
        out.append("- `[section]` and `key` are letters and digits only, and match in any case. A key before any\n");
        out.append("  section, or under the wrong one, is an unknown key and is ignored.\n");
        out.append("- Backslash starts an escape: `\\\\`, `\\\"`, `\\b`, `\\n`, `\\t`, and backslash at the end of a line\n");
        out.append("  continues it. Any other escape drops the whole line, so Windows paths need doubled backslashes.\n");
        out.append("- The first occurrence of a key wins; a key and its legacy `[experimental]` name are the same key.\n");
        out.append("- Sizes: a whole number plus `B`, `K`/`KB`, `M`/`MB`, `G`/`GB`, `T`/`TB` in upper case, no space,\n");
        out.append("  powers of 1024 (`8GB`, `512MB`). Booleans: `true`/`false` in any case, or `1`/`0`. Integers:\n");
        out.append("  C `strtol` base 0 (`0x10` is 16, `010` is 8).\n");
        out.append("- An invalid line or value is skipped with a warning in `.wslconfig`; in `/etc/wsl.conf` the first\n");
        out.append("  invalid line ends parsing and the rest of the file is ignored.\n");
        out.append("- `.wslconfig` applies to WSL 2 only, after `wsl --shutdown`.\n\n");
        section(out, catalog, "wslconfig", "wsl2", "`.wslconfig` `[wsl2]`");
        section(out, catalog, "wslconfig", "experimental", "`.wslconfig` `[experimental]`");
        section(out, catalog, "wslconfig", "general", "`.wslconfig` `[general]`");
        out.append("## `/etc/wsl.conf`\n\n");
        out.append("Per distribution, read by WSL 1 and WSL 2 alike.\n\n");
        table(out, catalog.sorted().stream().filter(k -> k.file().equals("wslconf")).toList(), true);
        return out.toString();
    }

    private static void section(StringBuilder out, KeyCatalog catalog, String file, String section, String title) {
        out.append("## ").append(title).append("\n\n");
        table(out, catalog.sorted().stream().filter(k -> k.file().equals(file) && k.section().equals(section)).toList(),
                false);
    }

    private static void table(StringBuilder out, List<KeySpec> keys, boolean withSection) {
        out.append("| key | type | default | allowed values | needs | status | meaning | source |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (KeySpec k : keys) {
            out.append("| `").append(withSection ? k.fullName() : k.name()).append("` | ").append(k.type())
                    .append(" | ").append(cell(k.defaultValue()))
                    .append(k.computedDefault() == null ? "" : " (computed: " + cell(k.computedDefault()) + ")")
                    .append(" | ").append(cell(String.join(", ", k.allowedValues()))).append(" | ")
                    .append(cell(needs(k))).append(" | ").append(cell(status(k))).append(" | ")
                    .append(cell(k.description() + (k.notes() == null ? "" : " " + k.notes()))).append(" | ")
                    .append(k.source()).append(" |\n");
        }
        out.append('\n');
    }

    static String needs(KeySpec k) {
        StringBuilder s = new StringBuilder();
        if (k.minWindowsBuild() != null) {
            s.append("Windows build ").append(k.minWindowsBuild()).append('+');
        }
        k.valueMinWindowsBuild().forEach((v, b) -> s.append(s.length() > 0 ? "; " : "").append('`').append(v)
                .append("` needs build ").append(b).append('+'));
        if (k.minWslVersion() != null) {
            s.append(s.length() > 0 ? "; " : "").append("WSL ").append(k.minWslVersion()).append('+');
            if (k.aliasMinWslVersion() != null) {
                k.aliases().forEach(a -> s.append(" (as ").append(a).append(": WSL ").append(k.aliasMinWslVersion())
                        .append("+)"));
            }
        }
        return s.toString();
    }

    static String status(KeySpec k) {
        StringBuilder s = new StringBuilder(k.status());
        if (!k.aliases().isEmpty()) {
            s.append("; moved from `").append(String.join("`, `", k.aliases())).append("` (old name still read)");
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
