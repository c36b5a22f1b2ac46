package org.ogiaudit.render;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.CrossReport;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Status;
import org.ogiaudit.score.Ranking;

/**
 * An organ's page: its years side by side (score, findings, the continuity checks between them), then the findings of
 * the cross-report phase about its reports, each linking to both reports' pages at the lines it quotes.
 */
final class HtmlOrganPage {
    private HtmlOrganPage() { }

    /** The page of the organ with this key (see {@link CrossReport#organKey}), relative to the site: "organs/…html". */
    static String path(String organKey) {
        long h = 1125899906842597L;
        for (int i = 0; i < organKey.length(); i++) h = 31 * h + organKey.charAt(i);
        return "organs/" + HexFormat.of().toHexDigits(h) + ".html";
    }

    /**
     * @param years    the organ's ranked rows, oldest year first
     * @param pages    report pages by "file#part"
     * @param findings cross-report findings about the organ's reports
     */
    static String render(String organ, List<Ranking.Ranked> years, Map<String, String> pages, List<CrossFinding> findings,
                         RunInfo run, Words w) {
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"noprint\"><a href=\"../index.html\">").append(Html.esc(w.get("html.back"))).append("</a></p>");
        b.append("<h1>").append(Html.esc(organ)).append("</h1>");
        b.append("<p class=\"sub\">").append(Html.esc(w.get("organ.sub"))).append("</p>");
        b.append("<h2>").append(Html.esc(w.get("organ.years"))).append("</h2><table class=\"years\"><thead><tr><th></th>");
        for (Ranking.Ranked k : years) {
            Ranking.Row r = k.row();
            String page = pages.get(r.file() + "#" + r.part());
            String label = r.year() == null ? w.get("year.unknown") : w.get("year", r.year());
            b.append("<th class=\"num\">").append(page == null ? Html.esc(label) : "<a href=\"../" + page + "\">" + Html.esc(label) + "</a>")
                    .append("</th>");
        }
        b.append("</tr></thead><tbody>");
        row(b, w.get("th.score"), years, k -> k.row().score() == null ? "—" : String.valueOf(k.row().score()));
        row(b, w.get("th.rank"), years, k -> k.rank() == 0 ? "—" : String.valueOf(k.rank()));
        row(b, w.get("th.fails"), years, k -> String.valueOf(k.row().fails().values().stream().mapToInt(Integer::intValue).sum()));
        row(b, w.get("th.uncertain"), years, k -> String.valueOf(k.row().uncertain()));
        row(b, w.get("organ.crossPoints"), years, k -> k.row().crossDeducted() == 0 ? "0" : "−" + k.row().crossDeducted());
        row(b, w.get("organ.carryover"), years, k -> continuity(k.row(), findings, "OGI-CROSS-CARRYOVER", w));
        row(b, w.get("organ.inForce"), years, k -> continuity(k.row(), findings, "OGI-CROSS-INFORCE", w));
        row(b, w.get("organ.copy"), years, k -> continuity(k.row(), findings, "OGI-CROSS-COPY", w));
        row(b, w.get("organ.file"), years, k -> Html.esc(shortName(k.row().file())));
        b.append("</tbody></table>");
        b.append("<p class=\"help\">").append(Html.esc(w.get("organ.help"))).append("</p>");
        b.append("<h2>").append(Html.esc(w.get("organ.findings", findings.size()))).append("</h2>");
        if (findings.isEmpty()) b.append("<p>").append(Html.esc(w.get("findings.none"))).append("</p>");
        for (CrossFinding f : findings) b.append(finding(f, pages, w));
        b.append("<p class=\"sub\">").append(Html.esc(w.runLine(run))).append("</p>");
        return Html.page(w.lang(), organ + " · ogi-audit", b.toString(), null);
    }

    private static void row(StringBuilder b, String label, List<Ranking.Ranked> years, java.util.function.Function<Ranking.Ranked, String> cell) {
        b.append("<tr><td>").append(Html.esc(label)).append("</td>");
        for (Ranking.Ranked k : years) b.append("<td class=\"num\">").append(cell.apply(k)).append("</td>");
        b.append("</tr>");
    }

    /** The status of a rule's cross-report findings on that year: 不合格, 存疑, ✓ (compared, none) or —. */
    private static String continuity(Ranking.Row r, List<CrossFinding> findings, String rule, Words w) {
        String key = r.file() + "#" + r.part();
        List<Finding> of = findings.stream().filter(f -> !f.report().isStored() && f.report().getKey().equals(key))
                .map(CrossFinding::finding).filter(f -> f.getRule().equals(rule)).toList();
        if (of.stream().anyMatch(f -> f.getStatus() == Status.FAIL)) return "<span class=\"n-error\">" + Html.esc(w.label(Status.FAIL)) + "</span>";
        if (!of.isEmpty()) return "<span class=\"n-warning\">" + Html.esc(w.label(Status.UNCERTAIN)) + "</span>";
        return r.ok() ? "✓" : "—";
    }

    private static String finding(CrossFinding cf, Map<String, String> pages, Words w) {
        Finding f = cf.finding();
        String sev = f.getSeverity().name().toLowerCase(Locale.ROOT);
        boolean fail = f.getStatus() == Status.FAIL;
        String badge = f.isAccepted() ? "accepted" : f.isAdvisory() ? "advisory" : fail ? sev : "UNCERTAIN";
        StringBuilder b = new StringBuilder("<div class=\"finding sev-").append(sev).append(' ').append(f.getStatus())
                .append("\" data-rule=\"").append(Html.esc(f.getRule())).append("\">");
        b.append("<span class=\"badge b-").append(badge).append("\">").append(Html.esc(w.status(f))).append("</span> ")
                .append("<b>").append(Html.esc(w.text(f.getTitle()))).append("</b> ")
                .append(f.getDeducted() > 0 ? "<span class=\"n-error\">−" + f.getDeducted() + "</span> " : "")
                .append("<span class=\"sub\">").append(Html.esc(f.getRule())).append("</span>");
        b.append("<div class=\"msg\">").append(Html.esc(w.text(f.getMessage()))).append("</div>");
        if (!f.getBasis().isEmpty()) b.append("<div class=\"basis\">").append(Html.esc(w.basis(f))).append("</div>");
        b.append(side(w.get("organ.thisReport"), cf.report(), f.getEvidence(), pages, w));
        b.append(side(w.get("organ.other"), cf.other(), cf.otherEvidence(), pages, w));
        return b.append("</div>").toString();
    }

    /** One side of a comparison: the report (linked when it has a page in this site) and its quotes, each linked to its line. */
    private static String side(String label, CrossReport r, List<Evidence> evidence, Map<String, String> pages, Words w) {
        String page = r.isStored() ? null : pages.get(r.getKey());
        StringBuilder b = new StringBuilder("<div class=\"basis\">").append(Html.esc(label))
                .append(page == null ? Html.esc(r.getName()) : "<a class=\"report\" href=\"../" + page + "\">" + Html.esc(r.getName()) + "</a>")
                .append("</div><ul>");
        String colon = w.lang() == Lang.ZH ? "：" : ": ";
        for (Evidence e : evidence) {
            String at = Html.esc(w.where(e));
            b.append("<li>").append(page == null || e.getLine() <= 0 ? at : "<a href=\"../" + page + "#L" + e.getLine() + "\">" + at + "</a>")
                    .append(e.isReadByOcr() ? " " + w.ocrHtml() : "").append(colon).append(e.getCell() == null ? "" : "<b>" + Html.esc(e.getCell()) + "</b> ")
                    .append(Html.esc(e.getQuote().length() > 120 ? e.getQuote().substring(0, 120) + "…" : e.getQuote())).append("</li>");
        }
        return b.append("</ul>").toString();
    }

    private static String shortName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
