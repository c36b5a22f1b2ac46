package org.ogiaudit.rules;

import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Text;

/**
 * An error or warning in the rulebook, located for the rule author. What ogi-audit says about a rule's metadata is said
 * in Chinese and English; what the Drools compiler says comes in its own words (English), the same in both.
 *
 * @param file    the DRL file (as given), or null when the problem is not in one file
 * @param line    1-based line, or 0 when unknown
 * @param message what is wrong, in plain words where we can say it
 */
public record RulebookProblem(String file, int line, Text message) {
    /** A problem in one wording for both languages (the compiler's). */
    public RulebookProblem(String file, int line, String message) {
        this(file, line, Text.of(message, message));
    }

    /** "rules/period.drl:12: …" in {@code lang}. */
    public String toString(Lang lang) {
        return (file == null ? (lang == Lang.ZH ? "规则库" : "rulebook") : file) + (line > 0 ? ":" + line : "") + ": "
                + message.in(lang);
    }

    @Override public String toString() { return toString(Lang.EN); }
}
