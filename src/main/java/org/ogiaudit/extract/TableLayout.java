package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.TableColumn;
import org.ogiaudit.model.TableRow;
import org.ogiaudit.model.Text;

/**
 * The unified formats' table layouts (国办公开办函〔2019〕60号, 〔2021〕30号; requirements §3.4–3.6): each row with the
 * words that find its label in extracted text, and its columns; and where in a report each row stands.
 */
final class TableLayout {
    /** A row of a layout: which row, its label as printed, the words that find it, and its columns. */
    record Row(TableRow row, String label, Pattern anchor, TableColumn[] columns) { }

    /** Where each row's label was found: start and end offsets, -1 when it was not. */
    record Found(int[] at, int[] atEnd) {
        boolean has(int i) { return at[i] >= 0; }

        /** Where the next row found after {@code i} starts, or -1. */
        int nextStart(int i) {
            for (int j = i + 1; j < at.length; j++) if (at[j] >= 0) return at[j];
            return -1;
        }
    }

    static final TableColumn[] APPLICANTS = {TableColumn.NATURAL_PERSON, TableColumn.COMMERCIAL, TableColumn.RESEARCH,
        TableColumn.PUBLIC_INTEREST, TableColumn.LEGAL_SERVICE, TableColumn.OTHER, TableColumn.TOTAL};
    static final TableColumn[] REVIEW_COLUMNS = {TableColumn.UPHELD, TableColumn.CORRECTED, TableColumn.OTHER,
        TableColumn.PENDING, TableColumn.TOTAL};
    static final TableRow[] T4_ROWS = {TableRow.T4_REVIEW, TableRow.T4_LITIGATION_DIRECT, TableRow.T4_LITIGATION_AFTER_REVIEW};

    /** A row's list number ("2." "3、"): one digit, which on a flattened page follows the previous row's digits. */
    private static final String LIST_NO = "(?:\\d\\s*[.、．]\\s*)?";

    private static Row t3(TableRow row, String words) {
        return new Row(row, row.getLabel(), Pattern.compile(LIST_NO + "(?:" + words + ")"), APPLICANTS);
    }

    private static final List<Row> T3_HEAD = List.of(
            t3(TableRow.T3_NEW, "本年新收"),
            t3(TableRow.T3_CARRIED_OVER, "上年结转"),
            t3(TableRow.T3_GRANTED, "予以公开"),
            t3(TableRow.T3_PARTLY_GRANTED, "部分公开"),
            t3(TableRow.T3_REFUSED_1, "国家秘密"),
            t3(TableRow.T3_REFUSED_2, "法规禁止|禁止公开|行政止公开|其他法律"),
            t3(TableRow.T3_REFUSED_3, "三安全|一稳定"),
            t3(TableRow.T3_REFUSED_4, "第三方"),
            t3(TableRow.T3_REFUSED_5, "内部事务"),
            t3(TableRow.T3_REFUSED_6, "过程性"),
            t3(TableRow.T3_REFUSED_7, "执法案卷"),
            t3(TableRow.T3_REFUSED_8, "行政查询"),
            t3(TableRow.T3_UNABLE_1, "不掌握"),
            t3(TableRow.T3_UNABLE_2, "另行制作|现成信息"),
            t3(TableRow.T3_UNABLE_3, "仍不明确|补正后申请"),
            t3(TableRow.T3_NOT_HANDLED_1, "信访|举报投诉"),
            t3(TableRow.T3_NOT_HANDLED_2, "重复申请"),
            t3(TableRow.T3_NOT_HANDLED_3, "出版物"),
            t3(TableRow.T3_NOT_HANDLED_4, "大量反复"),
            t3(TableRow.T3_NOT_HANDLED_5, "重新出具|确认或重新"));
    private static final List<Row> T3_OTHER_2019 = List.of(t3(TableRow.T3_OTHER, "其他处理"));
    private static final List<Row> T3_OTHER_2021 = List.of(
            t3(TableRow.T3_OTHER_1, "逾期不补|不补正"),
            t3(TableRow.T3_OTHER_2, "收费通知|缴纳费用"),
            t3(TableRow.T3_OTHER_3, "其他(?!法律|处理)"));
    private static final List<Row> T3_TAIL = List.of(
            t3(TableRow.T3_TOTAL, "总计"),
            t3(TableRow.T3_CARRIED_FORWARD, "结转下年度"));

