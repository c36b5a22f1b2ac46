package org.ogiaudit.ingest;

import com.ibm.icu.text.Transliterator;
import java.util.List;

/**
 * Converts traditional-character text (mirror pages, Hong Kong/Taiwan reposts) to simplified, so that one set of
 * patterns serves both. Text that is already simplified is left exactly as it is: ICU's transliterator also changes
 * a few characters that are valid simplified ones, so it runs only when the text is clearly traditional.
 */
public final class ChineseScript {
    /** Share of Chinese characters that must change before a text counts as traditional. */
    private static final double TRADITIONAL_SHARE = 0.01;
    private static final int MIN_CHANGED = 5;

    /** ICU transliterators keep state while they work: one per thread. */
    private final ThreadLocal<Transliterator> toSimplified = ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    /** Returns simplified lines, or the same list when the text is not traditional. */
    public List<String> toSimplified(List<String> lines) {
        String joined = String.join("\n", lines);
        String converted = toSimplified.get().transliterate(joined);
        if (converted.length() != joined.length()) return lines; // a conversion that changes length is not a script swap
        int han = 0;
        int changed = 0;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (c != converted.charAt(i)) changed++;
            }
        }
        if (changed < MIN_CHANGED || changed < han * TRADITIONAL_SHARE) return lines;
        return List.of(converted.split("\n", -1));
    }
}
