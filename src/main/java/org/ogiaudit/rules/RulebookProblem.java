package org.ogiaudit.rules;

/**
 * An error in the rulebook, located for the rule author.
 *
 * @param file    the DRL file (as given), or null when the problem is not in one file
 * @param line    1-based line, or 0 when unknown
 * @param message what is wrong, in plain words where we can say it
 */
public record RulebookProblem(String file, int line, String message) {
    @Override public String toString() {
        return (file == null ? "rulebook" : file) + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
