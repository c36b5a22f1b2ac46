package org.ogiaudit.model;

import java.util.ArrayList;
import java.util.List;

/** Everything extracted for one report: the facts inserted into a rule session, and the text they quote. */
public final class ReportFacts {
    private final Report report;
    private final List<Section> sections;
    private final StatisticsPeriod statisticsPeriod;
    private final List<Mention> mentions;
    private final List<YearClaim> yearClaims;
    private final List<String> notes;
    private final List<TableCell> tableCells;
    private final List<TableRead> tables;
    private final List<Object> totals;

    public ReportFacts(Report report, List<Section> sections, StatisticsPeriod statisticsPeriod,
                       List<Mention> mentions, List<YearClaim> yearClaims, List<String> notes) {
        this(report, sections, statisticsPeriod, mentions, yearClaims, notes, List.of(), List.of(), List.of());
    }

    public ReportFacts(Report report, List<Section> sections, StatisticsPeriod statisticsPeriod, List<Mention> mentions,
                       List<YearClaim> yearClaims, List<String> notes, List<TableCell> tableCells, List<TableRead> tables,
                       List<Object> totals) {
        this.report = report;
        this.sections = List.copyOf(sections);
        this.statisticsPeriod = statisticsPeriod;
        this.mentions = List.copyOf(mentions);
        this.yearClaims = List.copyOf(yearClaims);
        this.notes = List.copyOf(notes);
        this.tableCells = List.copyOf(tableCells);
        this.tables = List.copyOf(tables);
        this.totals = List.copyOf(totals);
    }

    /** Breakdowns, figure conflicts and stated totals: the facts of the consistency rules besides table cells. */
    public List<Object> getTotals() { return totals; }

    /** Every cell read from tables 二, 三 and 四. */
    public List<TableCell> getTableCells() { return tableCells; }

    /** Whether each table was found and read. */
    public List<TableRead> getTables() { return tables; }

    public Report getReport() { return report; }
    public List<Section> getSections() { return sections; }
    public StatisticsPeriod getStatisticsPeriod() { return statisticsPeriod; }
    public List<Mention> getMentions() { return mentions; }
    public List<YearClaim> getYearClaims() { return yearClaims; }
    /** What the extractor wants a person to know: values it could not find, guesses it refused to make. */
    public List<String> getNotes() { return notes; }

    /** The objects a rule session receives. */
    public List<Object> asFacts() {
        List<Object> all = new ArrayList<>();
        all.add(report);
        all.addAll(sections);
        if (statisticsPeriod != null) all.add(statisticsPeriod);
        all.addAll(mentions);
        all.addAll(yearClaims);
        all.addAll(tableCells);
        all.addAll(tables);
        all.addAll(totals);
        return all;
    }
}
