package org.ogiaudit.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.AsciiClasses;
import org.ogiaudit.ingest.Han;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.TableCell;
import org.ogiaudit.model.TableRead;

/**
 * Reads the unified format's tables 二, 三 and 四 (国办公开办函〔2019〕60号, 〔2021〕30号; layouts in the requirements
 * §3.4–3.6) from extracted text, whatever shape they arrived in: HTML rows ("label | 26 | | 26"), PDF lines
 * ("label 95 0 0 0 0 0 95", labels wrapped or printed vertically), or a flattened page whose cells are glued
 * ("本年新收政府信息公开申请数量21710000218").
 *
 * <p>Each canonical row is found by its label words, in the format's order; its values are what stands between its
 * label and the next row's. Values that cannot be read for certain are kept as unreadable, never as 0.
 */
public final class TableReader {
    /** Cells and table states of one report. */
    public record Result(List<TableCell> cells, List<TableRead> tables) { }

    /** A canonical row: key, printed label, the words that find it, and its column keys. */
    record Row(String key, String label, Pattern anchor, String[] columns) { }

    static final String[] APPLICANTS = {"NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "PUBLIC_INTEREST", "LEGAL_SERVICE", "OTHER", "TOTAL"};
    static final String[] REVIEW_COLUMNS = {"UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL"};
    static final String[] T4_ROWS = {"REVIEW", "LITIGATION_DIRECT", "LITIGATION_AFTER_REVIEW"};
    static final String[] T4_LABELS = {"行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉"};
    /** A row's list number ("2." "3、"): one digit, which on a flattened page follows the previous row's digits. */
    private static final String LIST_NO = "(?:\\d\\s*[.、．]\\s*)?";

    private static Row t3(String key, String label, String words) {
        return new Row(key, label, Pattern.compile(LIST_NO + "(?:" + words + ")"), APPLICANTS);
    }

    private static final List<Row> T3_HEAD = List.of(
            t3("R1", "一、本年新收政府信息公开申请数量", "本年新收"),
            t3("R2", "二、上年结转政府信息公开申请数量", "上年结转"),
            t3("R3.1", "(一)予以公开", "予以公开"),
            t3("R3.2", "(二)部分公开", "部分公开"),
            t3("R3.3.1", "(三)不予公开 1.属于国家秘密", "国家秘密"),
            t3("R3.3.2", "(三)不予公开 2.其他法律行政法规禁止公开", "法规禁止|禁止公开|行政止公开|其他法律"),
            t3("R3.3.3", "(三)不予公开 3.危及“三安全一稳定”", "三安全|一稳定"),
            t3("R3.3.4", "(三)不予公开 4.保护第三方合法权益", "第三方"),
            t3("R3.3.5", "(三)不予公开 5.属于三类内部事务信息", "内部事务"),
            t3("R3.3.6", "(三)不予公开 6.属于四类过程性信息", "过程性"),
            t3("R3.3.7", "(三)不予公开 7.属于行政执法案卷", "执法案卷"),
            t3("R3.3.8", "(三)不予公开 8.属于行政查询事项", "行政查询"),
            t3("R3.4.1", "(四)无法提供 1.本机关不掌握相关政府信息", "不掌握"),
            t3("R3.4.2", "(四)无法提供 2.没有现成信息需要另行制作", "另行制作|现成信息"),
            t3("R3.4.3", "(四)无法提供 3.补正后申请内容仍不明确", "仍不明确|补正后申请"),
            t3("R3.5.1", "(五)不予处理 1.信访举报投诉类申请", "信访|举报投诉"),
            t3("R3.5.2", "(五)不予处理 2.重复申请", "重复申请"),
            t3("R3.5.3", "(五)不予处理 3.要求提供公开出版物", "出版物"),
            t3("R3.5.4", "(五)不予处理 4.无正当理由大量反复申请", "大量反复"),
            t3("R3.5.5", "(五)不予处理 5.要求行政机关确认或重新出具已获取信息", "重新出具|确认或重新"));
    private static final List<Row> T3_OTHER_2019 = List.of(t3("R3.6", "(六)其他处理", "其他处理"));
    private static final List<Row> T3_OTHER_2021 = List.of(
            t3("R3.6.1", "(六)其他处理 1.申请人无正当理由逾期不补正", "逾期不补|不补正"),
            t3("R3.6.2", "(六)其他处理 2.申请人逾期未按收费通知要求缴纳费用", "收费通知|缴纳费用"),
            t3("R3.6.3", "(六)其他处理 3.其他", "其他(?!法律|处理)"));
    private static final List<Row> T3_TAIL = List.of(
            t3("R3.7", "(七)总计", "总计"),
            t3("R4", "四、结转下年度继续办理", "结转下年度"));

    private static Row t2(String key, String label, String words, String... columns) {
        return new Row(key, label, Pattern.compile(words), columns);
    }

    private static final List<Row> T2_2021 = List.of(
            t2("RULES", "规章", "规章", "ISSUED", "REPEALED", "IN_FORCE"),
            t2("NORMATIVE", "行政规范性文件", "(?:行政)?规范性文件", "ISSUED", "REPEALED", "IN_FORCE"),
            t2("LICENSING", "行政许可", "行政许可", "DECISIONS"),
            t2("PENALTY", "行政处罚", "行政处罚", "DECISIONS"),
            t2("COERCION", "行政强制", "行政强制", "DECISIONS"),
            t2("FEES", "行政事业性收费", "行政事业性收费", "AMOUNT"));
    private static final List<Row> T2_2019 = List.of(
            t2("RULES", "规章", "规章", "NEW_MADE", "NEW_PUBLISHED", "TOTAL_PUBLISHED"),
            t2("NORMATIVE", "规范性文件", "(?:行政)?规范性文件", "NEW_MADE", "NEW_PUBLISHED", "TOTAL_PUBLISHED"),
            t2("LICENSING", "行政许可", "行政许可", "LAST_YEAR", "CHANGE", "DECISIONS"),
            t2("OTHER_SERVICES", "其他对外管理服务事项", "其他对外管理服务事项", "LAST_YEAR", "CHANGE", "DECISIONS"),
            t2("PENALTY", "行政处罚", "行政处罚", "LAST_YEAR", "CHANGE", "DECISIONS"),
            t2("COERCION", "行政强制", "行政强制", "LAST_YEAR", "CHANGE", "DECISIONS"),
            t2("FEES", "行政事业性收费", "行政事业性收费", "LAST_YEAR", "CHANGE"),
            t2("PROCUREMENT", "政府集中采购", "政府集中采购", "PROJECTS", "AMOUNT"));

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
    private static final Pattern NEXT_HEADING = Pattern.compile("(?m)^[一二三四五六七八九十]{1,2}、\\s*(?!本年|上年|结转)\\p{IsHan}{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    /**
     * A row's list number: a digit and "." or "、" before a Chinese label, even right after the previous row's digits
     * on a flattened page ("…00000003.危及…"). A decimal point is followed by digits, so amounts are safe.
     */
    private static final Pattern LIST_MARKER = Pattern.compile("\\d[、．.](?=\\s*[\\p{IsHan}“”\"'(（])|(?<![\\d.])\\d{1,2}[、．.](?=\\s*\\D)");
    private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");
    /** What a cell may hold around its number: spaces, thousands separators, a unit. */
    private static final Pattern CELL_NOISE = Pattern.compile("[\\s,，元万]");
    /** A bracketed remark without digits ("(本列数据…)"), which sits between a row's label and its numbers. */
    private static final Pattern BRACKETED_WORDS = Pattern.compile("[(（][^)）\\d]{0,40}[)）]");
    private static final Pattern ZEROISH = Pattern.compile("^[—–\\-－/]+$|^无$");

    private TableReader() { }

    /** Reads tables 二, 三 and 四 from {@code lines[start..end)}. */
    public static Result read(List<String> lines, int start, int end) {
        Joined text = new Joined(lines, start, end);
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

    // ---- table 二 ----

    private static TableRead readT2(Joined text, int from, int until, List<TableCell> cells) {
        if (from < 0) return new TableRead("T2", TableRead.State.ABSENT, null, null);
        int end = until > from ? until : text.nextHeading(from);
        boolean trial = text.has(T2_TRIAL, from, end);
        List<Row> rows = trial ? T2_2019 : T2_2021;
        List<String> problems = new ArrayList<>();
        int[] at = new int[rows.size()];
        int[] atEnd = new int[rows.size()];
        findRows(text, rows, from, end, at, atEnd, problems);
        for (int i = 0; i < rows.size(); i++) {
            if (at[i] < 0) {
                addCells(cells, "T2", rows.get(i), fail(new Values(rows.get(i).columns().length), "row not found"), 0, null);
                continue;
            }
            int segEnd = end;
            for (int j = i + 1; j < rows.size(); j++) if (at[j] >= 0) { segEnd = at[j]; break; }
            int blockHeader = text.find(T2_BLOCK, atEnd[i]);
            if (blockHeader >= 0 && blockHeader < segEnd) segEnd = blockHeader;
            Row row = rows.get(i);
            Values v = values(text.s.substring(atEnd[i], segEnd), row.columns().length, null);
            if (!v.ok) problems.add(row.label() + ": " + v.problem);
            addCells(cells, "T2", row, v, text.lineOf(valuesAt(text, atEnd[i], segEnd)), text.window(valuesAt(text, atEnd[i], segEnd)));
        }
        return state("T2", problems, text, from);
    }

    /**
     * Finds each row's label in the format's order between {@code from} and {@code limit}: where row i starts and its
     * label ends ({@code at[i] = -1} when it is not there, which {@code problems} then says).
     */
    private static void findRows(Joined text, List<Row> rows, int from, int limit, int[] at, int[] atEnd, List<String> problems) {
        int cursor = from;
        for (int i = 0; i < rows.size(); i++) {
            Matcher m = rows.get(i).anchor().matcher(text.s);
            m.region(cursor, limit);
            if (m.find()) {
                at[i] = m.start();
                atEnd[i] = m.end();
                cursor = m.end();
            } else {
                at[i] = -1;
                problems.add(rows.get(i).label() + " not found");
            }
        }
    }

    // ---- table 三 ----

    private static int readT3(Joined text, int from, int t4Start, List<TableCell> cells, List<TableRead> reads) {
        if (from < 0) {
            reads.add(new TableRead("T3", TableRead.State.ABSENT, null, null));
            return -1;
        }
        int limit = t4Start > from ? t4Start : text.nextHeading(from + 1);
        boolean format2021 = text.has(T3_2021, from, limit);
        List<Row> rows = new ArrayList<>(T3_HEAD);
        rows.addAll(format2021 ? T3_OTHER_2021 : T3_OTHER_2019);
        rows.addAll(T3_TAIL);
        int[] at = new int[rows.size()];
        int[] atEnd = new int[rows.size()];
        List<String> problems = new ArrayList<>();
        findRows(text, rows, from, limit, at, atEnd, problems);
        int lastEnd = from;
        Values[] read = new Values[rows.size()];
        int[] where = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (at[i] < 0) {
                read[i] = fail(new Values(7), "row not found");
                continue;
            }
            int segEnd = -1;
            for (int j = i + 1; j < rows.size(); j++) if (at[j] >= 0) { segEnd = at[j]; break; }
            if (segEnd < 0) segEnd = endOfLastRow(text, atEnd[i], limit);
            read[i] = values(text.s.substring(atEnd[i], segEnd), 7, new int[] {1, 7});
            where[i] = valuesAt(text, atEnd[i], segEnd);
            lastEnd = segEnd;
        }
        resolveByColumns(rows, read);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!read[i].ok) problems.add(row.label() + ": " + read[i].problem);
            addCells(cells, "T3", row, read[i], at[i] < 0 ? 0 : text.lineOf(where[i]), at[i] < 0 ? null : text.window(where[i]));
        }
        reads.add(state("T3", problems, text, from));
        return lastEnd;
    }

