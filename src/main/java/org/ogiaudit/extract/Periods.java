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
 * 所列数据 …) and then two dates joined by a separator (vocabulary/period-range-separator.txt), as in
 * "本报告所列数据的统计期限自2012年1月1日起至2012年12月31日止" or an appendix note "“发生数”为2012年1月1日至2013年1月1日期间发生的
 * 数量". A statement with its dates left blank ("统计期限自至。") is kept as a blank period: it is there, and it says
 * nothing. "统计期限为2019年度" is the whole year; "截至2019年12月31日" (vocabulary/period-end-only.txt) states only an end.
 */
final class Periods {
    private final Concept cue;
    private final Pattern range;
    private final Pattern wholeYear;
    private final Pattern endOnly;
    private final Pattern blank;

    Periods(Vocabulary v) {
        cue = v.get(ConceptName.PERIOD_CUE);
        String cueWords = cue.asRegex();
        String to = v.get(ConceptName.PERIOD_RANGE_SEPARATOR).asRegex();
        range = Pattern.compile("(" + ChineseDates.DATE + ")\\s*(?:起)?\\s*" + to + "\\s*(?:" + "(" + ChineseDates.DATE + ")|("
                + ChineseDates.MONTH_DAY + "))");
        // "统计期限为2019年度", "统计时间为2019年全年", "统计时限为2019年1月至12月": the whole year, without days
        wholeYear = Pattern.compile(cueWords + "[^。\\d]{0,6}(?<year>(?:19|20)\\d{2})\\s*年\\s*(?:度|全年|1\\s*月\\s*(?:份)?\\s*" + to
                + "\\s*12\\s*月)");
        endOnly = Pattern.compile(v.get(ConceptName.PERIOD_END_ONLY).asRegex() + "\\s*(?<date>" + ChineseDates.DATE + ")");
        blank = Pattern.compile(cueWords + "(为|是)?\\s*(自|从)?\\s*" + to + "\\s*(止)?\\s*[。，,;；]");
    }

    StatisticsPeriod find(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (!cue.in(s.text())) continue;
            Matcher m = range.matcher(s.text());
            if (m.find()) {
                LocalDate from = ChineseDates.parse(m.group(1));
                if (from == null) continue;
                String second = m.group(0).substring(m.group(1).length());
                LocalDate to = ChineseDates.parse(second);
                if (to == null) to = ChineseDates.parseMonthDay(second, from.getYear());
                if (to == null) continue;
                return new StatisticsPeriod(from, to, new Evidence(s.text(), s.line()));
            }
            Matcher whole = wholeYear.matcher(s.text());
            if (whole.find()) {
                int year = Integer.parseInt(whole.group("year"));
                return new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), new Evidence(s.text(), s.line()));
            }
            Matcher end = endOnly.matcher(s.text());
            if (end.find() && ChineseDates.parse(end.group("date")) != null) {
                return new StatisticsPeriod(null, ChineseDates.parse(end.group("date")), new Evidence(s.text(), s.line()));
            }
            if (blank.matcher(s.text()).find()) {
                return new StatisticsPeriod(null, null, new Evidence(s.text(), s.line()));
            }
        }
        return null;
    }
}
