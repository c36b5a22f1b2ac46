package org.ogiaudit.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.ChineseDates;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Recognises a report title: an organ, a year, a topic word (vocabulary/title-topic.txt: 政府信息公开, 政务公开 …) and
 * "报告" or "年报", at most a line long. A title may open a longer line when a page was saved as one paragraph;
 * {@link #titleAtStart} finds it there. A sentence that merely mentions a report (vocabulary/title-not-a-title.txt:
 * "依法按时完成2012年政府信息公开年度报告") is not a title.
 */
final class Titles {
    private static final String YEAR = "(?:(?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})\\s*年度?";
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年|([〇○零一二三四五六七八九]{4})\\s*年");
    private static final Pattern LABEL = Pattern.compile("^(标题|名称|题目)\\s*[:：|]?\\s*\\|?\\s*");
    private static final int MAX_TITLE = 70;

    private final Pattern title;
    private final Pattern yearAfter;
    private final Pattern notATitle;

    Titles(Vocabulary v) {
        title = Pattern.compile("^([^\\s。，,；;]{0,40}?\\s?" + YEAR + "[^\\s。，,；;]{0,30}?" + v.get(ConceptName.TITLE_TOPIC).asRegex()
                + "[^\\s。，,；;]{0,16}?(?:报告|年报))");
        // "宝坻区大钟庄镇政府信息公开工作年度报告 (2019年)": the year after the topic
        yearAfter = Pattern.compile("^([^\\s。，,；;\\d]{2,40}?" + v.get(ConceptName.TITLE_TOPIC).asRegex()
                + "[^\\s。，,；;\\d]{0,16}?(?:报告|年报)\\s*[(（]\\s*" + YEAR + "\\s*[)）])");
        notATitle = Pattern.compile(".*" + v.get(ConceptName.TITLE_NOT_A_TITLE).asRegex() + ".*" + YEAR + ".*");
    }

    /** The title that opens {@code line}, or null. */
    String titleAtStart(String line) {
        int head = Math.min(line.length(), 140);
        if (line.lastIndexOf("报告", head) < 0 && line.lastIndexOf("年报", head) < 0) return null; // a title ends so
        String l = LABEL.matcher(line.strip()).replaceFirst("");
        Matcher m = title.matcher(l);
        if (!m.find()) {
            m = yearAfter.matcher(l);
            if (!m.find()) return null;
        }
        String t = m.group(1).strip();
        if (t.length() > MAX_TITLE || t.contains("《")) return null;
        if (notATitle.matcher(t).matches()) return null;
        return t;
    }

    /** The year a title names, or null. */
    static Integer year(String title) {
        Matcher m = YEAR_IN_TITLE.matcher(title);
        if (!m.find()) return null;
        return m.group(1) != null ? Integer.valueOf(m.group(1)) : Integer.valueOf(ChineseDates.chineseYear(m.group(2)));
    }

    /** Removes a site's suffix from an HTML {@code <title>}: "报告_栏目_站名" → "报告". */
    static String cleanPageTitle(String pageTitle) {
        String t = pageTitle.strip();
        for (String sep : new String[] {"_", "｜", "|", " - ", "--", "—"}) {
            int at = t.indexOf(sep);
            if (at > 0) t = t.substring(0, at);
        }
        return t.strip();
    }
}
