package org.ogiaudit.ingest;

/**
 * The regex classes {@code \d} and {@code \s} (ASCII-only in {@code java.util.regex} unless asked otherwise), answered
 * without a matcher: reading and extraction test them on every character of long lines.
 */
public final class AsciiClasses {
    private AsciiClasses() { }

    /** {@code \d}: 0–9. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** True when {@code s} holds a {@code \d}. */
    public static boolean hasDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) return true;
        }
        return false;
    }
}
