package org.ogiaudit.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.AsciiClasses;
import org.ogiaudit.model.Breakdown;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.FigureConflict;
import org.ogiaudit.vocabulary.Concept;

/**
 * Reads a pre-2019 statistics appendix (附表, 统计表) into rows of label and values, in the two shapes saved pages
 * give: one cell per line ("公开信息总数 |" / "11035 |" / "5854 |") or spaced rows inline ("主动公开信息数条 739 4359
 * 其中:1、网站公开条 739 4359"). Pages whose columns are glued ("条20263542") are not read: the split is unknowable.
 *
 * <p>From the rows it builds the "其中" groups (a total row followed by numbered rows) and finds a figure stated twice
 * with different values.
 */
final class LegacyAppendix {
    /** What the appendix gives the rules. */
    public record Result(List<Breakdown> groups, List<FigureConflict> conflicts) { }

    record Row(String label, BigDecimal[] values, boolean[] blank, int line, String quote) { }

    /**
     * Where an appendix starts: a heading or line opening with 附表/附件, or a 统计表 title that carries the table's
     * header (指标). A preamble that merely lists "政府信息公开情况统计表" among the parts is not one.
     */
    private static final Pattern APPENDIX_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,2}、)?\\s*(?:附表|附件)|统计表\\s*(?:\\|\\s*)?指\\s*标");
    private static final Pattern VALUE_CELL = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?|——|—|-)?\\s*(\\|\\s*)*$");
    private static final Pattern HEADER = Pattern.compile("累计|发生数|指\\s*标|计量单位|本期|本年|年度$");
    private static final Pattern INLINE_ROW = Pattern.compile("([^\\d\\s|]{2,40}?)(?:条|件|个|次|人次|万元|元)?\\s+(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)(?=\\s|$)");
    private static final Pattern NUMBERED = Pattern.compile("^(?:其中\\s*[:：,，]?\\s*)?\\d{1,2}\\s*[.、．]");

    /** A residual part (vocabulary/breakdown-residual.txt) makes the 其中 rows exhaustive. */
    private final Concept residual;

    LegacyAppendix(Concept residual) {
        this.residual = residual;
    }

    /** The appendix in {@code lines[from..to)}; {@code ocr} tells the lines read by OCR (1-based). */
    Result read(List<String> lines, int from, int to, IntPredicate ocr) {
        int start = -1;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if ((line.indexOf('附') >= 0 || line.contains("统计表")) && APPENDIX_START.matcher(line).find()) {
                start = i;
                break;
            }
        }
        if (start < 0) return new Result(List.of(), List.of());
        List<Row> rows = cellPerLine(lines, start, to);
        if (rows.size() < 3) rows = inline(lines, start, to);
        return new Result(groups(rows, ocr), conflicts(rows, ocr));
    }

    /** Rows from a table flattened one cell per line: label lines, each followed by its value lines. */
    private static List<Row> cellPerLine(List<String> lines, int start, int to) {
        List<Row> rows = new ArrayList<>();
        String label = null;
        int labelLine = 0;
        List<String> values = new ArrayList<>();
        for (int i = start + 1; i < to; i++) {
            String cell = lines.get(i).strip();
            boolean value = VALUE_CELL.matcher(cell).matches() && cell.contains("|");
            if (!value) {
                flush(rows, label, labelLine, values, lines);
                values.clear();
                String text = cell.replaceAll("\\s*\\|\\s*$", "").strip();
                label = text.isEmpty() || HEADER.matcher(text).find() ? null : text;
                labelLine = i + 1;
            } else if (label != null) {
                String v = cell.replaceAll("\\|", "").strip();
                if (cell.replaceAll("\\s", "").matches("\\|{2,}")) {
                    values.add("");
                    values.add(""); // "|||": the row's cells are blank
                } else {
                    values.add(v);
                }
            }
        }
        flush(rows, label, labelLine, values, lines);
        return rows;
    }

    private static void flush(List<Row> rows, String label, int line, List<String> values, List<String> lines) {
        if (label == null || values.size() < 2) return;
        BigDecimal[] v = new BigDecimal[2];
        boolean[] blank = new boolean[2];
        for (int c = 0; c < 2; c++) {
            String s = values.get(c);
            blank[c] = s.isEmpty();
            v[c] = s.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(s) : null;
        }
        rows.add(new Row(label, v, blank, line, lines.get(line - 1).strip()));
    }

    /** Rows written inline with spaces: "label[unit] v1 v2". */
    private static List<Row> inline(List<String> lines, int start, int to) {
        List<Row> rows = new ArrayList<>();
        for (int i = start; i < to; i++) {
            if (!hasSpacedNumbers(lines.get(i))) continue; // what INLINE_ROW needs, without its costly label scan
            Matcher m = INLINE_ROW.matcher(lines.get(i));
            while (m.find()) {
                String label = m.group(1).replaceAll("^[、,，:：]+", "").strip();
                if (HEADER.matcher(label).find() && !label.contains("数")) continue;
                BigDecimal[] v = {new BigDecimal(m.group(2)), new BigDecimal(m.group(3))};
                rows.add(new Row(label, v, new boolean[2], i + 1, Mentions.clip(lines.get(i).substring(m.start(), m.end()))));
            }
        }
        return rows;
    }

    /** True when a number is followed by white space and another number ("739 4359"). */
    static boolean hasSpacedNumbers(String line) {
        for (int i = 0; i + 2 < line.length(); i++) {
            if (!AsciiClasses.isDigit(line.charAt(i)) || !AsciiClasses.isSpace(line.charAt(i + 1))) continue;
            int j = i + 1;
            while (j < line.length() && AsciiClasses.isSpace(line.charAt(j))) j++;
            if (j < line.length() && line.charAt(j) == '-') j++;
            if (j < line.length() && AsciiClasses.isDigit(line.charAt(j))) return true;
        }
        return false;
    }

    /** A total row followed by "其中：1.…" rows, per column. */
    private List<Breakdown> groups(List<Row> rows, IntPredicate ocr) {
        List<Breakdown> out = new ArrayList<>();
        for (int i = 0; i + 1 < rows.size(); i++) {
            Row total = rows.get(i);
            if (!rows.get(i + 1).label().startsWith("其中") || NUMBERED.matcher(total.label()).find()) continue;
            List<Row> parts = new ArrayList<>();
            for (int j = i + 1; j < rows.size() && NUMBERED.matcher(rows.get(j).label()).find(); j++) parts.add(rows.get(j));
            if (parts.size() < 2) continue;
            boolean exhaustive = parts.stream().anyMatch(p -> residual.in(p.label()));
            for (int c = 0; c < 2; c++) {
                if (total.values()[c] == null) continue;
                List<Breakdown.Part> ps = new ArrayList<>();
                List<Evidence> ev = new ArrayList<>();
                for (Row p : parts) {
                    ps.add(new Breakdown.Part(clean(p.label()), p.values()[c], p.line()));
                    ev.add(new Evidence(p.quote(), p.line(), null, ocr.test(p.line())));
                }
                out.add(new Breakdown(Breakdown.Source.APPENDIX, clean(total.label()) + (c == 0 ? " (第1列)" : " (第2列)"),
                        total.values()[c], "", ps, exhaustive, new Evidence(total.quote(), total.line(), null, ocr.test(total.line())), ev));
            }
        }
        return out;
    }

    /** The same label with different values in one column. */
    private static List<FigureConflict> conflicts(List<Row> rows, IntPredicate ocr) {
        Map<String, Row> seen = new LinkedHashMap<>();
        List<FigureConflict> out = new ArrayList<>();
        for (Row r : rows) {
            String key = clean(r.label()).replaceAll("[\\s*＊]", "");
            Row first = seen.putIfAbsent(key, r);
            if (first == null) continue;
            for (int c = 0; c < 2; c++) {
                if (first.values()[c] != null && r.values()[c] != null && first.values()[c].compareTo(r.values()[c]) != 0) {
                    out.add(new FigureConflict(key, c == 0 ? "第1列" : "第2列", first.values()[c], r.values()[c],
                            new Evidence(first.quote(), first.line(), null, ocr.test(first.line())),
                            new Evidence(r.quote(), r.line(), null, ocr.test(r.line()))));
                }
            }
        }
        return out;
    }

    private static String clean(String label) {
        return label.replaceFirst("^其中\\s*[:：,，]?\\s*", "").replaceFirst("^\\d{1,2}\\s*[.、．]\\s*", "").strip();
    }
}
