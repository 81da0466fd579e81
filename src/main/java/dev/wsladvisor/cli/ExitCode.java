package dev.wsladvisor.cli;

/** The exit codes of every command, as fixed by the advice contract. */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;

    /**
     * Done, and found problems at error severity (lint errors, failed rule tests, blocked host with
     * --fail-on-blocked).
     */
    public static final int PROBLEMS_FOUND = 1;

    /** Bad usage or bad input. */
    public static final int BAD_INPUT = 2;

    /** Internal error: a bug. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {}
}
