package org.ogiaudit.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The labels Word draws for automatically numbered paragraphs ("一、", "(二)", "3."): they are not in the text of
 * the document, yet report headings depend on them. Counters are kept per list and level; a level's counter restarts
 * when a higher level moves on.
 */
final class ListNumbers {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    /** Counters per list: level → last number drawn (0 = not drawn yet). */
    private final Map<Object, int[]> counters = new HashMap<>();

    /** Level description: OOXML format name, level text with %1..%9 placeholders, start value. */
    record Level(String format, String text, int start) { }

    /**
     * Advances list {@code list} at {@code level} and returns the label, or "" for bullets and unnumbered levels.
     *
     * @param levels the list's levels 0..8 (null entries allowed)
     */
    String next(Object list, int level, Level[] levels, Integer startOverride) {
        if (level < 0 || level > 8 || levels == null || level >= levels.length || levels[level] == null) return "";
        int[] c = counters.computeIfAbsent(list, k -> fresh());
        Level lvl = levels[level];
        c[level] = c[level] == UNSET ? (startOverride != null ? startOverride : lvl.start()) : c[level] + 1;
        for (int deeper = level + 1; deeper < 9; deeper++) c[deeper] = UNSET;
        if ("bullet".equals(lvl.format()) || "none".equals(lvl.format()) || lvl.text() == null) return "";
        StringBuilder sb = new StringBuilder();
        String t = lvl.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int k = t.charAt(i + 1) - '1';
                Level ref = k < levels.length ? levels[k] : null;
                int value = c[k] == UNSET ? (ref == null ? 1 : ref.start()) : c[k];
                sb.append(format(value, ref == null ? "decimal" : ref.format()));
                i++;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static final int UNSET = Integer.MIN_VALUE;

    private static int[] fresh() {
        int[] c = new int[9];
        java.util.Arrays.fill(c, UNSET);
        return c;
    }

    /** The label text before a paragraph's own text: no space after Chinese punctuation or a full stop. */
    static String join(String label, String text) {
        if (label.isEmpty()) return text;
        char last = label.charAt(label.length() - 1);
        boolean glue = last == '、' || last == '.' || last == '．' || last == ')' || last == '）' || last == '：' || last == ':'
                || TextNormalizer.isHanOrCjkPunct(last) || (last >= 0x2460 && last <= 0x24FF);
        return glue ? label + text : label + " " + text;
    }

    static String format(int n, String format) {
        if (format == null) format = "decimal";
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "ideographDigital", "japaneseDigitalTenThousand" -> chinese(n);
            case "chineseLegalSimplified" -> chinese(n).replace('一', '壹').replace('二', '贰').replace('三', '叁')
                    .replace('四', '肆').replace('五', '伍').replace('六', '陆').replace('七', '柒').replace('八', '捌')
                    .replace('九', '玖').replace('十', '拾');
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedParen" -> "(" + n + ")";
            case "decimalEnclosedFullstop" -> n + ".";
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> Integer.toString(n); // normalised to half width anyway
            case "lowerLetter" -> letters(n, 'a');
            case "upperLetter" -> letters(n, 'A');
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "bullet", "none" -> "";
            default -> Integer.toString(n);
        };
    }

    /** The OOXML format name of a Word 97 number format code (nfc, [MS-DOC] 2.9.160). */
    static String nfcName(int nfc) {
        return switch (nfc) {
            case 0x00 -> "decimal";
            case 0x01 -> "upperRoman";
            case 0x02 -> "lowerRoman";
            case 0x03 -> "upperLetter";
            case 0x04 -> "lowerLetter";
            case 0x0A -> "ideographDigital";
            case 0x0B -> "japaneseCounting";
            case 0x0E, 0x13 -> "decimalFullWidth";
            case 0x12 -> "decimalEnclosedCircle";
            case 0x16 -> "decimalZero";
            case 0x17 -> "bullet";
            case 0x1A -> "decimalEnclosedFullstop";
            case 0x1B -> "decimalEnclosedParen";
            case 0x1C -> "decimalEnclosedCircleChinese";
            case 0x1D -> "ideographEnclosedCircle";
            case 0x1E -> "ideographTraditional";
            case 0x21, 0x23 -> "taiwaneseCounting";
            case 0x25 -> "chineseCounting";
            case 0x26 -> "chineseLegalSimplified";
            case 0x27 -> "chineseCountingThousand";
            case 0xFF -> "none";
            default -> "decimal";
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
    static String chinese(int n) {
        if (n <= 0) return Integer.toString(n);
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        if (n < 100) return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        if (n < 1000) {
            int rest = n % 100;
            String tail = rest == 0 ? "" : rest < 10 ? "零" + DIGITS.charAt(rest) : rest < 20 ? "一" + chinese(rest) : chinese(rest);
            return DIGITS.charAt(n / 100) + "百" + tail;
        }
        return Integer.toString(n);
    }

    private static String letters(int n, char base) {
        if (n <= 0) return Integer.toString(n);
        StringBuilder sb = new StringBuilder();
        int repeat = (n - 1) / 26 + 1;
        char c = (char) (base + (n - 1) % 26);
        for (int i = 0; i < repeat; i++) sb.append(c);
        return sb.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return Integer.toString(n);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(s[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }
}
