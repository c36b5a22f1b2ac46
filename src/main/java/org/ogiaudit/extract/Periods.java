package org.ogiaudit.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.StatisticsPeriod;

/**
 * Finds the statement of the statistics period: "本报告所列数据的统计期限自2012年1月1日起至2012年12月31日止",
 * "统计时限为2020年1月1日起至2020年12月31日止", "统计期限从2012年1月1日到12月31日止", or an appendix note
 * "“发生数”为2012年1月1日至2013年1月1日期间发生的数量". A statement with its dates left blank ("统计期限自至。")
 * is kept as a blank period: it is there, and it says nothing. "统计期限为2019年度" is the whole year; "截至2019年12月31日"
 * states only an end.
 */
public final class Periods {
    /** Words that announce a period; the look-ahead rules a position out on its first character. */
    private static final Pattern CUE = Pattern.compile("(?=[统所发数])(?:统计(期限|时限|时间段|时间|期间|区间|周期|范围|截止)|所列数据|发生数|数据统计)");
    private static final Pattern RANGE = Pattern.compile("(" + ChineseDates.DATE + ")\\s*(?:起)?\\s*(?:至|到|—|－|-|~|～)\\s*(?:"
            + "(" + ChineseDates.DATE + ")|(" + ChineseDates.MONTH_DAY + "))");
    /** "统计期限为2019年度", "统计时间为2019年全年", "统计时限为2019年1月至12月": the whole year, without days. */
    private static final Pattern WHOLE_YEAR = Pattern.compile("统计(?:期限|时限|时间段|时间|期间|区间|周期|范围)[^。\\d]{0,6}((?:19|20)\\d{2})\\s*年"
            + "\\s*(?:度|全年|1\\s*月\\s*(?:份)?\\s*(?:至|到|—|-|~)\\s*12\\s*月)");
    /** "数据统计截至2019年12月31日": an end without a start. */
    private static final Pattern END_ONLY = Pattern.compile("(?:截至|截止|止于)\\s*(" + ChineseDates.DATE + ")");
    private static final Pattern BLANK = Pattern.compile("统计(期限|时限|时间段|时间)(为|是)?\\s*(自|从)?\\s*(至|到)\\s*(止)?\\s*[。，,;；]");

    private Periods() { }

    public static StatisticsPeriod find(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (!CUE.matcher(s.text()).find()) continue;
            Matcher m = RANGE.matcher(s.text());
            if (m.find()) {
                LocalDate from = ChineseDates.parse(m.group(1));
                if (from == null) continue;
                String second = m.group(0).substring(m.group(1).length());
                LocalDate to = ChineseDates.parse(second);
                if (to == null) to = ChineseDates.parseMonthDay(second, from.getYear());
                if (to == null) continue;
                return new StatisticsPeriod(from, to, new Evidence(s.text(), s.line()));
            }
            Matcher whole = WHOLE_YEAR.matcher(s.text());
            if (whole.find()) {
                int year = Integer.parseInt(whole.group(1));
                return new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), new Evidence(s.text(), s.line()));
            }
            Matcher endOnly = END_ONLY.matcher(s.text());
            if (endOnly.find() && ChineseDates.parse(endOnly.group(1)) != null) {
                return new StatisticsPeriod(null, ChineseDates.parse(endOnly.group(1)), new Evidence(s.text(), s.line()));
            }
            if (BLANK.matcher(s.text()).find()) {
                return new StatisticsPeriod(null, null, new Evidence(s.text(), s.line()));
            }
        }
        return null;
    }
}
