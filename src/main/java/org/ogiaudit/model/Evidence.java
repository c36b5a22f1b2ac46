package org.ogiaudit.model;

import java.util.Objects;

/**
 * A quote from the extracted text and the 1-based line it stands on, so that a person can find it with
 * {@code ogi-audit facts FILE}.
 */
public final class Evidence {
    private final String quote;
    private final int line;
    private final String cell;

    public Evidence(String quote, int line) {
        this(quote, line, null);
    }

    /** Evidence for a table cell: the text it was read from, and which cell with which value. */
    public Evidence(String quote, int line, String cell) {
        this.quote = Objects.requireNonNull(quote, "quote");
        this.line = line;
        this.cell = cell;
    }

    public String getQuote() { return quote; }

    public int getLine() { return line; }

    /** For a table cell, "表三 (七)总计 / 自然人 = 20"; otherwise null. */
    public String getCell() { return cell; }

    @Override public boolean equals(Object o) {
        return o instanceof Evidence e && e.line == line && e.quote.equals(quote) && Objects.equals(e.cell, cell);
    }

    @Override public int hashCode() { return Objects.hash(quote, line, cell); }

    @Override public String toString() { return "line " + line + ": " + quote; }
}
