package org.ogiaudit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the cross-report phase and the history store keep of one report: who and which year, the table cells that link
 * years (table 三 whole, table 二's 规章 and 行政规范性文件 rows), where it says documents lapsed, and the fingerprints of
 * its distinctive sentences. Small, and plain data (Jackson writes and reads it), so that a national batch's digests can
 * wait on disk rather than in memory. Read by {@code extract.Fingerprinter}.
 *
 * @param organKey    the organ's normalised name ({@link CrossReport#organKey}), null when the organ is unknown
 * @param publishedOn ISO date or null
 * @param t3State     table 三's {@link TableRead.State}, null for a report without the unified format's tables
 * @param t2State     table 二's
 * @param cells       the cells of table 三's 上年结转 and 结转下年度 rows and table 二's 规章 and 行政规范性文件 rows
 * @param t3Values    every cell of table 三 that has a number, as "R1.NATURAL_PERSON=80;…" (compact: it is only read
 *                    when two reports' tables are compared whole)
 * @param contentHash a hash of the whole report text, numbers and names included: equal for the same text twice
 */
public record ReportDigest(String file, int part, String organ, String organKey, String divisionCode, OrganKind organKind,
                           Integer year, String publishedOn, boolean organReadFromBody, TableRead.State t3State,
                           TableRead.State t2State, List<Cell> cells, String t3Values, Line lapse, List<Fingerprint> sentences,
                           long contentHash) {

    /** Quotes kept in a digest are cut to this length. */
    public static final int MAX_QUOTE = 120;

    /**
     * A table cell as {@link TableCell} holds it, with its quote cut short.
     *
     * @param restsOnOcr its value was read from a picture by OCR and no typed text states it: a comparison of years must
     *                   not FAIL on it (digits are OCR's commonest misreading)
     */
    public record Cell(TableRow row, TableColumn column, String rowLabel, BigDecimal value, String raw, boolean blank,
                       boolean readable, CellReading reading, int line, String quote, boolean restsOnOcr) {
        public static Cell of(TableCell c) {
            String q = c.getEvidence().getQuote();
            return new Cell(c.getRow(), c.getColumn(), c.getRowLabel(), c.getValue(), c.getRaw(), c.isBlank(), c.isReadable(),
                    c.getReading(), c.getLine(), q.length() > MAX_QUOTE ? q.substring(0, MAX_QUOTE) + "…" : q, c.isRestsOnOcr());
        }

        public TableCell toTableCell() {
            return new TableCell(row, column, rowLabel, value, raw, blank, readable, reading,
                    reading == CellReading.UNREADABLE ? "not read" : null, line, quote, restsOnOcr, null);
        }
    }

    /** A quote and its line. */
    public record Line(String quote, int line) {
        public Evidence toEvidence() { return new Evidence(quote, line); }
    }

    /**
     * A distinctive sentence: the hash of its masked form (names, places, years, numbers and punctuation removed), its
     * line, and its text as the report prints it, for quoting.
     */
    public record Fingerprint(long hash, int line, String text) { }

    /** Table 三's numbers by "rowKey.COLUMN" (see {@link #t3Values}). */
    public java.util.Map<String, BigDecimal> t3() {
        java.util.Map<String, BigDecimal> out = new java.util.HashMap<>();
        if (t3Values == null || t3Values.isEmpty()) return out;
        for (String kv : t3Values.split(";")) {
            int eq = kv.indexOf('=');
            out.put(kv.substring(0, eq), new BigDecimal(kv.substring(eq + 1)));
        }
        return out;
    }

    /** The cell of this row and column, or null. */
    public Cell cell(TableRow row, TableColumn column) {
        for (Cell c : cells) if (c.row() == row && c.column() == column) return c;
        return null;
    }

    /** This report as the cross-report rules see it. */
    public CrossReport toCrossReport(String checkedAt, int inputOrder) {
        return new CrossReport(file, part, organ, organKey, divisionCode, organKind, year,
                publishedOn == null ? null : LocalDate.parse(publishedOn), organReadFromBody, checkedAt, inputOrder);
    }
}
