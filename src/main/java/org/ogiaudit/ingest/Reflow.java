package org.ogiaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits run-on lines before list markers, so that a page saved as one long paragraph (a crawler's text dump, a PDF
 * without line structure) still has headings at line starts and line numbers that point near the quote.
 *
 * <p>Only lines longer than {@value #LONG_LINE} characters are touched, and only before a 一、 marker (or 第一部分) that
 * follows a sentence end, a space, a closing bracket or a digit (a table cell glued to the next heading), or before a
 * (一) marker that follows a sentence end or a space, or before any marker followed by the wording of a canonical
 * section ("…895.90元三、收到和处理政府信息公开申请情况"). A marker after any other character ("第(一)项",
 * "一、二季度") is part of the sentence and stays.
 */
public final class Reflow {
    static final int LONG_LINE = 200;
    private static final Pattern TOP = Pattern.compile("(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)");
    private static final Pattern SUB = Pattern.compile("\\([一二三四五六七八九十]{1,3}\\)");
    private static final String AFTER_SENTENCE = "。；;！？!?：: \t";
    /** A marker followed by the wording of a unified-format or Art. 32 section starts a heading after any character. */
    private static final Pattern CANONICAL_AFTER = Pattern.compile("\\s*(概述|总体情况|主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议"
            + "|因政府信息公开申请行政复议|存在的主要问题|政府信息公开工作存在的主要问题|其他需要报告的事项|依申请公开政府信息|政府信息公开的收费)");
    private static final String AFTER_TOP_EXTRA = ")）\"”」』|0123456789";

    private Reflow() { }

    public static List<String> reflow(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.length() <= LONG_LINE) {
                out.add(line);
            } else {
                splitLine(line, out);
            }
        }
        return out;
    }

    private static void splitLine(String line, List<String> out) {
        List<Integer> cuts = new ArrayList<>();
        collectCuts(TOP.matcher(line), line, AFTER_SENTENCE + AFTER_TOP_EXTRA, cuts);
        collectCuts(SUB.matcher(line), line, AFTER_SENTENCE, cuts);
        cuts.sort(null);
        int start = 0;
        for (int cut : cuts) {
            if (cut <= start) continue;
            String piece = line.substring(start, cut).strip();
            if (!piece.isEmpty()) out.add(piece);
            start = cut;
        }
        String rest = line.substring(start).strip();
        if (!rest.isEmpty() || start == 0) out.add(rest);
    }

    private static void collectCuts(Matcher m, String line, String allowedBefore, List<Integer> cuts) {
        while (m.find()) {
            int at = m.start();
            if (at == 0) continue;
            char before = line.charAt(at - 1);
            if (allowedBefore.indexOf(before) >= 0 || CANONICAL_AFTER.matcher(line).region(m.end(), line.length()).lookingAt()) {
                cuts.add(at);
            }
        }
    }
}
