package org.ogiaudit.model;

import java.time.LocalDate;

/**
 * The report's statement of the period its data cover ("本报告所列数据的统计期限自…至…").
 *
 * <p>{@code from} and {@code to} are null when the statement is there but left blank ("统计期限自至。"); only
 * {@code from} is null when it states an end alone ("数据统计截至2019年12月31日").
 */
public final class StatisticsPeriod {
    private final LocalDate from;
    private final LocalDate to;
    private final Evidence evidence;

    public StatisticsPeriod(LocalDate from, LocalDate to, Evidence evidence) {
        this.from = from;
        this.to = to;
        this.evidence = evidence;
    }

    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public Evidence getEvidence() { return evidence; }
    public String getQuote() { return evidence.getQuote(); }
    public int getLine() { return evidence.getLine(); }

    /** True when the statement names no dates at all. */
    public boolean isBlank() { return from == null && to == null; }

    /** True when the statement names an end date only. */
    public boolean isEndOnly() { return from == null && to != null; }

    /** True when both ends are stated. */
    public boolean isComplete() { return from != null && to != null; }

    /** True when the period is exactly 1 January to 31 December of {@code year}. */
    public boolean coversCalendarYear(int year) {
        return isComplete() && from.equals(LocalDate.of(year, 1, 1)) && to.equals(LocalDate.of(year, 12, 31));
    }

    /**
     * True when the period is the calendar year but written with an end of 1 January of the next year, a common
     * way of saying "up to (not including) the new year": a reading question rather than a wrong period.
     */
    public boolean endsOnNextNewYear(int year) {
        return isComplete() && from.equals(LocalDate.of(year, 1, 1)) && to.equals(LocalDate.of(year + 1, 1, 1));
    }

    /** True for a 2008 report whose period starts on 2008-05-01, the day the 2007 Regulations took effect. */
    public boolean isFirstYearOfRegulations(int year) {
        return year == 2008 && isComplete() && from.equals(LocalDate.of(2008, 5, 1)) && to.equals(LocalDate.of(2008, 12, 31));
    }

    @Override public String toString() { return "StatisticsPeriod[" + from + ".." + to + "]"; }
}
