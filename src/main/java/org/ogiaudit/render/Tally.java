package org.ogiaudit.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
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
    private int advisory;
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
            else if (f.isAdvisory()) advisory++;
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
    /** FAIL findings that deduct nothing (no points, or a basis the profile does not count), counted apart from FAIL. */
    public int advisory() { return advisory; }
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

    /** One line a person reads at the end of a run, in {@code lang}. */
    public String summaryLine(Lang lang) {
        Words w = new Words(lang);
        return w.get("tally.summary", files(), reports, reports - errors, errors, fails, uncertain)
                + (cross == 0 ? "" : w.get("tally.cross", cross))
                + (advisory == 0 ? "" : w.get("tally.advisory", advisory))
                + (ignored == 0 ? "" : w.get("tally.ignored", ignored))
                + (!baselineInUse ? "" : w.get("tally.baseline", accepted, stale.size()))
                + (meanScore() == null ? "" : w.get("tally.mean", meanScore()));
    }
}
