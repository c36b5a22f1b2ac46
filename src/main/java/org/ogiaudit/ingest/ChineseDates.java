package org.ogiaudit.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates real reports write: 2019-03-25, 2019/3/25, 2019.03.25, 2019年3月25日 (with stray spaces from page
 * layout: "20 23 年 1 月 1 日"), and Chinese numerals with either zero (二〇一三年三月十九日, 二○一三年一月二十日).
 */
public final class ChineseDates {
    private static final String DIGIT_YEAR = "((?:1\\s?9|2\\s?0)\\s?\\d\\s?\\d)";
    private static final String CN_DIGIT = "[〇○零Ｏ一二三四五六七八九]";
    private static final String CN_SMALL = "[一二三四五六七八九十]{1,3}";

    /** A date in any of the forms above; groups are read by {@link #parse(String)}. */
    public static final String DATE = "(?:" + DIGIT_YEAR + "\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?|[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2}))"
            + "|(" + CN_DIGIT + "{4})\\s*年\\s*(" + CN_SMALL + ")\\s*月\\s*(" + CN_SMALL + ")\\s*日)";
    /** A month and day without a year ("至12月31日"), the second half of a period statement. */
    public static final String MONTH_DAY = "(?:(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|(" + CN_SMALL + ")\\s*月\\s*(" + CN_SMALL + ")\\s*日)";

    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);
    private static final Pattern MONTH_DAY_PATTERN = Pattern.compile(MONTH_DAY);

    private ChineseDates() { }

    /** The first date in {@code text}, or null. */
    public static LocalDate parse(String text) {
        Matcher m = DATE_PATTERN.matcher(text);
        return m.find() ? fromMatch(m) : null;
    }

    /** A month-day without year in {@code text}, placed in {@code year}; null when there is none. */
    public static LocalDate parseMonthDay(String text, int year) {
        Matcher m = MONTH_DAY_PATTERN.matcher(text);
        if (!m.find()) return null;
        int month = m.group(1) != null ? Integer.parseInt(m.group(1)) : chineseNumber(m.group(3));
        int day = m.group(1) != null ? Integer.parseInt(m.group(2)) : chineseNumber(m.group(4));
        return safe(year, month, day);
    }

    /** Reads a match of {@link #DATE} (the group layout of that pattern). */
    static LocalDate fromMatch(Matcher m) {
        if (m.group(1) != null) {
            int year = Integer.parseInt(m.group(1).replaceAll("\\s", ""));
            int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            int day = Integer.parseInt(m.group(2) != null ? m.group(3) : m.group(5));
            return safe(year, month, day);
        }
        return safe(chineseYear(m.group(6)), chineseNumber(m.group(7)), chineseNumber(m.group(8)));
    }

    /** 二〇一三 → 2013 (digit by digit). */
    public static int chineseYear(String s) {
        int year = 0;
        for (char c : s.toCharArray()) year = year * 10 + digit(c);
        return year;
    }

    /** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31. */
    public static int chineseNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) return digit(s.charAt(0));
        int tens = ten == 0 ? 1 : digit(s.charAt(ten - 1));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '○', '零', 'Ｏ', 'O', '0' -> 0;
            case '一' -> 1; case '二' -> 2; case '三' -> 3; case '四' -> 4; case '五' -> 5;
            case '六' -> 6; case '七' -> 7; case '八' -> 8; case '九' -> 9;
            default -> Character.isDigit(c) ? c - '0' : 0;
        };
    }

    private static LocalDate safe(int year, int month, int day) {
        if (year < 1990 || year > 2100) return null;
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
