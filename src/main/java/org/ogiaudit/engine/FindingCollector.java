package org.ogiaudit.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import org.ogiaudit.model.Evidence;
import java.math.BigDecimal;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.TableCell;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Status;

/**
 * The global {@code findings} that rules report through:
 * <pre>
 *   findings.fail(kcontext, "published after 31 March", $r.getPublishedOnEvidence());
 *   findings.uncertain(kcontext, "no publication date found");
 *   findings.missing(kcontext, $r, "no 其他需要报告的事项 section", $r.getOutline());
 * </pre>
 * Severity, points, category, basis and title are taken from the firing rule's metadata. A FAIL without evidence is
 * not allowed (rule catalogue, "Outcomes") and is recorded as UNCERTAIN.
 */
public final class FindingCollector {
    private final Rulebook rulebook;
    private final List<Finding> findings = new ArrayList<>();

    public FindingCollector(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    public void fail(RuleContext ctx, String message, Evidence... evidence) {
        add(ctx, Status.FAIL, message, Arrays.asList(evidence));
    }

    public void fail(RuleContext ctx, String message, List<Evidence> evidence) {
        add(ctx, Status.FAIL, message, evidence);
    }

    public void uncertain(RuleContext ctx, String message, Evidence... evidence) {
        add(ctx, Status.UNCERTAIN, message, Arrays.asList(evidence));
    }

    public void uncertain(RuleContext ctx, String message, List<Evidence> evidence) {
        add(ctx, Status.UNCERTAIN, message, evidence);
    }

    /**
     * Something the report should have is absent: FAIL, or UNCERTAIN when the text starts in the middle of a report
     * (a page cut at its start), since the part may have been lost with it.
     */
    public void missing(RuleContext ctx, Report report, String message, List<Evidence> evidence) {
        if (report.isStartsMidReport()) {
            add(ctx, Status.UNCERTAIN, message + " (the text starts mid-report: it may have been cut off)", evidence);
        } else {
            add(ctx, Status.FAIL, message, evidence);
        }
    }

    /** {@link #missing(RuleContext, Report, String, List)} with one piece of evidence. */
    public void missing(RuleContext ctx, Report report, String message, Evidence evidence) {
        missing(ctx, report, message, evidence == null ? List.of() : List.of(evidence));
    }

    /**
     * Checks that two sides of a table identity agree, as an accountant would: {@code left} and {@code right} are
     * lists of {@link TableCell}s summed on each side. Both sums, each cell with its value and line, and the
     * difference are reported. FAIL only when every cell was read; UNCERTAIN when blank cells (which count as 0 only in
     * an all-blank row) decide it; nothing when a cell is unreadable, since the table-level finding says so already.
     */
    public void balance(RuleContext ctx, String what, List<?> left, List<?> right) {
        List<TableCell> l = cells(left);
        List<TableCell> r = cells(right);
        List<TableCell> all = new ArrayList<>(l);
        all.addAll(r);
        if (all.stream().anyMatch(c -> !c.isReadable())) return;
        // cells cut apart with the column totals cannot test those totals: reading them assumed the columns add up
        if (all.stream().anyMatch(c -> org.ogiaudit.extract.TableReader.BY_ROW_AND_COLUMN.equals(c.getReadHow()))
                && all.stream().map(TableCell::getColumn).distinct().count() == 1) {
            return;
        }
        BigDecimal ls = sum(l);
        BigDecimal rs = sum(r);
        if (ls.compareTo(rs) == 0) return;
        boolean oneRow = all.stream().map(TableCell::getRow).distinct().count() == 1;
        String msg = what + ": " + side(l, oneRow) + " = " + ls.toPlainString() + ", but " + side(r, oneRow) + " = " + rs.toPlainString()
                + " (difference " + ls.subtract(rs).abs().toPlainString() + ")";
        if (all.stream().anyMatch(c -> c.getReadHow() != null && c.getReadHow().startsWith("split"))) {
            msg += "; the page glued these cells' digits together and they were cut apart by each row's own total "
                    + "(the only cut possible; see ogi-audit facts)";
        }
        List<Evidence> evidence = all.stream().map(TableCell::getEvidence).distinct().toList();
        if (all.stream().anyMatch(c -> !c.isKnown())) {
            add(ctx, Status.UNCERTAIN, msg + "; blank cells were read as 0 and decide it", evidence);
        } else {
            add(ctx, Status.FAIL, msg, evidence);
        }
    }

    private static List<TableCell> cells(List<?> objects) {
        List<TableCell> out = new ArrayList<>();
        for (Object o : objects) out.add((TableCell) o);
        out.sort(java.util.Comparator.comparing(TableCell::getRow, RowOrder.INSTANCE));
        return out;
    }

    private static BigDecimal sum(List<TableCell> cells) {
        BigDecimal s = BigDecimal.ZERO;
        for (TableCell c : cells) if (c.isKnown()) s = s.add(c.getValue());
        return s;
    }

    private static String side(List<TableCell> cells, boolean byColumn) {
        if (cells.size() > 4) {
            long nonZero = cells.stream().filter(c -> c.isKnown() && c.getValue().signum() != 0).count();
            return "the sum of " + cells.size() + " cells (" + nonZero + " not 0)";
        }
        StringBuilder sb = new StringBuilder();
        for (TableCell c : cells) {
            if (sb.length() > 0) sb.append(" + ");
            sb.append(byColumn ? c.getColumnName() : c.getRowLabel().replaceFirst("^[一二三四]、", "")).append(' ')
                    .append(c.isKnown() ? c.getValue().toPlainString() : "(空白)");
        }
        return sb.toString();
    }

    /** Orders row keys as the format prints them: R1, R2, R3.1 … R3.3.8, R3.4.1 … R3.7, R4. */
    private enum RowOrder implements java.util.Comparator<String> {
        INSTANCE;

        @Override public int compare(String a, String b) {
            // compare digit runs as numbers and everything else as characters, without regexes (sorting is hot)
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (Character.isDigit(x) && Character.isDigit(y)) {
                    int si = i;
                    int sj = j;
                    while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                    while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                    int c = Long.compare(Long.parseLong(a.substring(si, i)), Long.parseLong(b.substring(sj, j)));
                    if (c != 0) return c;
                } else {
                    if (x != y) return Character.compare(x, y);
                    i++;
                    j++;
                }
            }
            return Integer.compare(a.length() - i, b.length() - j);
        }
    }

    private void add(RuleContext ctx, Status status, String message, List<Evidence> evidence) {
        List<Evidence> kept = evidence == null ? List.of() : evidence.stream().filter(Objects::nonNull).toList();
        Status effective = status == Status.FAIL && kept.isEmpty() ? Status.UNCERTAIN : status;
        String ruleName = ctx.getRule().getName();
        RuleInfo info = rulebook.rule(ruleName);
        findings.add(new Finding(info.id(), ruleName, effective, info.severity(), info.points(), info.category(),
                info.basis(), info.title(), effective == status ? message : message + " (no evidence could be quoted)", kept));
    }

    /**
     * A rule failed on this report (it threw, or kept re-firing and was stopped): the failure is recorded against that
     * rule as UNCERTAIN, so the rest of the rulebook and the batch go on.
     */
    void ruleFailed(String ruleName, String why) {
        RuleInfo info = rulebook.rule(ruleName);
        if (info == null) return;
        findings.add(new Finding(info.id(), ruleName, Status.UNCERTAIN, info.severity(), info.points(), info.category(),
                info.basis(), info.title(), "the rule failed on this report and was not applied: " + why, List.of()));
    }

    /** What the rules reported, in firing order. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
