package org.ogiaudit.model;

/** A place where the report says which year it covers, so that rules can compare the places. */
public final class YearClaim {
    /** Where the claim stands. */
    public enum Source {
        /** The report's title. */
        TITLE,
        /** The statement of the statistics period. */
        PERIOD,
        /** The body naming the report itself ("现公布2012年度政府信息公开年度报告"). */
        SELF_REFERENCE
    }

    private final int year;
    private final Source source;
    private final Evidence evidence;

    public YearClaim(int year, Source source, Evidence evidence) {
        this.year = year;
        this.source = source;
        this.evidence = evidence;
    }

    public int getYear() { return year; }
    public Source getSource() { return source; }
    public Evidence getEvidence() { return evidence; }
    /** True when the year was read from a picture by OCR. */
    public boolean isReadByOcr() { return Evidence.readByOcr(evidence); }

    @Override public String toString() { return "YearClaim[" + source + " " + year + "]"; }
}
