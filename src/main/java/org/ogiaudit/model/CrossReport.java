package org.ogiaudit.model;

import java.time.LocalDate;

/**
 * One report as the cross-report rules see it: whose it is, which year, which file, and whether it was checked in this
 * run or comes from the history store. Cross-report findings name the two reports they compare by these.
 */
public final class CrossReport {
    private final String file;
    private final int part;
    private final String organ;
    private final String organKey;
    private final String divisionCode;
    private final OrganKind organKind;
    private final Integer year;
    private final LocalDate publishedOn;
    private final boolean organReadFromBody;
    private final String checkedAt;
    private final int inputOrder;

    /**
     * @param organKey    the organ's normalised name, which links its reports across years
     * @param checkedAt   when an earlier run checked it (ISO instant), or null for a report of this run
     * @param inputOrder  its place in this run's results (0-based), or -1 for a report of the store
     */
    public CrossReport(String file, int part, String organ, String organKey, String divisionCode, OrganKind organKind,
                       Integer year, LocalDate publishedOn, boolean organReadFromBody, String checkedAt, int inputOrder) {
        this.file = file;
        this.part = part;
        this.organ = organ;
        this.organKey = organKey;
        this.divisionCode = divisionCode;
        this.organKind = organKind == null ? OrganKind.UNKNOWN : organKind;
        this.year = year;
        this.publishedOn = publishedOn;
        this.organReadFromBody = organReadFromBody;
        this.checkedAt = checkedAt;
        this.inputOrder = inputOrder;
    }

    public String getFile() { return file; }
    public int getPart() { return part; }
    /** The organ as its report names it, or null when it could not be told. */
    public String getOrgan() { return organ; }
    public String getOrganKey() { return organKey; }
    public String getDivisionCode() { return divisionCode; }
    public OrganKind getOrganKind() { return organKind; }
    public Integer getYear() { return year; }
    /** The regime of its year, or null when the year is unknown. */
    public Regime getRegime() { return year == null ? null : Regime.forYear(year); }
    public LocalDate getPublishedOn() { return publishedOn; }
    /** True when who published it was read only from the body: too weak to link reports for a FAIL. */
    public boolean isOrganReadFromBody() { return organReadFromBody; }
    /** True for a report from the history store, checked in an earlier run. */
    public boolean isStored() { return checkedAt != null; }
    public String getCheckedAt() { return checkedAt; }
    /** Its place among this run's results, -1 for a stored report. */
    public int getInputOrder() { return inputOrder; }

    /**
     * How a finding names it, in any language: "平潭综合实验区管委会 2023 (reports/2023.txt)"; a report of the history store
     * adds the day it was checked, "(reports/2023.txt, 2025-04-01)"; what is unknown is a dash.
     */
    public String getName() {
        return (organ == null ? "—" : organ) + " " + (year == null ? "—" : year) + " (" + file
                + (part > 1 ? " #" + part : "") + (isStored() ? ", " + checkedAt.substring(0, Math.min(10, checkedAt.length())) : "")
                + ")";
    }

    /** Spellings of one organ that differ only by form: 管理委员会 and 管委会, full-width brackets. */
    private static final String[][] SAME_NAME = {{"管理委员会", "管委会"}, {"（", "("}, {"）", ")"}};

    /**
     * The organ's name as reports of different years are linked by: spaces removed, equivalent forms made one. Null
     * when the organ is unknown: such a report is linked to no other year.
     */
    public static String organKey(String organ) {
        if (organ == null || organ.isBlank()) return null;
        String k = organ.replaceAll("\\s+", "");
        for (String[] pair : SAME_NAME) k = k.replace(pair[0], pair[1]);
        return k;
    }

    /** "file#part": how results and pages of this run are keyed. */
    public String getKey() { return file + "#" + part; }

    @Override public String toString() { return "CrossReport[" + getName() + "]"; }
}
