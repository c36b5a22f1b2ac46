package org.ogiaudit.model;

import java.math.BigDecimal;

/**
 * The same quantity stated twice with different values, e.g. a statistics appendix giving "公开信息总数" as 11035 in one
 * block and 10701 in another, for the same column.
 */
public final class FigureConflict {
    private final String label;
    private final String column;
    private final BigDecimal first;
    private final BigDecimal second;
    private final Evidence firstEvidence;
    private final Evidence secondEvidence;

    public FigureConflict(String label, String column, BigDecimal first, BigDecimal second, Evidence firstEvidence,
                          Evidence secondEvidence) {
        this.label = label;
        this.column = column;
        this.first = first;
        this.second = second;
        this.firstEvidence = firstEvidence;
        this.secondEvidence = secondEvidence;
    }

    public String getLabel() { return label; }
    /** The appendix column ("累计数", "2012年发生数"), or null for prose. */
    public String getColumn() { return column; }
    public BigDecimal getFirst() { return first; }
    public BigDecimal getSecond() { return second; }
    public Evidence getFirstEvidence() { return firstEvidence; }
    public Evidence getSecondEvidence() { return secondEvidence; }
    /** True when either figure was read from a picture by OCR: the two may differ by a misread digit. */
    public boolean isReadByOcr() { return firstEvidence.isReadByOcr() || secondEvidence.isReadByOcr(); }
}
