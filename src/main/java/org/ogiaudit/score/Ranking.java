package org.ogiaudit.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Severity;
import org.ogiaudit.model.Status;

/**
 * Rankings for evaluators: reports of one year ranked by score, ties sharing a rank (1, 2, 2, 4), overall and within
 * each region. Reports that could not be checked are listed unranked; reports whose publication date is unknown are
 * ranked but marked, since their timeliness was not checked.
 */
public final class Ranking {
    /** What a ranking shows of one report: small, so a batch of any size can be ranked at its end. */
    public record Row(String file, int part, boolean ok, String error, String agency, String organKind, String region,
                      Integer year, String regime, String publishedOn, String publishedOnSource, Integer score,
                      Map<Category, Integer> deducted, Map<Severity, Integer> fails, int uncertain, int accepted,
                      List<String> failedRules, List<String> marks, int crossDeducted, boolean duplicate) {

        public static Row of(AuditResult r) {
            Report rep = r.facts() == null ? null : r.facts().getReport();
            Map<Severity, Integer> fails = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) fails.put(s, 0);
            int uncertain = 0;
            int accepted = 0;
            TreeSet<String> failed = new TreeSet<>();
            boolean dateUnknown = false;
            for (Finding f : r.findings()) {
                if (f.isAccepted()) accepted++;
                else if (f.getStatus() == Status.FAIL) {
                    fails.merge(f.getSeverity(), 1, Integer::sum);
                    failed.add(f.getRule());
                } else uncertain++;
                if (f.getRule().equals("OGI-PUBDATE-UNKNOWN")) dateUnknown = true;
            }
            List<String> marks = new ArrayList<>();
            if (!r.isOk()) marks.add("not checked");
            if (dateUnknown) marks.add("publication date unknown");
            return new Row(r.file(), r.part(), r.isOk(), r.error(),
                    rep == null ? null : rep.getAgency(), rep == null ? null : rep.getOrganKind().name(),
                    rep == null ? null : rep.getRegion(), rep == null ? null : rep.getReportYear(),
                    rep == null || rep.getRegime() == null ? null : rep.getRegime().name(),
                    rep == null || rep.getPublishedOn() == null ? null : rep.getPublishedOn().toString(),
                    rep == null || rep.getPublishedOnSource() == null ? null : rep.getPublishedOnSource().toString(),
                    r.score() == null ? null : r.score().value(),
                    r.score() == null ? Map.of() : r.score().byCategory(), fails, uncertain, accepted, List.copyOf(failed), marks,
                    0, false);
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
            List<String> m = new ArrayList<>(marks);
            m.addAll(a.marks());
            Integer s = score == null ? null : Math.max(0, 100 - d.values().stream().mapToInt(Integer::intValue).sum());
            return new Row(file, part, ok, error, agency, organKind, region, year, regime, publishedOn, publishedOnSource, s,
                    score == null ? deducted : Map.copyOf(d), f, uncertain + a.uncertain(), accepted, List.copyOf(rules),
                    List.copyOf(m), crossDeducted + a.points(), duplicate || a.duplicate());
        }
    }

    /** A row with its places: rank among reports of its year, and among those of its year and region (0: unranked). */
    public record Ranked(Row row, int rank, int regionRank) { }

    private Ranking() { }

    /** Ranks the rows, keeping their order (n log n: national batches are 100,000 reports). */
    public static List<Ranked> rank(List<Row> rows) {
        Map<String, int[]> byYear = sortedScores(rows, r -> String.valueOf(r.year()));
        Map<String, int[]> byRegion = sortedScores(rows, r -> r.year() + "\u0000" + r.region());
        List<Ranked> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (r.score() == null || r.duplicate()) {
                out.add(new Ranked(r, 0, 0));
                continue;
            }
            out.add(new Ranked(r, 1 + higher(byYear.get(String.valueOf(r.year())), r.score()),
                    1 + higher(byRegion.get(r.year() + "\u0000" + r.region()), r.score())));
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
