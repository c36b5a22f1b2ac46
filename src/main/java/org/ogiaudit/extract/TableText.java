package org.ogiaudit.extract;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout tables are read from: a report's lines joined with '\n' into one text, so that a table row may run over
 * several lines (wrapped PDF labels) or several rows over one line (a flattened page), with offsets mapped back to
 * the 1-based line numbers evidence quotes.
 */
final class TableText {
    private static final Pattern NEXT_HEADING = Pattern.compile("(?m)^[一二三四五六七八九十]{1,2}、\\s*(?!本年|上年|结转)\\p{IsHan}{2}");

    final String s;
    private final int[] starts;
    private final int firstLine;
    private final List<String> lines;
    private final IntPredicate ocr;

    /** {@code ocr} tells the lines (1-based) read from pictures by OCR. */
    TableText(List<String> lines, int start, int end, IntPredicate ocr) {
        StringBuilder sb = new StringBuilder();
        starts = new int[end - start];
        for (int i = start; i < end; i++) {
            starts[i - start] = sb.length();
            sb.append(lines.get(i)).append('\n');
        }
        s = sb.toString();
        firstLine = start + 1;
        this.lines = lines;
        this.ocr = ocr;
    }

    /** True when line {@code line} (1-based, 0 for none) was read from a picture by OCR. */
    boolean readByOcr(int line) {
        return line > 0 && ocr.test(line);
    }

    /** True when the text holds one of {@code words}: a pattern that needs one of them can match. */
    boolean mayHold(String... words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    int find(Pattern p, int from) {
        if (from < 0) from = 0;
        Matcher m = p.matcher(s);
        return m.find(from) ? m.start() : -1;
    }

    /** True when {@code p} matches within {@code [from, to)}. */
    boolean has(Pattern p, int from, int to) {
        return p.matcher(s).region(Math.max(0, from), Math.min(Math.max(from, to), s.length())).find();
    }

    int lineOf(int offset) {
        int idx = Arrays.binarySearch(starts, offset);
        if (idx < 0) idx = -idx - 2;
        return firstLine + Math.max(0, idx);
    }

    /** Up to 100 characters of the line around {@code offset}: a quote that stands on that line. */
    String window(int offset) {
        int line = lineOf(offset);
        String text = lines.get(line - 1);
        int inLine = Math.max(0, Math.min(text.length(), offset - starts[line - firstLine]));
        int from = Math.max(0, Math.min(inLine - 40, text.length() - 100));
        return text.substring(from, Math.min(text.length(), from + 100));
    }

    String lineText(int offset) {
        return lines.get(lineOf(offset) - 1);
    }

    /** The next top-level heading of the report (五、…) after {@code from}, or the end. */
    int nextHeading(int from) {
        Matcher m = NEXT_HEADING.matcher(s);
        int pos = Math.max(0, from);
        while (m.find(pos)) {
            if (m.start() > from) return m.start();
            pos = m.end();
        }
        return s.length();
    }

    /** Where a row's values start: its first digit (or {@code from} when it has none before {@code to}). */
    int firstDigit(int from, int to) {
        for (int i = from; i < Math.min(to, s.length()); i++) if (Character.isDigit(s.charAt(i))) return i;
        return from;
    }
}
