package dev.wsladvisor.wslconfig.lint;

/** A lint fact that points at a place in the file, so a finding about it can say where. */
public interface Located {
    /** 1-based line, or 0 for the file as a whole. */
    int getLine();

    /** Section name as written, or "" when none applies. */
    String getSection();

    /** Key as written, or "" when none applies. */
    String getKey();

    /** 1-based column, or 0 when the whole line (or file) is meant. */
    default int getColumn() {
        return 0;
    }
}
