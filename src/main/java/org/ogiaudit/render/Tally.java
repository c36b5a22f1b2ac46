package org.ogiaudit.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Status;

/** Counts over a batch, for the closing summary line and the outputs' summaries. */
public final class Tally {
    /** A baseline entry whose report was checked in this run but whose finding no longer occurs. */
    public record Stale(String fingerprint, String rule, String report, String message) { }

    private int reports;
    private int errors;
    private int fails;
    private int uncertain;
    private int accepted;
    private int ignored;
    private int cross;
    private long scoreSum;
    private int scored;
    private boolean baselineInUse;
    private List<Stale> stale = List.of();
    private final Set<String> files = new HashSet<>();

    public void add(AuditResult r) {
        files.add(r.file());
        reports++;
        if (!r.isOk()) errors++;
        for (Finding f : r.findings()) {
            if (f.isAccepted()) accepted++;
            else if (f.getStatus() == Status.FAIL) fails++;
            else uncertain++;
        }
        if (r.score() != null) {
            scoreSum += r.score().value();
            scored++;
        }
    }

    /** Counts a finding of the cross-report phase with the others. */
    public void cross(CrossFinding f) {
        cross++;
        if (f.finding().isAccepted()) accepted++;
        else if (f.finding().getStatus() == Status.FAIL) fails++;
        else uncertain++;
    }

    /** Findings of the cross-report phase (counted in {@link #fails()} and {@link #uncertain()} too). */
    public int crossFindings() { return cross; }

    public int files() { return files.size(); }
    public int reports() { return reports; }
    public int errors() { return errors; }
    public int fails() { return fails; }
    public int uncertain() { return uncertain; }
    /** Findings accepted in the baseline, counted apart from FAIL and UNCERTAIN. */
    public int accepted() { return accepted; }
    /** Files in the folders given that are no reports (images, scripts, style sheets): counted, not listed. */
    public int ignored() { return ignored; }
    public void ignored(int n) { ignored = n; }

    /** True when a baseline was in use; its stale entries are then in {@link #stale()}. */
    public boolean baselineInUse() { return baselineInUse; }

    public List<Stale> stale() { return stale; }

    /** Records that a baseline was in use, and its entries that turned stale in this run. */
    public void baseline(List<Stale> staleEntries) {
        baselineInUse = true;
        stale = List.copyOf(staleEntries);
    }

    public Double meanScore() { return scored == 0 ? null : (double) scoreSum / scored; }

    /** One line a person reads at the end of a run. */
    public String summaryLine() {
        return String.format("%d file(s), %d report(s): %d checked, %d error(s); %d FAIL and %d UNCERTAIN finding(s)%s%s%s%s",
                files(), reports, reports - errors, errors, fails, uncertain,
                cross == 0 ? "" : String.format(" (%d across reports)", cross),
                ignored == 0 ? "" : String.format("; %d other file(s) ignored (not reports)", ignored),
                !baselineInUse ? "" : String.format(", %d accepted in the baseline (%d stale entr%s)", accepted,
                        stale.size(), stale.size() == 1 ? "y" : "ies"),
                meanScore() == null ? "" : String.format("; mean score %.1f", meanScore()));
    }
}
