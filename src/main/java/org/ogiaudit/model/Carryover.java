package org.ogiaudit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Table 三 across two years of one organ: each column's 二、上年结转 of year Y (the subject) beside 四、结转下年度继续办理 of
 * year Y−1 (the other). The requests carried forward at the end of a year are the ones carried over at the start of the
 * next, so the two rows must be equal column by column (requirements, A-X-CARRY). This class only lines the cells up and
 * compares them; {@code rules/cross.drl} decides what a difference means.
 */
public final class Carryover implements Comparison {
    /** One column: the subject's 上年结转 cell and the other's 结转下年度 cell (either may be null when not found). */
    public record Column(TableColumn column, TableCell carriedOver, TableCell carriedForward) {
        /** True when both cells have a number and the numbers differ. */
        public boolean differs() {
            return carriedOver != null && carriedForward != null && carriedOver.isKnown() && carriedForward.isKnown()
                    && carriedOver.getValue().compareTo(carriedForward.getValue()) != 0;
        }
    }

    private final CrossReport subject;
    private final CrossReport other;
    private final OrganMatch organMatch;
    private final List<Column> columns;
    private final boolean tablesRead;

    /** @param tablesRead true when both reports' table 三 was read in full */
    public Carryover(CrossReport subject, CrossReport other, OrganMatch organMatch, List<Column> columns, boolean tablesRead) {
        this.subject = subject;
        this.other = other;
        this.organMatch = organMatch;
        this.columns = List.copyOf(columns);
        this.tablesRead = tablesRead;
    }

    @Override public CrossReport getSubject() { return subject; }
    @Override public CrossReport getOther() { return other; }
    @Override public OrganMatch getOrganMatch() { return organMatch; }
    public List<Column> getColumns() { return columns; }
    /** True when both reports' table 三 was read in full (not {@link TableRead.State#PARTLY_READ}). */
    public boolean isTablesRead() { return tablesRead; }

    /** True when every column has both cells and every cell was read (a blank is read; an unreadable cell is not). */
    public boolean isTestable() {
        return !columns.isEmpty() && columns.stream().allMatch(c -> c.carriedOver() != null && c.carriedForward() != null
                && c.carriedOver().isReadable() && c.carriedForward().isReadable());
    }

    /** True when no column differs. */
    public boolean isHolds() { return columns.stream().noneMatch(Column::differs); }

    /** True when a blank cell (in a row not all blank) is one of the cells compared: its value is not known. */
    public boolean isAnyBlank() {
        return cells().stream().anyMatch(c -> !c.isKnown());
    }

    /**
     * True when a cell was cut out of glued digits by assuming its own table's column totals: its value is an inference
     * from the report's own arithmetic, not a reading.
     */
    public boolean isAnyDerived() {
        return cells().stream().anyMatch(c -> c.getReading() == CellReading.SPLIT_BY_ROW_AND_COLUMN_TOTALS);
    }

    /**
     * True when a cell compared was read from a picture by OCR and no typed text states it: its digits may be misread,
     * so a difference is no proof.
     */
    public boolean isAnyRestsOnOcr() {
        return cells().stream().anyMatch(TableCell::isRestsOnOcr);
    }

    /** The columns that differ. */
    public List<Column> getDifferences() { return columns.stream().filter(Column::differs).toList(); }

    /**
     * The columns that differ as a rule's message lists them, each "column this-year ≠ last-year": "自然人 1≠0",
     * "总计 1≠0" (the column names are the table's own, in both languages).
     */
    public List<String> getDifferenceList() {
        List<String> out = new ArrayList<>();
        for (Column c : getDifferences()) {
            out.add(c.column().getName() + " " + c.carriedOver().getValue().toPlainString() + "≠"
                    + c.carriedForward().getValue().toPlainString());
        }
        return out;
    }

    /** The subject's 上年结转 cells of the columns that differ (all of them when none does). */
    @Override public List<Evidence> getEvidence() {
        return shown().stream().map(Column::carriedOver).filter(Objects::nonNull).map(TableCell::getEvidence).distinct().toList();
    }

    /** The other's 结转下年度 cells of the same columns. */
    @Override public List<Evidence> getOtherEvidence() {
        return shown().stream().map(Column::carriedForward).filter(Objects::nonNull).map(TableCell::getEvidence).distinct().toList();
    }

    private List<Column> shown() {
        List<Column> d = getDifferences();
        return d.isEmpty() ? columns : d;
    }

    private List<TableCell> cells() {
        List<TableCell> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.carriedOver() != null) out.add(c.carriedOver());
            if (c.carriedForward() != null) out.add(c.carriedForward());
        }
        return out;
    }

    @Override public String toString() { return "Carryover[" + subject.getName() + " vs " + other.getName() + "]"; }
}
