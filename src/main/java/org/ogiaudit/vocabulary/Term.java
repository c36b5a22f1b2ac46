package org.ogiaudit.vocabulary;

import java.util.regex.Pattern;

/**
 * One line of a vocabulary file: a Java regular expression (a plain word matches itself) and where it was written, so
 * that a person can be pointed at it.
 *
 * @param pattern   the compiled expression
 * @param exclusion true for a line written "!…": text it matches does not count, even where another term matches
 * @param file      the file as shown to authors
 * @param line      1-based line in that file
 */
public record Term(Pattern pattern, boolean exclusion, String file, int line) {
    @Override public String toString() {
        return (exclusion ? "!" : "") + pattern.pattern() + " (" + file + ":" + line + ")";
    }
}
