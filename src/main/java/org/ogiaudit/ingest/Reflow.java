package org.ogiaudit.ingest;

import java.util.ArrayList;
import java.util.List;
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
    /** Chinese numerals of list markers: 一、 (一) 第一部分. */
    private static final String NUMERALS = "一二三四五六七八九十";
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
        collectCuts(markers(line, true), line, AFTER_SENTENCE + AFTER_TOP_EXTRA, cuts);
        collectCuts(markers(line, false), line, AFTER_SENTENCE, cuts);
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

    /** {@code markers} holds start and end offsets in pairs. */
    private static void collectCuts(List<Integer> markers, String line, String allowedBefore, List<Integer> cuts) {
        for (int k = 0; k < markers.size(); k += 2) {
            int at = markers.get(k);
            if (at == 0) continue;
            char before = line.charAt(at - 1);
            if (allowedBefore.indexOf(before) >= 0 || CANONICAL_AFTER.matcher(line).region(markers.get(k + 1), line.length()).lookingAt()) {
                cuts.add(at);
            }
        }
    }

    /**
     * Start and end offsets of the list markers in {@code line}, left to right without overlap, as a regex search for
     * {@code [一-十]{1,3}、|第[一-十]{1,3}部分} (top) or {@code \([一-十]{1,3}\)} (sub) would find them. Written out
     * because the regex tested its ten-character class at every position of every long line.
     */
    static List<Integer> markers(String line, boolean top) {
        List<Integer> out = new ArrayList<>();
        int pos = 0;
        while (pos < line.length()) {
            int end = top ? topMarkerEnd(line, pos) : subMarkerEnd(line, pos);
            if (end > 0) {
                out.add(pos);
                out.add(end);
                pos = end;
            } else {
                pos++;
            }
        }
        return out;
    }

    private static int topMarkerEnd(String line, int pos) {
        char c = line.charAt(pos);
        if (c == '第') {
            int r = numerals(line, pos + 1);
            return r >= 1 && r <= 3 && line.startsWith("部分", pos + 1 + r) ? pos + 1 + r + 2 : -1;
        }
        int r = numerals(line, pos);
        return r >= 1 && r <= 3 && pos + r < line.length() && line.charAt(pos + r) == '、' ? pos + r + 1 : -1;
    }

    private static int subMarkerEnd(String line, int pos) {
        if (line.charAt(pos) != '(') return -1;
        int r = numerals(line, pos + 1);
        return r >= 1 && r <= 3 && pos + 1 + r < line.length() && line.charAt(pos + 1 + r) == ')' ? pos + 2 + r : -1;
    }

    /** How many Chinese numerals stand from {@code from} on (counting stops at four: more never make a marker). */
    private static int numerals(String line, int from) {
        int n = 0;
        while (n < 4 && from + n < line.length() && NUMERALS.indexOf(line.charAt(from + n)) >= 0) n++;
        return n;
    }
}
