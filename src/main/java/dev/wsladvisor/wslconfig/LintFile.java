package dev.wsladvisor.wslconfig;

/** The file as a whole (encoding, where parsing stopped), as a fact for the lint rules. */
public final class LintFile implements Located {

    private final ParseResult result;
    private final String path;

    LintFile(ParseResult result, String path) {
        this.result = result;
        this.path = path;
    }

    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public String getSection() {
        return "";
    }

    @Override
    public String getKey() {
        return "";
    }

    public String getPath() {
        return path;
    }

    public String getDialect() {
        return result.dialect() == ConfigDialect.WSLCONFIG ? "wslconfig" : "wslconf";
    }

    public String getEncoding() {
        return result.document().encoding().label();
    }

    public boolean isUtf16() {
        return result.document().encoding().isUtf16();
    }

    public boolean isUtf8Bom() {
        return result.document().encoding() == TextEncoding.UTF8_BOM;
    }

    /** The file holds binary data, not text: the wrong file was passed. */
    public boolean isBinary() {
        return result.document().isBinary();
    }

    /** WSL cannot read a single setting from this file. */
    public boolean isUnreadable() {
        return result.unreadable();
    }

    /** The line where WSL gave up reading {@code wsl.conf}, or 0. */
    public int getStoppedAtLine() {
        return result.stoppedAtLine();
    }

    public int getEntryCount() {
        return result.entries().size();
    }
}
