package dev.hoodadmin.cli;

/** The command line's exit codes; scripts rely on them, so they never change meaning. */
public final class ExitCodes {
    /** Every edit applied (or, for list and export, everything written). */
    public static final int OK = 0;
    /** Some edits were refused, rejected by the server or failed; or a request failed. */
    public static final int SOME_FAILED = 1;
    /** Usage or configuration error: bad option, unreadable or broken CSV, missing token, bad URL. */
    public static final int USAGE = 2;
    /** The server refused the token; edits are kept pending in the state folder. */
    public static final int AUTHENTICATION = 3;

    private ExitCodes() {
    }
}
