package org.ogiaudit.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Outcome;
import org.ogiaudit.model.Provenance;
import org.ogiaudit.model.Regime;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Severity;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.Text;

/**
 * Rankings for evaluators: reports of one year ranked by score, ties sharing a rank (1, 2, 2, 4), overall and within
 * each region. Reports that could not be checked are listed unranked; reports whose publication date is unknown are
 * ranked but marked, since their timeliness was not checked.
 */
public final class Ranking {
    /** Why a row is marked in a ranking; {@link #id()} is how JSON writes it. */
    public enum Mark {
        /** The file could not be read or checked: unranked. */
        NOT_CHECKED("not checked"),
        /** No publication date was found: ranked, but its timeliness was not checked. */
        DATE_UNKNOWN("publication date unknown"),
        /** Another copy of a report of the batch (OGI-CROSS-DUPLICATE): kept, unranked, counted once where it first is. */
        DUPLICATE("duplicate");

        private final String id;

        Mark(String id) { this.id = id; }

        /** As JSON writes it (stable). */
        public String id() { return id; }
    }

    /**
     * What a ranking shows of one report: small, so a batch of any size can be ranked at its end.
     *
     * @param fails      FAIL findings that deduct, by severity
     * @param advisory   FAIL findings that deduct nothing (no points, or a basis the profile does not count)
     * @param applicable checks that applied to the report (FAIL, UNCERTAIN or PASS): how much a score rests on
     * @param failedRules ids of the FAIL findings that deduct
     * @param crossDeducted points deducted by the cross-report phase (already in {@code score})
     * @param duplicateOf  for another copy of a report of the batch, that report ("file" or "file #part"); else null
     */
    public record Row(String file, int part, boolean ok, Text error, String agency, OrganKind organKind, String region,
                      String regionCode, Integer year, Regime regime, LocalDate publishedOn, Provenance publishedOnSource, Integer score,
                      Map<Category, Integer> deducted, Map<Severity, Integer> fails, int uncertain, int accepted,
                      int advisory, int applicable, List<String> failedRules, List<Mark> marks, int crossDeducted,
                      String duplicateOf) {

        /** True for the second copy of a report of the batch (OGI-CROSS-DUPLICATE): kept, left unranked. */
        public boolean duplicate() { return duplicateOf != null; }

        public static Row of(AuditResult r) {
            Report rep = r.facts() == null ? null : r.facts().getReport();
            Map<Severity, Integer> fails = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) fails.put(s, 0);
            int uncertain = 0;
            int accepted = 0;
            int advisory = 0;
            TreeSet<String> failed = new TreeSet<>();
            boolean dateUnknown = false;
            for (Finding f : r.findings()) {
                if (f.isAccepted()) accepted++;
                else if (f.isAdvisory()) advisory++;
                else if (f.getStatus() == Status.FAIL) {
                    fails.merge(f.getSeverity(), 1, Integer::sum);
                    failed.add(f.getRule());
                } else uncertain++;
                if (f.getRule().equals("OGI-PUBDATE-UNKNOWN")) dateUnknown = true;
            }
            int applicable = (int) r.checks().stream().filter(c -> c.outcome() != Outcome.NOT_APPLICABLE).count();
            List<Mark> marks = new ArrayList<>();
            if (!r.isOk()) marks.add(Mark.NOT_CHECKED);
            if (dateUnknown) marks.add(Mark.DATE_UNKNOWN);
            return new Row(r.file(), r.part(), r.isOk(), r.error(),
                    rep == null ? null : rep.getAgency(), rep == null ? null : rep.getOrganKind(),
                    rep == null ? null : rep.getRegion(), rep == null ? null : rep.getRegionCode(),
                    rep == null ? null : rep.getReportYear(),
                    rep == null ? null : rep.getRegime(), rep == null ? null : rep.getPublishedOn(),
                    rep == null ? null : rep.getPublishedOnSource(), r.score() == null ? null : r.score().value(),
                    r.score() == null ? Map.of() : r.score().byCategory(), fails, uncertain, accepted, advisory, applicable,
                    List.copyOf(failed), List.copyOf(marks), 0, null);
        }

        /**
         * This row after the cross-report phase: the points of its cross-report FAIL findings deducted from its score (100
         * minus the points of its own and its cross-report FAIL findings, never below 0), their rules and counts added; a
         * duplicate of another report of the batch is kept but left unranked (counted once, there).
         */
        public Row withCross(CrossAdjustments.Adjustment a) {
            if (a == null) return this;
            Map<Category, Integer> d = new EnumMap<>(Category.class);
            d.putAll(deducted);
            a.byCategory().forEach((c, p) -> d.merge(c, p, Integer::sum));
            Map<Severity, Integer> f = new EnumMap<>(Severity.class);
            f.putAll(fails);
            a.fails().forEach((s, n) -> f.merge(s, n, Integer::sum));
            TreeSet<String> rules = new TreeSet<>(failedRules);
            rules.addAll(a.failedRules());
            List<Mark> m = new ArrayList<>(marks);
            String copyOf = duplicateOf != null ? duplicateOf : a.duplicateOf();
            if (duplicateOf == null && copyOf != null) m.add(Mark.DUPLICATE);
            Integer s = score == null ? null : Math.max(0, 100 - d.values().stream().mapToInt(Integer::intValue).sum());
            return new Row(file, part, ok, error, agency, organKind, region, regionCode, year, regime, publishedOn,
                    publishedOnSource, s, score == null ? deducted : Map.copyOf(d), f, uncertain + a.uncertain(), accepted,
                    advisory + a.advisory(), applicable, List.copyOf(rules), List.copyOf(m), crossDeducted + a.points(), copyOf);
        }
    }

    /** A row with its places: rank among reports of its year, and among those of its year and region (0: unranked). */
    public record Ranked(Row row, int rank, int regionRank) { }

    private Ranking() { }

    /** A region by its division code when the organ was resolved (two 朝阳区 are two regions), else by its name. */
    private static String regionKey(Row r) {
        return r.year() + "\u0000" + (r.regionCode() != null ? r.regionCode() : r.region());
    }

    /** Ranks the rows, keeping their order (n log n: national batches are 100,000 reports). */
    public static List<Ranked> rank(List<Row> rows) {
        Map<String, int[]> byYear = sortedScores(rows, r -> String.valueOf(r.year()));
        Map<String, int[]> byRegion = sortedScores(rows, Ranking::regionKey);
        List<Ranked> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (r.score() == null || r.duplicate()) {
                out.add(new Ranked(r, 0, 0));
                continue;
            }
            out.add(new Ranked(r, 1 + higher(byYear.get(String.valueOf(r.year())), r.score()),
                    1 + higher(byRegion.get(regionKey(r)), r.score())));
        }
        return out;
    }

    private static Map<String, int[]> sortedScores(List<Row> rows, java.util.function.Function<Row, String> group) {
        Map<String, List<Integer>> lists = new java.util.HashMap<>();
        for (Row r : rows) if (r.score() != null && !r.duplicate()) lists.computeIfAbsent(group.apply(r), k -> new ArrayList<>()).add(r.score());
        Map<String, int[]> out = new java.util.HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return out;
    }

    /** How many scores in the ascending array are greater than {@code score}. */
    private static int higher(int[] ascending, int score) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] <= score) lo = mid + 1; else hi = mid;
        }
        return ascending.length - lo;
    }
}
