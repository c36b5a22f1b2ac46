package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.Han;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Finds the headings of a report: 一、 (and 一. 一．), 第一部分, (一) (㈠ is normalised to it on reading), third-level
 * headings (1. 二是) that name a topic, and lines that are a heading standing alone without a number
 * (vocabulary/heading-unnumbered.txt).
 *
 * <p>The rows of the unified format's table 三 look like headings ("一、本年新收政府信息公开申请数量",
 * "(一)予以公开 26 26") and are skipped, as is a marker with nothing after it (a table label printed vertically
 * in a PDF).
 */
final class HeadingParser {
    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、.．]\\s*(.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[、.．]\\s*(\\D.*)$");
    private static final Pattern PART = Pattern.compile("^第([一二三四五六七八九十]{1,3})部分\\s*[、:：.．]?\\s*(.*)$");
    private static final Pattern LEVEL2 = Pattern.compile("^[(（]([一二三四五六七八九十]{1,3})[)）]\\s*[、.．]?\\s*(.*)$");
    /** Row labels of table 三 that start with a list marker (the format's layout, not a report's wording). */
    private static final Pattern TABLE_ROW_1 = Pattern.compile("^(本年新收|上年结转|本年度办理|本年度办|结转下年度|办理结果)");
    private static final Pattern TABLE_ROW_2 = Pattern.compile("^(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计)(\\s|\\d|\\(|[1-9][.、]|$)");
    private static final Pattern CUT = Pattern.compile("[。；;：:！？!?\\s|]|第二十条|\\((?:本列|区分)");
    private static final int MAX_HEADING = 40;
    /** Longest line that can be a heading standing alone. */
    private static final int MAX_UNNUMBERED = 30;
    /** The characters a numbered heading can start with: other lines are ruled out at once. */
    private static final String NUMBERED_FIRST_CHARS = "一二三四五六七八九十第(（";
    private static final Pattern HEADING_END = Pattern.compile("^.{0,30}?(情况统计表|统计表|附表|情况|事项|措施|概述|方面)");
    /**
     * Third-level headings: "1.依申请公开政府信息办理情况", "2.政府信息依申请公开情况。2022年…", "二是依申请公开情况。…".
     * Only a short phrase that ends as a heading does (情况, 事项, 措施, 方面, 问题) and stands alone or before a
     * sentence break counts: a numbered list of measures ("1.加强培训，…") does not, nor the items of the preamble's
     * list of parts ("3.主动公开政府信息的情况；").
     */
    private static final Pattern LEVEL3 = Pattern.compile("^(?:(\\d{1,2})\\s*[、.．]|([一二三四五六七八九十])是)\\s*(\\D[^。；;：:，,]{1,20}?(?:情况|事项|措施|方面|问题))(?:$|[。：:]|\\s)");

    private final Concept unnumbered;

    HeadingParser(Vocabulary v) {
        unnumbered = v.get(ConceptName.HEADING_UNNUMBERED);
    }

    /** The headings among {@code lines[from..to)} (0-based indexes; reported lines are 1-based). */
    List<Heading> parse(List<String> lines, int from, int to) {
        List<Heading> out = new ArrayList<>();
        String before = "";
        for (int i = from; i < to; i++) {
            Heading h = parseLine(lines.get(i), i + 1);
            // the last item of a list set out line by line ("…情况；" then "7.…改进情况。") is no heading either
            if (h != null && !(h.level() == 3 && (before.endsWith("；") || before.endsWith(";")))) out.add(h);
            String l = lines.get(i).strip();
            if (!l.isEmpty()) before = l;
        }
        return out;
    }

    /**
     * Headings numbered 1、 or 1. at line start, read as top-level: some small organs number their report's parts
     * that way. Used only when a report has no 一、 headings at all.
     */
    List<Heading> parseArabic(List<String> lines, int from, int to) {
        List<Heading> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Matcher m = ARABIC.matcher(lines.get(i).strip());
            if (m.matches()) {
                Heading h = make(i + 1, 1, null, m.group(2), lines.get(i).strip(), TABLE_ROW_1);
                if (h != null) out.add(new Heading(h.line(), 1, Integer.parseInt(m.group(1)), h.text(), h.full()));
            }
        }
        return out;
    }

    Heading parseLine(String line, int lineNo) {
        String l = line.strip();
        if (l.isEmpty()) return null;
        if (NUMBERED_FIRST_CHARS.indexOf(l.charAt(0)) >= 0) {
            Matcher m = LEVEL1.matcher(l);
            if (m.matches()) return make(lineNo, 1, m.group(1), m.group(2), l, TABLE_ROW_1);
            m = PART.matcher(l);
            if (m.matches()) return make(lineNo, 1, m.group(1), m.group(2), l, null);
            m = LEVEL2.matcher(l);
            if (m.matches()) return make(lineNo, 2, m.group(1), m.group(2), l, TABLE_ROW_2);
        }
        char c0 = l.charAt(0);
        if ((c0 >= '0' && c0 <= '9') || (l.length() > 1 && l.charAt(1) == '是')) {
            Matcher m = LEVEL3.matcher(l);
            if (m.find()) {
                Heading h = make(lineNo, 3, m.group(2), m.group(3), l, TABLE_ROW_2);
                if (h != null) {
                    int n = m.group(1) != null ? Integer.parseInt(m.group(1)) : h.ordinal();
                    return new Heading(lineNo, 3, n, h.text(), h.full());
                }
            }
        }
        if (l.length() <= MAX_UNNUMBERED) {
            String words = l.endsWith(":") || l.endsWith("：") ? l.substring(0, l.length() - 1) : l;
            if (unnumbered.mayMatch(words) && unnumbered.matchesWhole(words)) return new Heading(lineNo, 1, 0, words, l);
        }
        return null;
    }

    private static Heading make(int lineNo, int level, String numeral, String rest, String full, Pattern tableRow) {
        String text = cut(rest);
        if (countHan(text) < 2) return null;
        if (tableRow != null && tableRow.matcher(rest).find()) return null;
        return new Heading(lineNo, level, numeral == null ? 0 : org.ogiaudit.ingest.ChineseDates.chineseNumber(numeral), text, full);
    }

    /**
     * The heading's own words: up to a sentence break, or, on a run-on line where the body follows with no break
     * ("概述推进政府信息公开工作是…"), up to the first word that ends a heading (情况, 事项, 措施, 概述, 方面, 统计表).
     */
    private static String cut(String rest) {
        Matcher m = CUT.matcher(rest);
        String t = m.find() ? rest.substring(0, m.start()) : rest;
        Matcher end = HEADING_END.matcher(t);
        if (end.find() && end.end() < t.length()) t = t.substring(0, end.end());
        return t.length() > MAX_HEADING ? t.substring(0, MAX_HEADING) : t;
    }

    static int countHan(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Han.is(s.charAt(i))) n++;
        }
        return n;
    }
}
