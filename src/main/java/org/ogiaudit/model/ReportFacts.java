package org.ogiaudit.model;

import java.util.ArrayList;
import java.util.List;

/** Everything extracted for one report: the facts inserted into a rule session. */
public final class ReportFacts {
    private final Report report;
    private final List<Section> sections;
    private final StatisticsPeriod statisticsPeriod;
    private final List<Mention> mentions;
    private final List<YearClaim> yearClaims;
    private final List<Text> notes;
    private final List<TableCell> tableCells;
    private final List<TableRead> tables;
    private final List<Breakdown> breakdowns;
    private final List<FigureConflict> conflicts;
    private final List<StatedTotal> statedTotals;
    private final SecondLook secondLook;

    private ReportFacts(Builder b) {
        this.report = b.report;
        this.sections = List.copyOf(b.sections);
        this.statisticsPeriod = b.statisticsPeriod;
        this.mentions = List.copyOf(b.mentions);
        this.yearClaims = List.copyOf(b.yearClaims);
        this.notes = List.copyOf(b.notes);
        this.tableCells = List.copyOf(b.tableCells);
        this.tables = List.copyOf(b.tables);
        this.breakdowns = List.copyOf(b.breakdowns);
        this.conflicts = List.copyOf(b.conflicts);
        this.statedTotals = List.copyOf(b.statedTotals);
        this.secondLook = b.secondLook;
    }

    public static Builder builder(Report report) { return new Builder(report); }

    public Report getReport() { return report; }
    public List<Section> getSections() { return sections; }
    /** The statement of the statistics period, or null when the report has none. */
    public StatisticsPeriod getStatisticsPeriod() { return statisticsPeriod; }
    public List<Mention> getMentions() { return mentions; }
    public List<YearClaim> getYearClaims() { return yearClaims; }
    /** What the extractor wants a person to know: values it could not find, guesses it refused to make. */
    public List<Text> getNotes() { return notes; }
    /** Every cell read from tables 二, 三 and 四. */
    public List<TableCell> getTableCells() { return tableCells; }
    /** Whether each table was found and read. */
    public List<TableRead> getTables() { return tables; }
    /** Totals stated in the prose or a pre-2019 appendix, with their parts. */
    public List<Breakdown> getBreakdowns() { return breakdowns; }
    /** Figures a pre-2019 appendix states twice with different values. */
    public List<FigureConflict> getConflicts() { return conflicts; }
    /** Numbers of requests the prose says were received. */
    public List<StatedTotal> getStatedTotals() { return statedTotals; }

    /** The broad second look over the whole text, for parts a rule finds absent. */
    public SecondLook getSecondLook() { return secondLook; }

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
        all.addAll(breakdowns);
        all.addAll(conflicts);
        all.addAll(statedTotals);
        all.add(secondLook);
        return all;
    }

    /** Collects one report's facts while extracting. */
    public static final class Builder {
        private final Report report;
        private List<Section> sections = List.of();
        private StatisticsPeriod statisticsPeriod;
        private List<Mention> mentions = List.of();
        private List<YearClaim> yearClaims = List.of();
        private List<Text> notes = List.of();
        private List<TableCell> tableCells = List.of();
        private List<TableRead> tables = List.of();
        private List<Breakdown> breakdowns = List.of();
        private List<FigureConflict> conflicts = List.of();
        private List<StatedTotal> statedTotals = List.of();
        private SecondLook secondLook = new SecondLook(p -> List.of());

        private Builder(Report report) { this.report = report; }

        public Builder sections(List<Section> v) { sections = v; return this; }
        public Builder statisticsPeriod(StatisticsPeriod v) { statisticsPeriod = v; return this; }
        public Builder mentions(List<Mention> v) { mentions = v; return this; }
        public Builder yearClaims(List<YearClaim> v) { yearClaims = v; return this; }
        public Builder notes(List<Text> v) { notes = v; return this; }
        public Builder tables(List<TableRead> reads, List<TableCell> cells) { tables = reads; tableCells = cells; return this; }
        public Builder breakdowns(List<Breakdown> v) { breakdowns = v; return this; }
        public Builder conflicts(List<FigureConflict> v) { conflicts = v; return this; }
        public Builder statedTotals(List<StatedTotal> v) { statedTotals = v; return this; }
        public Builder secondLook(SecondLook v) { secondLook = v; return this; }
        public ReportFacts build() { return new ReportFacts(this); }
    }
}
