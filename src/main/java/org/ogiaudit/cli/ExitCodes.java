package org.ogiaudit.cli;

/**
 * Exit codes, documented in the README and in each command's help (the {@code usage.exitCodeList} of
 * {@code help_zh/_en.properties}, which lists only the codes that command can return).
 */
final class ExitCodes {
    /** Every file was read and checked (findings do not change the exit code). */
    static final int OK = 0;
    /** The batch completed, but one or more files could not be read or checked (see their errors). */
    static final int FILE_ERRORS = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** The rulebook could not be built: nothing was checked. */
    static final int RULEBOOK = 3;
    /** The output could not be written. */
    static final int OUTPUT = 4;
    /** The history store could not be used (unreachable, locked, not a store, of a newer schema). */
    static final int STORE = 5;

    private ExitCodes() { }
}
