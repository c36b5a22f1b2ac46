package org.ogiaudit.render;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.CrossReport;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
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
                         String runLine) {
        StringBuilder b = new StringBuilder();
        b.append("<p><a href=\"../index.html\">← 返回总览 Back to the overview</a></p>");
        b.append("<h1>").append(Html.esc(organ)).append("</h1>");
        b.append("<p class=\"sub\">历年报告与跨报告比较 Years side by side, and what comparing reports found</p>");
        b.append("<h2>历年 Years</h2><table class=\"years\"><thead><tr><th></th>");
        for (Ranking.Ranked k : years) {
            Ranking.Row r = k.row();
            String page = pages.get(r.file() + "#" + r.part());
            String label = (r.year() == null ? "?" : r.year() + "年度");
            b.append("<th class=\"num\">").append(page == null ? Html.esc(label) : "<a href=\"../" + page + "\">" + Html.esc(label) + "</a>")
                    .append("</th>");
        }
        b.append("</tr></thead><tbody>");
        row(b, "得分 Score", years, k -> k.row().score() == null ? "—" : String.valueOf(k.row().score()));
        row(b, "排名 Rank", years, k -> k.rank() == 0 ? "—" : String.valueOf(k.rank()));
        row(b, "问题 FAIL", years, k -> String.valueOf(k.row().fails().values().stream().mapToInt(Integer::intValue).sum()));
        row(b, "待核实 UNCERTAIN", years, k -> String.valueOf(k.row().uncertain()));
        row(b, "跨报告扣分 Cross-report points", years, k -> k.row().crossDeducted() == 0 ? "0" : "−" + k.row().crossDeducted());
        row(b, "上年结转 Carry-over", years, k -> continuity(k.row(), findings, "OGI-CROSS-CARRYOVER"));
        row(b, "现行有效件数 In force", years, k -> continuity(k.row(), findings, "OGI-CROSS-INFORCE"));
        row(b, "雷同 Copy", years, k -> continuity(k.row(), findings, "OGI-CROSS-COPY"));
        row(b, "文件 File", years, k -> Html.esc(shortName(k.row().file())));
        b.append("</tbody></table>");
        b.append("<p class=\"help\">上年结转 compares table 三's 上年结转 with the year before's 结转下年度继续办理; 现行有效件数 "
                + "compares table 二 with the year before's plus 本年制发 minus 本年废止; — : nothing to compare (no year before "
                + "in this batch or the store). ✓ : compared, no finding.</p>");
        b.append("<h2>跨报告问题 Cross-report findings (").append(findings.size()).append(")</h2>");
        if (findings.isEmpty()) b.append("<p>未发现 None.</p>");
        for (CrossFinding f : findings) b.append(finding(f, pages));
        b.append("<p class=\"sub\">").append(Html.esc(runLine)).append("</p>");
        return Html.page(organ + " · ogi-audit", b.toString(), null);
    }

    private static void row(StringBuilder b, String label, List<Ranking.Ranked> years, java.util.function.Function<Ranking.Ranked, String> cell) {
        b.append("<tr><td>").append(Html.esc(label)).append("</td>");
        for (Ranking.Ranked k : years) b.append("<td class=\"num\">").append(cell.apply(k)).append("</td>");
        b.append("</tr>");
    }

    /** The status of a rule's cross-report findings on that year: FAIL, UNCERTAIN, ✓ (compared, none) or —. */
    private static String continuity(Ranking.Row r, List<CrossFinding> findings, String rule) {
        String key = r.file() + "#" + r.part();
        List<Finding> of = findings.stream().filter(f -> !f.report().isStored() && f.report().getKey().equals(key))
                .map(CrossFinding::finding).filter(f -> f.getRule().equals(rule)).toList();
        if (of.stream().anyMatch(f -> f.getStatus() == Status.FAIL)) return "<span class=\"n-error\">FAIL</span>";
        if (!of.isEmpty()) return "<span class=\"n-warning\">UNCERTAIN</span>";
        return r.ok() ? "✓" : "—";
    }

    private static String finding(CrossFinding cf, Map<String, String> pages) {
        Finding f = cf.finding();
        String sev = f.getSeverity().name().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder("<div class=\"finding sev-").append(sev).append(' ').append(f.getStatus())
                .append("\" data-rule=\"").append(Html.esc(f.getRule())).append("\">");
        b.append("<span class=\"badge b-").append(f.getStatus() == Status.FAIL ? sev : "UNCERTAIN").append("\">")
                .append(f.getStatus() == Status.FAIL ? sev : "uncertain").append("</span> <b>").append(Html.esc(f.getRule())).append("</b> ")
                .append(f.getDeducted() > 0 ? "<span class=\"n-error\">−" + f.getDeducted() + "</span> " : "")
                .append("<span>").append(Html.esc(f.getTitle())).append("</span>");
        b.append("<div class=\"msg\">").append(Html.esc(f.getMessage())).append("</div>");
        if (f.getBasis() != null) b.append("<div class=\"basis\">依据 Basis: ").append(Html.esc(f.getBasis())).append("</div>");
        b.append(side("本报告 This report", cf.report(), f.getEvidence(), pages));
        b.append(side("对比报告 Compared with", cf.other(), cf.otherEvidence(), pages));
        return b.append("</div>").toString();
    }

    /** One side of a comparison: the report (linked when it has a page in this site) and its quotes, each linked to its line. */
    private static String side(String label, CrossReport r, List<Evidence> evidence, Map<String, String> pages) {
        String page = r.isStored() ? null : pages.get(r.getKey());
        StringBuilder b = new StringBuilder("<div class=\"basis\">").append(Html.esc(label)).append(": ")
                .append(page == null ? Html.esc(r.getName()) : "<a class=\"report\" href=\"../" + page + "\">" + Html.esc(r.getName()) + "</a>")
                .append("</div><ul>");
        for (Evidence e : evidence) {
            String at = "line " + e.getLine();
            b.append("<li>").append(page == null || e.getLine() <= 0 ? Html.esc(at) : "<a href=\"../" + page + "#L" + e.getLine() + "\">" + at + "</a>")
                    .append(": ").append(e.getCell() == null ? "" : "<b>" + Html.esc(e.getCell()) + "</b> ")
                    .append(Html.esc(e.getQuote().length() > 120 ? e.getQuote().substring(0, 120) + "…" : e.getQuote())).append("</li>");
        }
        return b.append("</ul>").toString();
    }

    private static String shortName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
