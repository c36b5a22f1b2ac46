package org.ogiaudit.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Table 二, 第二十条第(一)项, across two years of one organ, for one row (规章 or 行政规范性文件): 现行有效件数 of year Y
 * (the subject) beside 现行有效件数 of Y−1 + 本年制发件数 − 本年废止件数 of Y (requirements, A-X-T2). Documents also lapse
 * without being repealed (a 有效期 ends), so fewer in force than that is not always an error: the rules decide, and
 * {@link #getLapseStatement()} is where the report says documents lapsed.
 */
public final class InForce implements Comparison {
    private final CrossReport subject;
    private final CrossReport other;
    private final OrganMatch organMatch;
    private final TableRow row;
    private final TableCell lastYear;
    private final TableCell issued;
    private final TableCell repealed;
    private final TableCell inForce;
    private final boolean tablesRead;
    private final Evidence lapseStatement;

    /**
     * @param lastYear       the other's 现行有效件数
     * @param issued         the subject's 本年制发件数
     * @param repealed       the subject's 本年废止件数
     * @param inForce        the subject's 现行有效件数
     * @param tablesRead     true when both reports' table 二 was read in full
     * @param lapseStatement where the subject says documents lapsed (失效, 有效期届满: vocabulary/statement-lapse.txt), or null
     */
    public InForce(CrossReport subject, CrossReport other, OrganMatch organMatch, TableRow row, TableCell lastYear,
                   TableCell issued, TableCell repealed, TableCell inForce, boolean tablesRead, Evidence lapseStatement) {
        this.subject = subject;
        this.other = other;
        this.organMatch = organMatch;
        this.row = row;
        this.lastYear = lastYear;
        this.issued = issued;
        this.repealed = repealed;
        this.inForce = inForce;
        this.tablesRead = tablesRead;
        this.lapseStatement = lapseStatement;
    }

    @Override public CrossReport getSubject() { return subject; }
    @Override public CrossReport getOther() { return other; }
    @Override public OrganMatch getOrganMatch() { return organMatch; }
    public TableRow getRow() { return row; }
    public boolean isTablesRead() { return tablesRead; }
    public Evidence getLapseStatement() { return lapseStatement; }
    public boolean isLapseStated() { return lapseStatement != null; }

    /** True when all four cells have a number. */
    public boolean isTestable() {
        return cells().size() == 4 && cells().stream().allMatch(TableCell::isKnown);
    }

    /** 现行有效件数 of Y−1 + 本年制发 − 本年废止 (0 when not testable). */
    public BigDecimal getExpected() {
        if (!isTestable()) return BigDecimal.ZERO;
        return lastYear.getValue().add(issued.getValue()).subtract(repealed.getValue());
    }

    public BigDecimal getActual() { return isTestable() ? inForce.getValue() : BigDecimal.ZERO; }

    public boolean isHolds() { return getActual().compareTo(getExpected()) == 0; }

    /** True when fewer documents are in force than last year's plus issued minus repealed: some may have lapsed. */
    public boolean isFewer() { return getActual().compareTo(getExpected()) < 0; }

    /** True when a value was cut out of glued digits rather than read from its own cell. */
    public boolean isAnyDerived() {
        return cells().stream().anyMatch(c -> c.getReading() == CellReading.SPLIT_BY_ROW_TOTAL
                || c.getReading() == CellReading.SPLIT_BY_ROW_AND_COLUMN_TOTALS);
    }

    /** True when a cell compared was read by OCR and no typed text states it: its digits may be misread. */
    public boolean isAnyRestsOnOcr() {
        return cells().stream().anyMatch(TableCell::isRestsOnOcr);
    }

    /** Last year's 现行有效件数 (null when not found). */
    public BigDecimal getLastYearCount() { return lastYear == null ? null : lastYear.getValue(); }

    /** This year's 本年制发件数 (null when not found). */
    public BigDecimal getIssued() { return issued == null ? null : issued.getValue(); }

    /** This year's 本年废止件数 (null when not found). */
    public BigDecimal getRepealed() { return repealed == null ? null : repealed.getValue(); }

    /** How far this year's count is from the expected one (0 when not testable). */
    public BigDecimal getDifference() { return getActual().subtract(getExpected()).abs(); }

    @Override public List<Evidence> getEvidence() {
        List<Evidence> out = new ArrayList<>();
        for (TableCell c : new TableCell[] {issued, repealed, inForce}) if (c != null) out.add(c.getEvidence());
        if (lapseStatement != null) out.add(lapseStatement);
        return out.stream().distinct().toList();
    }

    @Override public List<Evidence> getOtherEvidence() {
        return lastYear == null ? List.of() : List.of(lastYear.getEvidence());
    }

    private List<TableCell> cells() {
        List<TableCell> out = new ArrayList<>();
        for (TableCell c : new TableCell[] {lastYear, issued, repealed, inForce}) if (c != null) out.add(c);
        return out.stream().filter(Objects::nonNull).toList();
    }

    @Override public String toString() { return "InForce[" + row + " " + subject.getName() + " vs " + other.getName() + "]"; }
}