    /** How cells cut by both the row and the column totals are marked: no identity may then test them. */
    public static final String BY_ROW_AND_COLUMN = "split by the row and column totals";

    /**
     * Where glued rows allow several cuts, tries every combination and keeps the only one under which each column of
     * table 三 balances (新收 + 结转 = 总计 + 结转下年度) and its results add up to (七)总计. No combination, or more than
     * one, leaves the rows unreadable.
     */
    private static void resolveByColumns(List<Row> rows, Values[] read) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < read.length; i++) {
            if (read[i].ok) continue;
            if (read[i].candidates.size() < 2) return; // a row that cannot be read at all: nothing to solve for
            open.add(i);
        }
        if (open.isEmpty()) return;
        long combos = 1;
        for (int i : open) {
            combos *= read[i].candidates.size();
            if (combos > 100_000) return;
        }
        int total = -1;
        int r1 = -1;
        int r2 = -1;
        int r4 = -1;
        for (int i = 0; i < rows.size(); i++) {
            switch (rows.get(i).key()) {
                case "R3.7" -> total = i;
                case "R1" -> r1 = i;
                case "R2" -> r2 = i;
                case "R4" -> r4 = i;
                default -> { }
            }
        }
        int[] choice = new int[open.size()];
        int[] found = null;
        for (long c = 0; c < combos; c++) {
            long rest = c;
            for (int k = 0; k < open.size(); k++) {
                choice[k] = (int) (rest % read[open.get(k)].candidates.size());
                rest /= read[open.get(k)].candidates.size();
            }
            if (columnsAddUp(rows, read, open, choice, total, r1, r2, r4)) {
                if (found != null) return; // two combinations work: still ambiguous
                found = choice.clone();
            }
        }
        if (found == null) return;
        for (int k = 0; k < open.size(); k++) {
            Values v = read[open.get(k)];
            long[] cut = v.candidates.get(found[k]);
            for (int c = 0; c < 7; c++) {
                v.numbers[c] = BigDecimal.valueOf(cut[c]);
                v.raw[c] = Long.toString(cut[c]);
            }
            v.ok = true;
            v.problem = null;
            v.how = BY_ROW_AND_COLUMN;
        }
    }

    private static boolean columnsAddUp(List<Row> rows, Values[] read, List<Integer> open, int[] choice,
                                        int total, int r1, int r2, int r4) {
        for (int col = 0; col < 7; col++) {
            long leaves = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).key().startsWith("R3.") && i != total) leaves += value(read, open, choice, i, col);
            }
            long t = value(read, open, choice, total, col);
            if (leaves != t) return false;
            if (value(read, open, choice, r1, col) + value(read, open, choice, r2, col) != t + value(read, open, choice, r4, col)) {
                return false;
            }
        }
        return true;
    }

    private static long value(Values[] read, List<Integer> open, int[] choice, int row, int col) {
        if (row < 0) return 0;
        int k = open.indexOf(row);
        if (k >= 0) return read[row].candidates.get(choice[k])[col];
        return read[row].numbers[col] == null ? 0 : read[row].numbers[col].longValue();
    }

    /** The last row's values end with its line (or, without cell separators, with the digits after it). */
    private static int endOfLastRow(Joined text, int from, int limit) {
        int nl = text.s.indexOf('\n', from);
        int lineEnd = nl < 0 || nl > limit ? Math.min(limit, text.s.length()) : nl;
        String rest = text.s.substring(from, lineEnd);
        if (rest.contains("|")) return lineEnd;
        Matcher m = LAST_ROW_DIGITS.matcher(text.s);
        m.region(from, Math.min(text.s.length(), Math.max(limit, from)));
        return m.find() ? m.end() : lineEnd;
    }

    // ---- table 四 ----

    private static TableRead readT4(Joined text, int from, int notBefore, List<TableCell> cells) {
        if (from < 0) return new TableRead("T4", TableRead.State.ABSENT, null, null);
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
            return new TableRead("T4", TableRead.State.ABSENT, null, null); // a heading without its table
        }
        if (seg.contains("|")) {
            Matcher line = LINE_WITH_DIGIT.matcher(seg);
            seg = line.find() ? "|" + line.group() : seg; // a leading separator: the values start at once
        }
        Values v = values(seg, 15, new int[] {3, 5});
        List<String> problems = new ArrayList<>();
        if (!v.ok) problems.add(v.problem);
        int valuesAt = valuesAt(text, headerEnd, end);
        for (int g = 0; g < 3; g++) {
            Row row = new Row(T4_ROWS[g], T4_LABELS[g], null, REVIEW_COLUMNS);
            Values part = v.slice(g * 5, 5);
            addCells(cells, "T4", row, part, text.lineOf(valuesAt), text.window(valuesAt));
        }
        return state("T4", problems, text, from);
    }

    /** Where a row's values start: its first digit (or the row's start when it has none). */
    private static int valuesAt(Joined text, int from, int to) {
        for (int i = from; i < Math.min(to, text.s.length()); i++) if (Character.isDigit(text.s.charAt(i))) return i;
        return from;
    }

    // ---- values ----

    /** The values of one row: numbers (null where blank or unreadable), raw texts, and how they were read. */
    static final class Values {
        BigDecimal[] numbers;
        String[] raw;
        boolean[] blank;
        boolean ok;
        String how = "cell";
        String problem;
        /** Cuts of a glued row that all satisfy the row total, when there is more than one. */
        List<long[]> candidates = List.of();

        Values(int n) {
            numbers = new BigDecimal[n];
            raw = new String[n];
            blank = new boolean[n];
        }

        Values slice(int from, int n) {
            Values v = new Values(n);
            System.arraycopy(numbers, from, v.numbers, 0, n);
            System.arraycopy(raw, from, v.raw, 0, n);
            System.arraycopy(blank, from, v.blank, 0, n);
            v.ok = ok;
            v.how = how;
            v.problem = problem;
            return v;
        }
    }

    /**
     * Reads {@code n} values from the text after a row's label. With " | " separators (HTML) the last {@code n}
     * cells are the values and blanks are known; without them, the numbers in order, or one glued run of digits split
     * by the row's identity ({@code groups[0]} groups of {@code groups[1]}, the last of each the sum of the others).
     */
    static Values values(String segment, int n, int[] groups) {
        Values v = new Values(n);
        if (segment.contains("|")) {
            int nl = segment.indexOf('\n', segment.indexOf('|'));
            String line = nl < 0 ? segment : segment.substring(0, nl);
            List<String> pieces = new ArrayList<>(Arrays.asList(line.split("\\|", -1)));
            pieces.remove(0);
            if (pieces.size() < n) return fail(v, "found " + pieces.size() + " cells, expected " + n);
            pieces = pieces.subList(pieces.size() - n, pieces.size());
            boolean allBlank = pieces.stream().allMatch(p -> p.strip().isEmpty());
            for (int i = 0; i < n; i++) {
                String p = pieces.get(i).strip();
                v.raw[i] = p;
                if (p.isEmpty()) {
                    v.blank[i] = true;
                    if (allBlank) v.numbers[i] = BigDecimal.ZERO;
                } else if (ZEROISH.matcher(p).matches()) {
                    v.numbers[i] = BigDecimal.ZERO;
                } else if (NUMBER.matcher(CELL_NOISE.matcher(p).replaceAll("")).matches()) {
                    v.numbers[i] = new BigDecimal(CELL_NOISE.matcher(p).replaceAll(""));
                } else {
                    return fail(v, "cell " + (i + 1) + " reads \"" + p + "\"");
                }
            }
            if (allBlank) v.how = "blank row";
            v.ok = true;
            return v;
        }
        String clean = LIST_MARKER.matcher(segment).replaceAll(" ");
        clean = BRACKETED_WORDS.matcher(clean).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        Matcher m = NUMBER.matcher(clean);
        while (m.find()) tokens.add(m.group());
        if (tokens.size() == n) {
            for (int i = 0; i < n; i++) {
                v.raw[i] = tokens.get(i);
                v.numbers[i] = new BigDecimal(tokens.get(i));
            }
            v.ok = true;
            return v;
        }
        if (tokens.isEmpty()) return fail(v, "no numbers");
        String digits = String.join("", tokens);
        if (groups != null && ALL_DIGITS.matcher(digits).matches()) {
            long[] split = GluedDigits.splitGroups(digits, groups[0], groups[1]);
            if (split != null) {
                for (int i = 0; i < n; i++) {
                    v.raw[i] = Long.toString(split[i]);
                    v.numbers[i] = BigDecimal.valueOf(split[i]);
                }
                v.how = "split by the row total";
                v.ok = true;
                return v;
            }
            Values f = fail(v, "\"" + String.join(" ", tokens) + "\" cannot be cut into " + n + " cells in one way only");
            f.candidates = GluedDigits.allSplits(digits, groups[0], groups[1], 50);
            return f;
        }
        if (digits.matches("0+") && digits.length() == n) {
            for (int i = 0; i < n; i++) {
                v.raw[i] = "0";
                v.numbers[i] = BigDecimal.ZERO;
            }
            v.how = "split (all zeros)";
            v.ok = true;
            return v;
        }
        return fail(v, "found " + tokens.size() + " number(s) \"" + String.join(" ", tokens) + "\", expected " + n);
    }

    private static Values fail(Values v, String problem) {
        v.ok = false;
        v.problem = problem;
        Arrays.fill(v.numbers, null);
        return v;
    }

    private static void addCells(List<TableCell> cells, String table, Row row, Values v, int line, String quote) {
        for (int c = 0; c < row.columns().length; c++) {
            boolean readable = v.ok && (v.numbers[c] != null || v.blank[c]);
            cells.add(new TableCell(table, row.key(), row.columns()[c], row.label(), v.ok ? v.numbers[c] : null,
                    v.raw[c], v.blank[c], readable, v.ok ? v.how : "unreadable: " + v.problem, line, quote));
        }
    }

    private static TableRead state(String table, List<String> problems, Joined text, int from) {
        Evidence where = new Evidence(Mentions.clip(text.lineText(from)), text.lineOf(from));
        if (problems.isEmpty()) return new TableRead(table, TableRead.State.READ, null, where);
        return new TableRead(table, TableRead.State.PARTLY_READ, String.join("; ", problems), where);
    }

    /** The report's lines joined with '\n', with offsets mapped back to 1-based line numbers. */
    static final class Joined {
        final String s;
        final int[] starts;
        final int firstLine;
        final List<String> lines;

        Joined(List<String> lines, int start, int end) {
            StringBuilder sb = new StringBuilder();
            starts = new int[end - start];
            for (int i = start; i < end; i++) {
                starts[i - start] = sb.length();
                sb.append(lines.get(i)).append('\n');
            }
            s = sb.toString();
            firstLine = start + 1;
            this.lines = lines;
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
    }
}
