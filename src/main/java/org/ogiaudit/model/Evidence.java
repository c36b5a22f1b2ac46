package org.ogiaudit.model;

import java.util.Objects;

/**
 * A quote from the extracted text and the 1-based line it stands on, so that a person can find it with
 * {@code ogi-audit facts FILE}; and whether that line was read from a picture by OCR, whose digits and dates deserve
 * less trust than typed text.
 */
public final class Evidence {
    private final String quote;
    private final int line;
    private final String cell;
    private final boolean readByOcr;

    public Evidence(String quote, int line) {
        this(quote, line, null, false);
    }

    /** Evidence for a table cell: the text it was read from, and which cell with which value. */
    public Evidence(String quote, int line, String cell) {
        this(quote, line, cell, false);
    }

    /** @param readByOcr true when line {@code line} was read from a picture (a scan, an image in a page) by OCR */
    public Evidence(String quote, int line, String cell, boolean readByOcr) {
        this.quote = Objects.requireNonNull(quote, "quote");
        this.line = line;
        this.cell = cell;
        this.readByOcr = readByOcr;
    }

    public String getQuote() { return quote; }

    public int getLine() { return line; }

    /** For a table cell, "表三 (七)总计 / 自然人 = 20"; otherwise null. */
    public String getCell() { return cell; }

    /** True when the quoted line was read from a picture by OCR: a digit or a date in it may be misread. */
    public boolean isReadByOcr() { return readByOcr; }

    /** True when {@code e} is not null and was read by OCR: for facts whose evidence may be absent. */
    public static boolean readByOcr(Evidence e) {
        return e != null && e.readByOcr;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Evidence e && e.line == line && e.readByOcr == readByOcr && e.quote.equals(quote)
                && Objects.equals(e.cell, cell);
    }

    @Override public int hashCode() { return Objects.hash(quote, line, cell, readByOcr); }

    @Override public String toString() { return "line " + line + (readByOcr ? " (OCR)" : "") + ": " + quote; }
}
