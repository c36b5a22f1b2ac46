package org.ogiaudit.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Severity;
import org.ogiaudit.model.Status;

/**
 * What the cross-report phase changes in a ranking, gathered finding by finding: per report of this run, the points
 * its cross-report FAIL findings deduct, their rules, and whether it is the second copy of a report of the batch
 * (OGI-CROSS-DUPLICATE), which rankings count once. A few numbers per report, so a national batch is gathered whole.
 */
public final class CrossAdjustments {
    /** The rule whose FAIL marks a report as another copy of one already in the batch. */
    public static final String DUPLICATE_RULE = "OGI-CROSS-DUPLICATE";

    /** One report's share of the cross-report findings. */
    public record Adjustment(int points, Map<Category, Integer> byCategory, Map<Severity, Integer> fails, int uncertain,
                             int advisory, List<String> failedRules, String duplicateOf) { }

    private static final class Mutable {
        int points;
        final Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        final Map<Severity, Integer> fails = new EnumMap<>(Severity.class);
        int uncertain;
        int advisory;
        final TreeSet<String> rules = new TreeSet<>();
        String duplicateOf;
    }

    private final Map<String, Mutable> byReport = new HashMap<>();

    /** Takes one finding; one about a report of the store (not of this run) changes no row. */
    public void add(CrossFinding cf) {
        if (cf.report().isStored()) return;
        Mutable m = byReport.computeIfAbsent(cf.report().getKey(), k -> new Mutable());
        Finding f = cf.finding();
        if (f.isAccepted()) return;
        if (f.getStatus() != Status.FAIL) {
            m.uncertain++;
            return;
        }
        if (DUPLICATE_RULE.equals(f.getRule()) && !cf.other().isStored() && m.duplicateOf == null) {
            m.duplicateOf = cf.other().getFile() + (cf.other().getPart() > 1 ? " #" + cf.other().getPart() : "");
        }
        if (f.isAdvisory()) {
            m.advisory++;
            return;
        }
        m.points += f.getDeducted();
        if (f.getDeducted() > 0) m.byCategory.merge(f.getCategory(), f.getDeducted(), Integer::sum);
        m.fails.merge(f.getSeverity(), 1, Integer::sum);
        m.rules.add(f.getRule());
    }

    /** The adjustment of the report "file#part", or null when the phase found nothing on it. */
    public Adjustment of(String key) {
        Mutable m = byReport.get(key);
        if (m == null) return null;
        return new Adjustment(m.points, Map.copyOf(m.byCategory), Map.copyOf(m.fails), m.uncertain, m.advisory,
                List.copyOf(m.rules), m.duplicateOf);
    }

    /** The rows with their adjustments applied, in their order. */
    public List<Ranking.Row> apply(List<Ranking.Row> rows) {
        if (byReport.isEmpty()) return rows;
        List<Ranking.Row> out = new ArrayList<>(rows.size());
        for (Ranking.Row r : rows) out.add(r.withCross(of(r.file() + "#" + r.part())));
        return out;
    }
}
