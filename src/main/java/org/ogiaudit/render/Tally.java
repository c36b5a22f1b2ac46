package org.ogiaudit.render;

import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Status;

/** Counts over a batch, for the closing summary line. */
public final class Tally {
    private int reports;
    private int errors;
    private int fails;
    private int uncertain;
    private int accepted;
    private int ignored;
    private org.ogiaudit.engine.Baseline baseline;
    private long scoreSum;
    private int scored;
    private final java.util.Set<String> files = new java.util.HashSet<>();

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

    public int files() { return files.size(); }
    /** Files in the folders given that are no reports (images, scripts, style sheets): counted, not listed. */
    public int ignored() { return ignored; }
    public void ignored(int n) { ignored = n; }
    public int reports() { return reports; }
    public int errors() { return errors; }
    public int fails() { return fails; }
    public int uncertain() { return uncertain; }
    /** Findings accepted in the baseline, counted apart from FAIL and UNCERTAIN. */
    public int accepted() { return accepted; }

    /** The baseline in use, for its stale entries; null when none. */
    public org.ogiaudit.engine.Baseline baseline() { return baseline; }

    public void baseline(org.ogiaudit.engine.Baseline b) { baseline = b; }

    public Double meanScore() { return scored == 0 ? null : (double) scoreSum / scored; }

    /** One line a person reads at the end of a run. */
    public String summaryLine() {
        return String.format("%d file(s), %d report(s): %d checked, %d error(s); %d FAIL and %d UNCERTAIN finding(s)%s%s%s",
                files(), reports, reports - errors, errors, fails, uncertain,
                ignored == 0 ? "" : String.format("; %d other file(s) ignored (not reports)", ignored),
                baseline == null ? "" : String.format(", %d accepted in the baseline (%d stale entr%s)", accepted,
                        baseline.stale().size(), baseline.stale().size() == 1 ? "y" : "ies"),
                meanScore() == null ? "" : String.format("; mean score %.1f", meanScore()));
    }
}
