package dev.wsladvisor.wslconfig.lint;

import dev.wsladvisor.wslconfig.parse.ParseResult;
import dev.wsladvisor.wslconfig.text.ConfigDialect;
import dev.wsladvisor.wslconfig.text.TextEncoding;

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

    /** The line holding a Ctrl-Z, where the Windows C runtime ends {@code .wslconfig}, or 0. */
    public int getCtrlZLine() {
        return result.ctrlZLine();
    }

    /** Lines after the Ctrl-Z that hold more than white space, which WSL never reads. */
    public boolean isTextAfterCtrlZ() {
        int z = result.ctrlZLine();
        if (z == 0) {
            return false;
        }
        String rest = result.document().lineText(z);
        rest = rest.substring(rest.indexOf((char) 0x1A) + 1);
        for (int l = z + 1; l <= result.document().lineCount() && rest.isBlank(); l++) {
            rest = result.document().lineText(l);
        }
        return !rest.isBlank();
    }

    public int getEntryCount() {
        return result.entries().size();
    }
}
