package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.AsciiClasses;
import org.ogiaudit.ingest.Han;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Table;
import org.ogiaudit.model.TableCell;
import org.ogiaudit.model.TableRead;
import org.ogiaudit.model.Text;

/**
 * Reads the unified format's tables 二, 三 and 四 from extracted text, whatever shape they arrived in: HTML rows
 * ("label | 26 | | 26"), PDF lines ("label 95 0 0 0 0 0 95", labels wrapped or printed vertically), or a flattened
 * page whose cells are glued ("本年新收政府信息公开申请数量21710000218").
 *
 * <p>Each job has its class: {@link TableText} (the layout text and its line numbers), {@link TableLayout} (the rows
 * and where they stand), {@link CellParser} (a row's values), {@link GluedRows} (cutting glued digits by the column
 * totals). Values that cannot be read for certain are kept as unreadable, never as 0.
 */
final class TableReader {
    /** Why a row's cells are unknown when the row itself was not found. */
    private static final Text ROW_NOT_FOUND = Text.of("未找到该行", "row not found");

    /** Cells and table states of one report. */
    record Result(List<TableCell> cells, List<TableRead> tables) { }

    /** Table 四 starts at its heading, its header, or the 行政复议 | 行政诉讼 banner. */
    private static final Pattern T4_START = Pattern.compile(
            "(?m)^[四4]?\\s*、?\\s*(?:政府信息公开)?行政复议、?行政诉讼情况|结果维持|^行政复议\\s*\\|?\\s*行政诉讼");
    private static final Pattern T2_START = Pattern.compile("第二十条第\\s*[(（]一[)）]\\s*项|本年制发件数|本年新制作数量");
    private static final Pattern T2_TRIAL = Pattern.compile("本年新制作数量|上一年项目数量");
    private static final Pattern T2_BLOCK = Pattern.compile("第二十条");
    private static final Pattern T3_2021 = Pattern.compile("收费通知|逾期不补|不补正");
    private static final Pattern T4_WORDS = Pattern.compile("维持|审结");
    private static final Pattern LINE_WITH_DIGIT = Pattern.compile("[^\\n]*\\d[^\\n]*");
    private static final Pattern LAST_ROW_DIGITS = Pattern.compile("^[^\\d\\n]{0,40}?[\\d\\s]+");

    private TableReader() { }

    /** Reads tables 二, 三 and 四 from {@code lines[start..end)}; {@code ocr} tells the lines read by OCR (1-based). */
    static Result read(List<String> lines, int start, int end, IntPredicate ocr) {
        TableText text = new TableText(lines, start, end, ocr);
        List<TableCell> cells = new ArrayList<>();
        List<TableRead> reads = new ArrayList<>();
        // a report without the tables (every pre-2019 one) is ruled out by plain substring searches
        int t3Start = text.s.indexOf("本年新收");
        int t2Start = text.mayHold("第二十条", "本年制发件数", "本年新制作数量") ? text.find(T2_START, 0) : -1;
        int t4Start = text.mayHold("行政复议", "结果维持") ? text.find(T4_START, t3Start < 0 ? 0 : t3Start) : -1;
        reads.add(readT2(text, t2Start, t3Start >= 0 ? t3Start : t4Start, cells));
        int t3End = readT3(text, t3Start, t4Start, cells, reads);
        reads.add(readT4(text, t4Start, t3End, cells));
        return new Result(cells, reads);
    }

    private static TableRead readT2(TableText text, int from, int until, List<TableCell> cells) {
        if (from < 0) return new TableRead(Table.T2, TableRead.State.ABSENT, null, null);
        int end = until > from ? until : text.nextHeading(from);
        List<TableLayout.Row> rows = text.has(T2_TRIAL, from, end) ? TableLayout.T2_2019 : TableLayout.T2_2021;
        List<Text> problems = new ArrayList<>();
        TableLayout.Found found = TableLayout.find(text, rows, from, end, problems);
        for (int i = 0; i < rows.size(); i++) {
            TableLayout.Row row = rows.get(i);
            if (!found.has(i)) {
                addCells(cells, row, CellParser.Values.failed(row.columns().length, ROW_NOT_FOUND), 0, null, text);
                continue;
            }
            int segEnd = found.nextStart(i) >= 0 ? found.nextStart(i) : end;
            int blockHeader = text.find(T2_BLOCK, found.atEnd()[i]);
            if (blockHeader >= 0 && blockHeader < segEnd) segEnd = blockHeader;
            CellParser.Values v = CellParser.values(text.s.substring(found.atEnd()[i], segEnd), row.columns().length, null);
            if (!v.ok) problems.add(Text.of(row.label() + "：" + v.problem.zh(), row.label() + ": " + v.problem.en()));
            int valuesAt = text.firstDigit(found.atEnd()[i], segEnd);
            addCells(cells, row, v, text.lineOf(valuesAt), text.window(valuesAt), text);
        }
        return state(Table.T2, problems, text, from);
    }

