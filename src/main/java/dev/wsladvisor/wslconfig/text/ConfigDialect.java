package dev.wsladvisor.wslconfig.text;

/**
 * Which file is being read. Both go through WSL's one parser (configfile.cpp), with two
 * differences: Windows reads {@code .wslconfig} in text mode with {@code CFG_SKIP_INVALID_LINES},
 * so CR LF becomes LF and a bad line is skipped; Linux reads {@code /etc/wsl.conf} in binary mode
 * without that flag, so a CR stays a character and the first bad line ends parsing. Integers differ
 * too: {@code strtol} on Windows has a 32-bit {@code long} and saturates, on Linux a 64-bit one, so
 * a value beyond 32 bits is then rejected.
 */
public enum ConfigDialect {
    WSLCONFIG(".wslconfig", true, true),
    WSL_CONF("wsl.conf", false, false);

    private final String fileName;
    private final boolean skipInvalidLines;
    private final boolean textMode;

    ConfigDialect(String fileName, boolean skipInvalidLines, boolean textMode) {
        this.fileName = fileName;
        this.skipInvalidLines = skipInvalidLines;
        this.textMode = textMode;
    }

    public String fileName() {
        return fileName;
    }

    public boolean skipsInvalidLines() {
        return skipInvalidLines;
    }

    public boolean translatesCrLf() {
        return textMode;
    }

    public boolean longIs32Bits() {
        return textMode;
    }
}
