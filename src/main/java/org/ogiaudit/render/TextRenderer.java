package org.ogiaudit.render;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CheckResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Outcome;
import org.ogiaudit.model.Report;

/**
 * The terminal report, in the reader's language: per report its organ, year, score and findings with their basis,
 * evidence and 整改建议, then how many checks passed, failed or did not apply; a one-line summary at the end.
 */
public final class TextRenderer implements Renderer {
    /** Evidence lines shown per finding before "… N more". */
    static final int EVIDENCE_SHOWN = 6;
    private static final String INDENT = "        ";
    private boolean crossHeader;

    private final PrintWriter out;
    private final Words words;

    public TextRenderer(Writer writer, Lang lang) {
        this.out = new PrintWriter(writer);
        this.words = new Words(lang);
    }

    @Override public void begin(RunInfo run) {
        out.println(words.runLine(run));
        out.println();
        out.flush();
    }

    @Override public void report(AuditResult r) {
        Report rep = r.facts() == null ? null : r.facts().getReport();
        out.println(r.file() + (rep != null && rep.getPartCount() > 1
                ? "  [" + words.get("part", r.part(), rep.getPartCount(), rep.getFirstLine(), rep.getLastLine()) + "]" : ""));
        if (rep != null) {
            out.println("  " + String.join(" · ",
                    (rep.getAgency() == null ? words.get("organ.unknown") : rep.getAgency()) + paren(words.label(rep.getOrganKind())),
                    rep.getReportYear() == null ? words.get("year.unknown") : words.get("year", rep.getReportYear()),
                    rep.getRegime() == null ? words.get("regime.unknown") : words.label(rep.getRegime()),
                    rep.getPublishedOn() == null ? words.get("date.unknown") : words.get("published", words.date(rep.getPublishedOn())),
                    r.score() == null ? words.get("score.none") : words.get("score", r.score().value())));
        }
        if (!r.isOk()) out.println("  " + words.get("error", words.text(r.error())));
        for (Finding f : r.findings()) finding(f);
        if (r.isOk() && r.findings().isEmpty()) out.println("  " + words.get("findings.none"));
        if (!r.checks().isEmpty()) out.println("  " + checks(r));
        out.println();
        out.flush();
    }

    private void finding(Finding f) {
        out.println("  " + pad(words.status(f), 16) + pad(words.label(f.getSeverity()), 8)
                + String.format("%4s  ", f.getDeducted() > 0 ? "-" + f.getDeducted() : "") + f.getRule() + "  " + words.text(f.getTitle()));
        if (!f.getMessage().isEmpty()) out.println(INDENT + words.text(f.getMessage()));
        if (f.isAccepted()) {
            out.println(INDENT + words.get("accepted.by", f.getAcceptance().by(), f.getAcceptance().on(), words.label(f.getStatus()),
                    f.getAcceptance().reason()));
            return;
        }
        if (!f.getBasis().isEmpty()) out.println(INDENT + words.basis(f));
        int shown = 0;
        for (Evidence e : f.getEvidence()) {
            if (shown++ == EVIDENCE_SHOWN) {
                out.println(INDENT + words.get("more", f.getEvidence().size() - EVIDENCE_SHOWN));
                break;
            }
            out.println(INDENT + words.where(e) + words.ocr(e) + (words.lang() == Lang.ZH ? "：" : ": ")
                    + (e.getCell() != null ? "[" + e.getCell() + "] " + clip(e.getQuote(), 60) : e.getQuote()));
        }
        if (!f.getAdvice().isEmpty() && f.getStatus() == org.ogiaudit.model.Status.FAIL) {
            out.println(INDENT + words.get("advice", words.text(f.getAdvice())));
        }
    }

    /** After the reports: each cross-report finding, with the two reports it names and quotes of both. */
    @Override public void cross(CrossFinding cf) {
        if (!crossHeader) {
            out.println(words.get("cross.heading"));
            out.println();
            crossHeader = true;
        }
        out.println(cf.report().getName());
        finding(cf.finding());
        int shown = 0;
        for (Evidence e : cf.otherEvidence()) {
            if (shown++ == EVIDENCE_SHOWN) {
                out.println(INDENT + words.get("more", cf.otherEvidence().size() - EVIDENCE_SHOWN));
                break;
            }
            out.println(INDENT + words.get("cross.other", cf.other().getName(), words.where(e) + words.ocr(e))
                    + (e.getCell() != null ? "[" + e.getCell() + "] " + clip(e.getQuote(), 60) : e.getQuote()));
        }
        out.println();
        out.flush();
    }

    private String checks(AuditResult r) {
        Map<Outcome, Integer> n = new TreeMap<>();
        for (Outcome o : Outcome.values()) n.put(o, 0);
        for (CheckResult c : r.checks()) n.merge(c.outcome(), 1, Integer::sum);
        return words.get("checks.summary", r.checks().size(), n.get(Outcome.PASS), n.get(Outcome.FAIL), n.get(Outcome.UNCERTAIN),
                n.get(Outcome.NOT_APPLICABLE));
    }

    @Override public void end(Tally tally) {
        if (tally.baselineInUse()) {
            for (var e : tally.stale()) out.println(words.get("stale", e.fingerprint(), e.rule(), e.report(), e.message()));
        }
        out.println(tally.summaryLine(words.lang()));
        out.flush();
    }

    private String paren(String s) {
        return words.lang() == Lang.ZH ? "（" + s + "）" : " (" + s + ")";
    }

    private static String clip(String s, int n) {
        return s.length() > n ? s.substring(0, n) + "…" : s;
    }

    /** {@code s} padded to {@code columns} terminal columns, a Chinese character taking two. */
    static String pad(String s, int columns) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0xFF00 && cp <= 0xFFEF)
                    || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return s + " ".repeat(Math.max(1, columns - width));
    }
}
