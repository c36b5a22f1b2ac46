package org.ogiaudit.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.ChineseDates;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.StatisticsPeriod;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Finds the statement of the statistics period: a sentence with a cue (vocabulary/period-cue.txt: 统计期限, 统计时限,
 * 所列数据, 涵盖 …) and then the period, as reports write it:
 * <ul>
 * <li>two dates joined by a separator (vocabulary/period-range-separator.txt): "统计期限自2012年1月1日起至2012年12月31日止",
 *     "2016年1月1日——2016年12月31日", "自2013年1月1日始至…", an end without its year ("至12月31日");</li>
 * <li>dates whose 年 and 月 a page lost ("统计期限自201211日起至20121231日止", "自20191月1日起至201912月31日止"): read
 *     only in the one shape a period has, 1 January to 31 December;</li>
 * <li>whole years: "统计期限为2019年度", "自2003年至2008年止";</li>
 * <li>an end alone (vocabulary/period-end-only.txt: "截至2019年12月31日", "数据截至12月31日"), or a start alone
 *     ("统计期限自2014年1月1日起");</li>
 * <li>left blank ("统计期限自至。"): the statement is there and says nothing.</li>
 * </ul>
 */
final class Periods {
    private static final Pattern YEAR_IN = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** A first day of a year whose 年 and 月 were lost: 201211, 2012011, 20120101, 20121月1日. */
    private static final String GLUED_START = "((?:19|20)\\d{2})\\s*(?:年\\s*)?(?:1\\s*月\\s*1\\s*日|0?1\\s*0?1\\s*日?)";
    /** A last day of a year whose 年 and 月 were lost: 20121231, 1231日, 201212月31日. */
    private static final String GLUED_END = "(?:(?:19|20)\\d{2}\\s*(?:年\\s*)?)?(?:12\\s*月\\s*31\\s*日|1231\\s*日?)";

    private final Concept cue;
    private final Pattern range;
    private final Pattern glued;
    private final Pattern years;
    private final Pattern wholeYear;
    private final Pattern endOnly;
    private final Pattern endOnlyMonthDay;
    private final Pattern startOnly;
    private final Pattern blank;

    Periods(Vocabulary v) {
        cue = v.get(ConceptName.PERIOD_CUE);
        String cueWords = cue.asRegex();
        String to = v.get(ConceptName.PERIOD_RANGE_SEPARATOR).asRegex();
        String endWords = v.get(ConceptName.PERIOD_END_ONLY).asRegex();
        range = Pattern.compile("(" + ChineseDates.DATE + ")\\s*(?:起|始|开始)?\\s*[,，]?\\s*" + to + "\\s*(?:" + "(" + ChineseDates.DATE
                + ")|(" + ChineseDates.MONTH_DAY + "))");
        glued = Pattern.compile(GLUED_START + "\\s*(?:起|始)?\\s*[,，]?\\s*" + to + "\\s*" + GLUED_END + "(?!\\d)");
        years = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年\\s*(?:度\\s*)?(?:起\\s*)?" + to + "\\s*((?:19|20)\\d{2})\\s*年(?!\\s*\\d)");
        // "统计期限为2019年度", "统计时间为2019年全年", "统计时限为2019年1月至12月": the whole year, without days
        wholeYear = Pattern.compile(cueWords + "[^。\\d]{0,6}(?<year>(?:19|20)\\d{2})\\s*年\\s*(?:度|全年|1\\s*月\\s*(?:份)?\\s*" + to
                + "\\s*12\\s*月)");
        endOnly = Pattern.compile(endWords + "\\s*(?<date>" + ChineseDates.DATE + ")");
        endOnlyMonthDay = Pattern.compile(endWords + "\\s*(?<md>" + ChineseDates.MONTH_DAY + ")");
        startOnly = Pattern.compile("[自从]\\s*(?<date>" + ChineseDates.DATE + ")\\s*(?:起|始|开始)");
        blank = Pattern.compile(cueWords + "(为|是)?\\s*(自|从)?\\s*" + to + "\\s*(止)?\\s*[。，,;；]");
    }

    StatisticsPeriod find(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            String t = s.text();
            if (!cue.in(t)) continue;
            Evidence e = s.evidence(t);
            Matcher m = range.matcher(t);
            if (m.find()) {
                LocalDate from = ChineseDates.parse(m.group(1));
                if (from == null) continue;
                String second = m.group(0).substring(m.group(1).length());
                LocalDate to = ChineseDates.parse(second);
                if (to == null) to = ChineseDates.parseMonthDay(second, from.getYear());
                if (to == null) continue;
                return new StatisticsPeriod(from, to, e);
            }
            Matcher g = glued.matcher(t);
            if (g.find()) {
                int year = Integer.parseInt(g.group(1));
                return new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), e);
            }
            Matcher y = years.matcher(t);
            if (y.find()) {
                int first = Integer.parseInt(y.group(1));
                int last = Integer.parseInt(y.group(2));
                if (first <= last) return new StatisticsPeriod(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), e);
            }
            Matcher whole = wholeYear.matcher(t);
            if (whole.find()) {
                int year = Integer.parseInt(whole.group("year"));
                return new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), e);
            }
            Matcher end = endOnly.matcher(t);
            if (end.find() && ChineseDates.parse(end.group("date")) != null) {
                return new StatisticsPeriod(null, ChineseDates.parse(end.group("date")), e);
            }
            Matcher endMd = endOnlyMonthDay.matcher(t);
            Matcher yearIn = YEAR_IN.matcher(t);
            if (endMd.find() && yearIn.find()) {
                LocalDate to = ChineseDates.parseMonthDay(endMd.group("md"), Integer.parseInt(yearIn.group(1)));
                if (to != null) return new StatisticsPeriod(null, to, e);
            }
            Matcher start = startOnly.matcher(t);
            if (start.find() && ChineseDates.parse(start.group("date")) != null) {
                return new StatisticsPeriod(ChineseDates.parse(start.group("date")), null, e);
            }
            if (blank.matcher(t).find()) {
                return new StatisticsPeriod(null, null, e);
            }
        }
        return null;
    }
}