    /** Reads table 三; returns where its last row ends (-1 when it is absent). */
    private static int readT3(TableText text, int from, int t4Start, List<TableCell> cells, List<TableRead> reads) {
        if (from < 0) {
            reads.add(new TableRead(Table.T3, TableRead.State.ABSENT, null, null));
            return -1;
        }
        int limit = t4Start > from ? t4Start : text.nextHeading(from + 1);
        List<TableLayout.Row> rows = TableLayout.t3(text.has(T3_2021, from, limit));
        List<Text> problems = new ArrayList<>();
        TableLayout.Found found = TableLayout.find(text, rows, from, limit, problems);
        int lastEnd = from;
        CellParser.Values[] read = new CellParser.Values[rows.size()];
        int[] where = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (!found.has(i)) {
                read[i] = CellParser.Values.failed(7, ROW_NOT_FOUND);
                continue;
            }
            int segEnd = found.nextStart(i);
            if (segEnd < 0) segEnd = endOfLastRow(text, found.atEnd()[i], limit);
            read[i] = CellParser.values(text.s.substring(found.atEnd()[i], segEnd), 7, new int[] {1, 7});
            where[i] = text.firstDigit(found.atEnd()[i], segEnd);
            lastEnd = segEnd;
        }
        GluedRows.solve(rows, read);
        for (int i = 0; i < rows.size(); i++) {
            TableLayout.Row row = rows.get(i);
            if (!read[i].ok) problems.add(Text.of(row.label() + "：" + read[i].problem.zh(), row.label() + ": " + read[i].problem.en()));
            addCells(cells, row, read[i], found.has(i) ? text.lineOf(where[i]) : 0, found.has(i) ? text.window(where[i]) : null, text);
        }
        reads.add(state(Table.T3, problems, text, from));
        return lastEnd;
    }

    /** The last row's values end with its line (or, without cell separators, with the digits after it). */
    private static int endOfLastRow(TableText text, int from, int limit) {
        int nl = text.s.indexOf('\n', from);
        int lineEnd = nl < 0 || nl > limit ? Math.min(limit, text.s.length()) : nl;
        String rest = text.s.substring(from, lineEnd);
        if (rest.contains("|")) return lineEnd;
        Matcher m = LAST_ROW_DIGITS.matcher(text.s);
        m.region(from, Math.min(text.s.length(), Math.max(limit, from)));
        return m.find() ? m.end() : lineEnd;
    }

    private static TableRead readT4(TableText text, int from, int notBefore, List<TableCell> cells) {
        if (from < 0) return new TableRead(Table.T4, TableRead.State.ABSENT, null, null);
        int end = text.nextHeading(from);
        // the header's words come in any order in PDFs ("结果结果其他…维持纠正"); the values follow its last word
        int headerEnd = from;
        for (int i = end - 1; i >= from; i--) {
            if (Han.is(text.s.charAt(i))) {
                headerEnd = i + 1;
                break;
            }
        }
        String seg = text.s.substring(headerEnd, end);
        if (!AsciiClasses.hasDigit(seg) && text.find(T4_WORDS, from) < 0) {
            return new TableRead(Table.T4, TableRead.State.ABSENT, null, null); // a heading without its table
        }
        if (seg.contains("|")) {
            Matcher line = LINE_WITH_DIGIT.matcher(seg);
            seg = line.find() ? "|" + line.group() : seg; // a leading separator: the values start at once
        }
        CellParser.Values v = CellParser.values(seg, 15, new int[] {3, 5});
        List<Text> problems = new ArrayList<>();
        if (!v.ok) problems.add(v.problem);
        int valuesAt = text.firstDigit(headerEnd, end);
        for (int g = 0; g < 3; g++) {
            TableLayout.Row row = new TableLayout.Row(TableLayout.T4_ROWS[g], TableLayout.T4_ROWS[g].getLabel(), null,
                    TableLayout.REVIEW_COLUMNS);
            addCells(cells, row, v.slice(g * 5, 5), text.lineOf(valuesAt), text.window(valuesAt), text);
        }
        return state(Table.T4, problems, text, from);
    }

    private static void addCells(List<TableCell> cells, TableLayout.Row row, CellParser.Values v, int line, String quote,
                                 TableText text) {
        boolean ocr = text.readByOcr(line);
        for (int c = 0; c < row.columns().length; c++) {
            boolean readable = v.ok && (v.numbers[c] != null || v.blank[c]);
            cells.add(new TableCell(row.row(), row.columns()[c], row.label(), v.ok ? v.numbers[c] : null, v.raw[c], v.blank[c],
                    readable, v.how, v.problem == null ? null : v.problem.en(), line, quote, ocr, null));
        }
    }

    private static TableRead state(Table table, List<Text> problems, TableText text, int from) {
        int line = text.lineOf(from);
        Evidence where = new Evidence(Mentions.clip(text.lineText(from)), line, null, text.readByOcr(line));
        if (problems.isEmpty()) return new TableRead(table, TableRead.State.READ, null, where);
        return new TableRead(table, TableRead.State.PARTLY_READ, Text.of(String.join("；", problems.stream().map(Text::zh).toList()),
                String.join("; ", problems.stream().map(Text::en).toList())), where);
    }
}
