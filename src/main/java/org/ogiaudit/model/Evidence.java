package org.ogiaudit.model;

import java.util.Objects;

/**
 * A quote from the extracted text and the 1-based line it stands on, so that a person can find it with
 * {@code ogi-audit facts FILE}.
 */
public final class Evidence {
    private final String quote;
    private final int line;

    public Evidence(String quote, int line) {
        this.quote = Objects.requireNonNull(quote, "quote");
        this.line = line;
    }

    public String getQuote() { return quote; }

    public int getLine() { return line; }

    @Override public boolean equals(Object o) {
        return o instanceof Evidence e && e.line == line && e.quote.equals(quote);
    }

    @Override public int hashCode() { return Objects.hash(quote, line); }

    @Override public String toString() { return "line " + line + ": " + quote; }
}
