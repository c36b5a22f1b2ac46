package org.ogiaudit.model;

import java.math.BigDecimal;

/**
 * One cell of a unified-format statistics table: its {@link TableRow} and {@link TableColumn}, its value and how it was
 * read (requirements §3.4–3.6).
 *
 * <p>A cell whose text could not be read keeps {@code value} null and {@code readable} false: it is never taken as 0.
 * A blank cell keeps {@code blank} true and {@code value} 0 only where the whole row is blank (catalogue: blank counts as
 * 0 only there); elsewhere it is blank and unknown.
 */
public final class TableCell {
    private final TableRow row;
    private final TableColumn column;
    private final String rowLabel;
    private final BigDecimal value;
    private final String raw;
    private final boolean blank;
    private final boolean readable;
    private final CellReading reading;
    private final String problem;
    private final int line;
    private final String quote;
    private final boolean readByOcr;
    private final Evidence confirmation;

    /**
     * @param rowLabel the row's label as this report's format prints it
     * @param problem  why the row could not be read (with {@link CellReading#UNREADABLE}), else null
     */
    public TableCell(TableRow row, TableColumn column, String rowLabel, BigDecimal value, String raw, boolean blank,
                     boolean readable, CellReading reading, String problem, int line, String quote) {
        this(row, column, rowLabel, value, raw, blank, readable, reading, problem, line, quote, false, null);
    }

    /**
     * @param readByOcr    the line the value stands on was read from a picture by OCR
     * @param confirmation typed text (not read by OCR) stating the same figure for the same quantity, or null
     */
    public TableCell(TableRow row, TableColumn column, String rowLabel, BigDecimal value, String raw, boolean blank,
                     boolean readable, CellReading reading, String problem, int line, String quote, boolean readByOcr,
                     Evidence confirmation) {
        this.row = row;
        this.column = column;
        this.rowLabel = rowLabel;
        this.value = value;
        this.raw = raw;
        this.blank = blank;
        this.readable = readable;
        this.reading = reading;
        this.problem = problem;
        this.line = line;
        this.quote = quote;
        this.readByOcr = readByOcr;
        this.confirmation = confirmation;
    }

    /** This cell, its figure confirmed by typed text ({@code e}): an OCR reading of it is then no longer alone. */
    public TableCell confirmedBy(Evidence e) {
        return new TableCell(row, column, rowLabel, value, raw, blank, readable, reading, problem, line, quote, readByOcr, e);
    }

    public Table getTable() { return row.getTable(); }
    public TableRow getRow() { return row; }
    public TableColumn getColumn() { return column; }
    /** The row's label as the format prints it, for messages ("(一)予以公开"). */
    public String getRowLabel() { return rowLabel; }
    /** The number, or null when the cell is unreadable or blank in a row that is not all blank. */
    public BigDecimal getValue() { return value; }
    /** The value as a whole number (0 when unknown); use with {@link #isKnown()}. */
    public long getCount() { return value == null ? 0 : value.longValue(); }
    public String getRaw() { return raw; }
    /** The column's name as the format prints it ("自然人", "结果维持"). */
    public String getColumnName() { return column.getName(); }
    public boolean isBlank() { return blank; }
    public boolean isReadable() { return readable; }
    /** True when the cell has a number (read, or a blank in an all-blank row). */
    public boolean isKnown() { return value != null; }
    /** How the value was read. */
    public CellReading getReading() { return reading; }
    /** Why the row could not be read, or null. */
    public String getProblem() { return problem; }
    public int getLine() { return line; }
    /** True when the value was read from a picture by OCR (a scan, a table published as an image). */
    public boolean isReadByOcr() { return readByOcr; }
    /** Typed text stating the same figure for the same quantity ("共收到申请21件" for 本年新收 总计), or null. */
    public Evidence getConfirmation() { return confirmation; }
    /**
     * True when the value was read by OCR and no typed text confirms it: digits are OCR's commonest misreading, so a
     * rule does not FAIL on such a value alone.
     */
    public boolean isRestsOnOcr() { return readByOcr && confirmation == null; }
    /** A reference a person can follow: "表三 (一)予以公开 / 总计". */
    public String getReference() {
        return row.getTable().getName() + " " + rowLabel + " / " + column.getName();
    }
    /** The text the row was read from (part of its line), with the cell and its value as the label. */
    public Evidence getEvidence() {
        return new Evidence(quote == null ? "" : quote, line, getReference() + " = " + (raw == null || raw.isEmpty() ? "(空白)" : raw),
                readByOcr);
    }

    @Override public String toString() { return row.getKey() + "." + column + "=" + (value == null ? raw : value); }
}