    private static Row t2(TableRow row, String label, String words, TableColumn... columns) {
        return new Row(row, label, Pattern.compile(words), columns);
    }

    static final List<Row> T2_2021 = List.of(
            t2(TableRow.T2_RULES, "规章", "规章", TableColumn.ISSUED, TableColumn.REPEALED, TableColumn.IN_FORCE),
            t2(TableRow.T2_NORMATIVE, "行政规范性文件", "(?:行政)?规范性文件", TableColumn.ISSUED, TableColumn.REPEALED, TableColumn.IN_FORCE),
            t2(TableRow.T2_LICENSING, "行政许可", "行政许可", TableColumn.DECISIONS),
            t2(TableRow.T2_PENALTY, "行政处罚", "行政处罚", TableColumn.DECISIONS),
            t2(TableRow.T2_COERCION, "行政强制", "行政强制", TableColumn.DECISIONS),
            t2(TableRow.T2_FEES, "行政事业性收费", "行政事业性收费", TableColumn.AMOUNT));
    static final List<Row> T2_2019 = List.of(
            t2(TableRow.T2_RULES, "规章", "规章", TableColumn.NEW_MADE, TableColumn.NEW_PUBLISHED, TableColumn.TOTAL_PUBLISHED),
            t2(TableRow.T2_NORMATIVE, "规范性文件", "(?:行政)?规范性文件", TableColumn.NEW_MADE, TableColumn.NEW_PUBLISHED, TableColumn.TOTAL_PUBLISHED),
            t2(TableRow.T2_LICENSING, "行政许可", "行政许可", TableColumn.LAST_YEAR, TableColumn.CHANGE, TableColumn.DECISIONS),
            t2(TableRow.T2_OTHER_SERVICES, "其他对外管理服务事项", "其他对外管理服务事项", TableColumn.LAST_YEAR, TableColumn.CHANGE, TableColumn.DECISIONS),
            t2(TableRow.T2_PENALTY, "行政处罚", "行政处罚", TableColumn.LAST_YEAR, TableColumn.CHANGE, TableColumn.DECISIONS),
            t2(TableRow.T2_COERCION, "行政强制", "行政强制", TableColumn.LAST_YEAR, TableColumn.CHANGE, TableColumn.DECISIONS),
            t2(TableRow.T2_FEES, "行政事业性收费", "行政事业性收费", TableColumn.LAST_YEAR, TableColumn.CHANGE),
            t2(TableRow.T2_PROCUREMENT, "政府集中采购", "政府集中采购", TableColumn.PROJECTS, TableColumn.AMOUNT));

    private TableLayout() { }

    /** Table 三's rows: (六)其他处理 is one row under the 2019 trial format, three under the 2021 format. */
    static List<Row> t3(boolean format2021) {
        List<Row> rows = new ArrayList<>(T3_HEAD);
        rows.addAll(format2021 ? T3_OTHER_2021 : T3_OTHER_2019);
        rows.addAll(T3_TAIL);
        return rows;
    }

    /**
     * Finds each row's label in the format's order between {@code from} and {@code limit}; a row not found is added to
     * {@code problems} as "label not found".
     */
    static Found find(TableText text, List<Row> rows, int from, int limit, List<Text> problems) {
        int[] at = new int[rows.size()];
        int[] atEnd = new int[rows.size()];
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
                problems.add(Text.of(rows.get(i).label() + "：未找到该行", rows.get(i).label() + " not found"));
            }
        }
        return new Found(at, atEnd);
    }
}
