package org.ogiaudit.ingest;

/**
 * Whether a character is a Chinese character (Unicode script Han). {@link Character.UnicodeScript#of} answers by a
 * binary search over the whole script table; reading and extraction ask for every character of every report, so the
 * two ranges that hold nearly all characters they meet (ASCII and the original CJK block) are answered first.
 */
public final class Han {
    private Han() { }

    /** Same answer as {@code Character.UnicodeScript.of(cp) == HAN}. */
    public static boolean is(int cp) {
        if (cp < 0x2E80) return false; // no Han character lies below the CJK radicals
        if (cp >= 0x4E00 && cp <= 0x9FA5) return true; // CJK Unified Ideographs as of Unicode 1.1
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
