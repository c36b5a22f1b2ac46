package org.ogiaudit.render;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Report;

/** The terminal report: per report its organ, year, score and findings with evidence, then a one-line summary. */
public final class TextRenderer implements Renderer {
    private final PrintWriter out;
    private boolean crossHeader;

    public TextRenderer(Writer writer) {
        this.out = new PrintWriter(writer);
    }

    @Override public void begin(RunInfo run) {
        out.printf("ogi-audit %s · rulebook %s (%d rules, sha256 %s)%n%n", run.version(), run.rulebookSource(), run.rules(),
                run.rulebookSha256().substring(0, 12));
        out.flush();
    }

    @Override public void report(AuditResult r) {
        out.println(r.file() + (r.facts() != null && r.facts().getReport().getPartCount() > 1
                ? "  [report " + r.part() + " of " + r.facts().getReport().getPartCount() + ", lines "
                + r.facts().getReport().getFirstLine() + "-" + r.facts().getReport().getLastLine() + "]" : ""));
        if (r.facts() != null) {
            Report rep = r.facts().getReport();
            out.printf("  %s (%s) · %s · %s · published %s · %s%n",
                    rep.getAgency() == null ? "organ unknown" : rep.getAgency(), rep.getOrganKind(),
                    rep.getReportYear() == null ? "year unknown" : rep.getReportYear() + "年",
                    rep.getRegime() == null ? "regime unknown" : rep.getRegime(),
                    rep.getPublishedOn() == null ? "date unknown" : rep.getPublishedOn(),
                    r.score() == null ? "not scored" : "score " + r.score().value() + "/100");
        }
        if (!r.isOk()) out.println("  ERROR: " + r.error());
        for (Finding f : r.findings()) {
            out.printf("  %-9s %-7s %3s  %s  %s%n", f.isAccepted() ? "accepted" : f.getStatus(), f.getSeverity().name().toLowerCase(Locale.ROOT),
                    f.getDeducted() > 0 ? "-" + f.getDeducted() : "", f.getRule(), f.getMessage());
            if (f.isAccepted()) {
                out.println("                         accepted (" + f.getStatus() + ") by " + f.getAcceptance().by() + " on "
                        + f.getAcceptance().on() + ": " + f.getAcceptance().reason());
                continue;
            }
            if (f.getBasis() != null) out.println("                         basis: " + f.getBasis());
            int shown = 0;
            for (Evidence e : f.getEvidence()) {
                if (shown++ == 6) {
                    out.println("                         … " + (f.getEvidence().size() - 6) + " more");
                    break;
                }
                out.println("                         " + (e.getLine() > 0 ? "line " + e.getLine() : "page metadata") + ": "
                        + (e.getCell() != null ? "[" + e.getCell() + "] " + (e.getQuote().length() > 60 ? e.getQuote().substring(0, 60) + "…" : e.getQuote())
                        : e.getQuote()));
            }
        }
        if (r.isOk() && r.findings().isEmpty()) out.println("  no findings");
        out.println();
        out.flush();
    }

    /** After the reports: each cross-report finding, with the two reports it names and quotes of both. */
    @Override public void cross(CrossFinding cf) {
        if (!crossHeader) {
            out.println("Across reports");
            crossHeader = true;
        }
        Finding f = cf.finding();
        out.println(cf.report().getName());
        out.printf("  %-9s %-7s %3s  %s  %s%n", f.isAccepted() ? "accepted" : f.getStatus(), f.getSeverity().name().toLowerCase(Locale.ROOT),
                f.getDeducted() > 0 ? "-" + f.getDeducted() : "", f.getRule(), f.getMessage());
        if (f.getBasis() != null) out.println("                         basis: " + f.getBasis());
        quote("this report", f.getEvidence());
        quote(cf.other().getName(), cf.otherEvidence());
        out.println();
        out.flush();
    }

    private void quote(String whose, java.util.List<Evidence> evidence) {
        int shown = 0;
        for (Evidence e : evidence) {
            if (shown++ == 4) {
                out.println("                           … " + (evidence.size() - 4) + " more");
                break;
            }
            out.println("                         " + whose + ", line " + e.getLine() + ": "
                    + (e.getCell() != null ? "[" + e.getCell() + "] " : "") + (e.getQuote().length() > 80 ? e.getQuote().substring(0, 80) + "…" : e.getQuote()));
        }
    }

    @Override public void end(Tally tally) {
        if (tally.baselineInUse()) {
            for (var e : tally.stale()) {
                out.println("stale baseline entry " + e.fingerprint() + " (" + e.rule() + ", " + e.report()
                        + "): the finding no longer occurs: " + e.message());
            }
        }
        out.println(tally.summaryLine());
        out.flush();
    }
}
