package org.ogiaudit.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ogiaudit.model.Breakdown;
import org.ogiaudit.model.FigureConflict;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Mention;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.model.Section;
import org.ogiaudit.model.StatedTotal;
import org.ogiaudit.model.StatisticsPeriod;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.TableCell;
import org.ogiaudit.model.TableRead;
import org.ogiaudit.model.YearClaim;

/**
 * What was read from one report, as a list of facts that can be compared across the formats it was published in: each
 * fact a string ("reportYear=2021", "section 1 一 [OVERVIEW]", "表三 T3_NEW.TOTAL=30"). Line numbers, quotes and
 * where a value came from are left out: they follow the layout (a PDF wraps lines, a web page's title is a field), not
 * what the report says.
 */
final class FactDigest {
    private FactDigest() { }

    /** The facts of {@code f}. */
    static List<String> of(ReportFacts f) {
        List<String> out = new ArrayList<>();
        Report r = f.getReport();
        out.add("agency=" + r.getAgency());
        out.add("organKind=" + r.getOrganKind());
        out.add("reportYear=" + r.getReportYear());
        out.add("publishedOn=" + r.getPublishedOn());
        out.add("signedOn=" + r.getSignedOn());
        out.add("region=" + r.getRegion());
        out.add("startsMidReport=" + r.isStartsMidReport());
        out.add("endsMidReport=" + r.isEndsMidReport() + " reached " + r.getReached());
        out.add("outlineGap=" + r.isHasOutlineGap());
        StatisticsPeriod p = f.getStatisticsPeriod();
        out.add("period=" + (p == null ? null : p.getFrom() + ".." + p.getTo()));
        for (Section s : f.getSections()) {
            out.add("section L" + s.getLevel() + " #" + s.getOrdinal() + " " + s.getKinds() + (s.isEmptyBody() ? " empty" : "")
                    + (s.isInAppendix() ? " appendix" : ""));
        }
        Set<String> topics = new TreeSet<>();
        for (Mention m : f.getMentions()) topics.add(m.getTopic().name());
        for (String t : topics) out.add("mentions " + t);
        for (YearClaim c : f.getYearClaims()) out.add("yearClaim " + c.getSource() + " " + c.getYear());
        for (TableRead t : f.getTables()) out.add("table " + t.getTable() + " " + t.getState());
        for (TableCell c : f.getTableCells()) {
            out.add("cell " + c.getTable() + " " + c.getRow().getKey() + "." + c.getColumn() + "=" + (c.isKnown() ? c.getValue().toPlainString()
                    : c.isBlank() ? "blank" : "unreadable"));
        }
        for (Breakdown b : f.getBreakdowns()) out.add("breakdown " + b.getSource() + " " + b.getTotal() + " = " + b.getPartsSum());
        for (StatedTotal s : f.getStatedTotals()) out.add("statedTotal " + s.getValue() + (s.isScoped() ? " scoped" : ""));
        for (FigureConflict c : f.getConflicts()) out.add("conflict " + c.getLabel() + " " + c.getFirst() + "/" + c.getSecond());
        return out;
    }

    /** The rule ids that FAIL. */
    static Set<String> fails(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        for (Finding x : findings) if (x.getStatus() == Status.FAIL) out.add(x.getRule());
        return out;
    }

    /** The facts only one side has: "- fact" for {@code a}'s, "+ fact" for {@code b}'s. */
    static List<String> differences(List<String> a, List<String> b) {
        Map<String, Integer> left = counts(a);
        Map<String, Integer> right = counts(b);
        List<String> out = new ArrayList<>();
        Set<String> keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        for (String k : keys) {
            int d = left.getOrDefault(k, 0) - right.getOrDefault(k, 0);
            if (d > 0) out.add("- " + k);
            if (d < 0) out.add("+ " + k);
        }
        return out;
    }

    private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("cell (T\\d) (\\S+)\\.[A-Z_]+=(.*)");

    /**
     * {@code differences} without those a text without cell boundaries must make: a PDF's text layer and a scan hold no
     * text for a blank cell, so in a row where {@code original} has blank cells nobody can tell which columns they were:
     * the row is read as unreadable (never as numbers), and its table as read in part. What remains is unexplained.
     */
    static List<String> unexplainedByBlankCells(List<String> original, List<String> differences) {
        Set<String> rowsWithBlanks = new TreeSet<>();
        for (String f : original) {
            java.util.regex.Matcher m = CELL.matcher(f);
            if (m.matches() && m.group(3).equals("blank")) rowsWithBlanks.add(m.group(1) + " " + m.group(2));
        }
        Set<String> tables = new TreeSet<>();
        for (String r : rowsWithBlanks) tables.add(r.substring(0, r.indexOf(' ')));
        List<String> out = new ArrayList<>();
        for (String d : differences) {
            java.util.regex.Matcher m = CELL.matcher(d.substring(2));
            boolean lost = m.matches() && rowsWithBlanks.contains(m.group(1) + " " + m.group(2))
                    && (d.startsWith("- ") || m.group(3).equals("unreadable"));
            boolean partly = tables.stream().anyMatch(t -> d.equals("- table " + t + " READ") || d.equals("+ table " + t + " PARTLY_READ"));
            if (!lost && !partly) out.add(d);
        }
        return out;
    }

    /** Indexes into the array {@link #count} fills. */
    static final int FACTS = 0, FACTS_ALIKE = 1, CELLS = 2, CELLS_ALIKE = 3, CELLS_UNREADABLE = 4, CELLS_OTHER = 5, COUNTS = 6;

    /**
     * Adds to {@code counts} how {@code read} compares with {@code original}: the facts other than table cells (each
     * counted as often as it occurs: those of the original, those read alike), and the table cells the original read
     * as a figure: read alike, unreadable or blank, or read as another figure.
     */
    static void count(List<String> original, List<String> read, int[] counts) {
        List<String> a = original.stream().filter(f -> !f.startsWith("cell ")).toList();
        List<String> b = read.stream().filter(f -> !f.startsWith("cell ")).toList();
        Map<String, Integer> left = counts(a);
        Map<String, Integer> right = counts(b);
        for (var e : left.entrySet()) {
            counts[FACTS] += e.getValue();
            counts[FACTS_ALIKE] += Math.min(e.getValue(), right.getOrDefault(e.getKey(), 0));
        }
        Map<String, String> readCells = new HashMap<>();
        for (String f : read) {
            java.util.regex.Matcher m = CELL_VALUE.matcher(f);
            if (m.matches()) readCells.put(m.group(1), m.group(2));
        }
        for (String f : original) {
            java.util.regex.Matcher m = CELL_VALUE.matcher(f);
            if (!m.matches() || m.group(2).equals("blank") || m.group(2).equals("unreadable")) continue;
            counts[CELLS]++;
            String v = readCells.get(m.group(1));
            if (m.group(2).equals(v)) counts[CELLS_ALIKE]++;
            else if (v == null || v.equals("blank") || v.equals("unreadable")) counts[CELLS_UNREADABLE]++;
            else counts[CELLS_OTHER]++;
        }
    }

    private static final java.util.regex.Pattern CELL_VALUE = java.util.regex.Pattern.compile("cell (\\S+ \\S+)=(.*)");

    private static Map<String, Integer> counts(List<String> facts) {
        Map<String, Integer> m = new HashMap<>();
        for (String f : facts) m.merge(f, 1, Integer::sum);
        return m;
    }
}
