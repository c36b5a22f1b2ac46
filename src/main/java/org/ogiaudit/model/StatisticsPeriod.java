package org.ogiaudit.model;

import java.time.LocalDate;

/**
 * The report's statement of the period its data cover ("本报告所列数据的统计期限自…至…").
 *
 * <p>{@code from} and {@code to} are null when the statement is there but left blank ("统计期限自至。"); only
 * {@code from} is null when it states an end alone ("数据统计截至2019年12月31日"), only {@code to} when it states a
 * start alone.
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
    /** True when the statement was read from a picture by OCR: "年1月" may have been read as "年11月". */
    public boolean isReadByOcr() { return evidence.isReadByOcr(); }

    /** True when the statement names no dates at all. */
    public boolean isBlank() { return from == null && to == null; }

    /** True when the statement names a start date only ("统计期限自2014年1月1日起"). */
    public boolean isStartOnly() { return from != null && to == null; }

    /** True when the statement names an end date only. */
    public boolean isEndOnly() { return from == null && to != null; }

    /** True when both ends are stated. */
    public boolean isComplete() { return from != null && to != null; }

    /** True when the period starts on the given day. */
    public boolean startsOn(int year, int month, int day) {
        return from != null && from.equals(LocalDate.of(year, month, day));
    }

    /** True when the period ends on the given day. */
    public boolean endsOn(int year, int month, int day) {
        return to != null && to.equals(LocalDate.of(year, month, day));
    }

    @Override public String toString() { return "StatisticsPeriod[" + from + ".." + to + "]"; }
}
