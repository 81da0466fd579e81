package dev.wsladvisor.wslconfig.lint;

import dev.wsladvisor.wslconfig.keys.KeyCatalog;
import dev.wsladvisor.wslconfig.parse.SectionHeader;
import dev.wsladvisor.wslconfig.text.ConfigDialect;

/** A {@code [section]} header as a fact for the lint rules. */
public final class LintSection implements Located {

    private final SectionHeader header;
    private final ConfigDialect dialect;
    private final boolean known;
    private final boolean otherFileSection;
    private final String suggestion;

    LintSection(SectionHeader header, ConfigDialect dialect, KeyCatalog catalog) {
        this.header = header;
        this.dialect = dialect;
        this.known = catalog.isSection(dialect, header.name());
        ConfigDialect other =
                dialect == ConfigDialect.WSLCONFIG
                        ? ConfigDialect.WSL_CONF
                        : ConfigDialect.WSLCONFIG;
        this.otherFileSection = !known && catalog.isSection(other, header.name());
        this.suggestion =
                known ? null : catalog.closestSection(dialect, header.name()).orElse(null);
    }

    @Override
    public int getLine() {
        return header.line();
    }

    @Override
    public String getSection() {
        return header.name();
    }

    @Override
    public String getKey() {
        return "";
    }

    public String getName() {
        return header.name();
    }

    public String getDialect() {
        return dialect == ConfigDialect.WSLCONFIG ? "wslconfig" : "wslconf";
    }

    public boolean isKnown() {
        return known;
    }

    /**
     * The section belongs in the other file ({@code [boot]} in .wslconfig, {@code [wsl2]} in
     * wsl.conf).
     */
    public boolean isOtherFileSection() {
        return otherFileSection;
    }

    public String getSuggestion() {
        return suggestion;
    }
}
