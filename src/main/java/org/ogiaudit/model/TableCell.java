package org.ogiaudit.model;

import java.math.BigDecimal;

/**
 * One cell of a unified-format statistics table, mapped to a canonical row and column.
 *
 * <p>Tables: {@code T2} (主动公开), {@code T3} (收到和处理申请), {@code T4} (行政复议、行政诉讼). Row keys of table 三:
 * {@code R1} 本年新收, {@code R2} 上年结转, {@code R3.1} 予以公开, {@code R3.2} 部分公开, {@code R3.3.1}…{@code R3.3.8}
 * 不予公开, {@code R3.4.1}…{@code R3.4.3} 无法提供, {@code R3.5.1}…{@code R3.5.5} 不予处理, {@code R3.6} (2019 format) or
 * {@code R3.6.1}…{@code R3.6.3} 其他处理, {@code R3.7} 总计, {@code R4} 结转下年度; columns {@code NATURAL_PERSON},
 * {@code COMMERCIAL}, {@code RESEARCH}, {@code PUBLIC_INTEREST}, {@code LEGAL_SERVICE}, {@code OTHER}, {@code TOTAL}.
 * Table 四: rows {@code REVIEW}, {@code LITIGATION_DIRECT}, {@code LITIGATION_AFTER_REVIEW}; columns {@code UPHELD},
 * {@code CORRECTED}, {@code OTHER}, {@code PENDING}, {@code TOTAL}.
 *
 * <p>A cell whose text could not be read keeps {@code value} null and {@code readable} false: it is never taken as 0.
 * A blank cell keeps {@code blank} true and {@code value} 0 only where the whole row is blank (catalogue: blank counts as
 * 0 only there); elsewhere it is blank and unknown.
 */
public final class TableCell {
    private final String table;
    private final String row;
    private final String column;
    private final String rowLabel;
    private final BigDecimal value;
    private final String raw;
    private final boolean blank;
    private final boolean readable;
    private final String readHow;
    private final int line;
    private final String quote;

    public TableCell(String table, String row, String column, String rowLabel, BigDecimal value, String raw,
                     boolean blank, boolean readable, String readHow, int line, String quote) {
        this.table = table;
        this.row = row;
        this.column = column;
        this.rowLabel = rowLabel;
        this.value = value;
        this.raw = raw;
        this.blank = blank;
        this.readable = readable;
        this.readHow = readHow;
        this.line = line;
        this.quote = quote;
    }

    public String getTable() { return table; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    /** The row's label as the format prints it, for messages ("(一)予以公开"). */
    public String getRowLabel() { return rowLabel; }
    /** The number, or null when the cell is unreadable or blank in a row that is not all blank. */
    public BigDecimal getValue() { return value; }
    /** The value as a whole number (0 when unknown); use with {@link #isKnown()}. */
    public long getCount() { return value == null ? 0 : value.longValue(); }
    public String getRaw() { return raw; }
    /** The column's name as the format prints it ("自然人", "结果维持"). */
    public String getColumnName() { return columnName(column); }
    public boolean isBlank() { return blank; }
    public boolean isReadable() { return readable; }
    /** True when the cell has a number (read, or a blank in an all-blank row). */
    public boolean isKnown() { return value != null; }
    /** How the value was read: "cell", "split by the row total" (glued digits), "blank row". */
    public String getReadHow() { return readHow; }
    public int getLine() { return line; }
    /** A reference a person can follow: "表三 (一)予以公开 / 总计". */
    public String getReference() {
        return tableName(table) + " " + rowLabel + " / " + columnName(column);
    }
    /** The text the row was read from (part of its line), with the cell and its value as the label. */
    public Evidence getEvidence() {
        return new Evidence(quote == null ? "" : quote, line, getReference() + " = " + (raw == null || raw.isEmpty() ? "(空白)" : raw));
    }

    static String tableName(String t) {
        return switch (t) {
            case "T2" -> "表二";
            case "T3" -> "表三";
            case "T4" -> "表四";
            default -> t;
        };
    }

    static String columnName(String c) {
        return switch (c) {
            case "NATURAL_PERSON" -> "自然人";
            case "COMMERCIAL" -> "商业企业";
            case "RESEARCH" -> "科研机构";
            case "PUBLIC_INTEREST" -> "社会公益组织";
            case "LEGAL_SERVICE" -> "法律服务机构";
            case "OTHER" -> "其他";
            case "TOTAL" -> "总计";
            case "UPHELD" -> "结果维持";
            case "CORRECTED" -> "结果纠正";
            case "PENDING" -> "尚未审结";
            case "ISSUED" -> "本年制发件数";
            case "REPEALED" -> "本年废止件数";
            case "IN_FORCE" -> "现行有效件数";
            case "DECISIONS" -> "本年处理决定数量";
            case "AMOUNT" -> "金额";
            case "NEW_MADE" -> "本年新制作数量";
            case "NEW_PUBLISHED" -> "本年新公开数量";
            case "TOTAL_PUBLISHED" -> "对外公开总数量";
            case "LAST_YEAR" -> "上一年项目数量";
            case "CHANGE" -> "本年增/减";
            case "PROJECTS" -> "采购项目数量";
            default -> c;
        };
    }

    @Override public String toString() { return table + "." + row + "." + column + "=" + (value == null ? raw : value); }
}
