package org.ogiaudit.render;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.StatisticsPeriod;

/**
 * One report's page: its facts, its findings grouped by category with their legal basis, and its text with every
 * quoted line highlighted. Clicking a finding marks its lines and scrolls the text to the first.
 */
final class HtmlReportPage {
    private static final String SCRIPT = """
            document.querySelectorAll('.finding').forEach(function (f) {
              f.addEventListener('click', function () {
                document.querySelectorAll('.line.focus').forEach(function (l) { l.classList.remove('focus'); });
                document.querySelectorAll('.finding.selected').forEach(function (x) { x.classList.remove('selected'); });
                f.classList.add('selected');
                var first = null;
                (f.dataset.lines || '').split(',').filter(Boolean).forEach(function (n) {
                  var l = document.getElementById('L' + n);
                  if (l) { l.classList.add('focus'); if (!first) first = l; }
                });
                if (first) first.scrollIntoView({block: 'center'});
              });
            });
            """;

    private HtmlReportPage() { }

    /** @param organPage the organ's page ("organs/….html": its years and the cross-report findings), or null */
    static String render(AuditResult r, String runLine, String organPage) {
        StringBuilder b = new StringBuilder();
        b.append("<p><a href=\"../index.html\">← 返回总览 Back to the overview</a>").append(organPage == null ? ""
                : " · <a class=\"organ-page\" href=\"../" + organPage + "\">机关历年与跨报告比较 The organ's years and cross-report findings</a>")
                .append("</p>");
        Report rep = r.facts().getReport();
        b.append("<h1>").append(Html.esc(rep.getAgency() == null ? "机关未识别 Organ unknown" : rep.getAgency()))
                .append(rep.getReportYear() == null ? "" : " · " + rep.getReportYear() + "年度").append("</h1>");
        b.append("<p class=\"sub\">").append(Html.esc(r.file())).append(rep.getPartCount() > 1 ? " · 第 " + r.part() + " 份，共 "
                + rep.getPartCount() + " 份 (report " + r.part() + " of " + rep.getPartCount() + " on this page)" : "").append("</p>");
        if (!r.isOk()) b.append("<p class=\"n-error\">").append(Html.esc(r.error())).append("</p>");
        if (r.score() != null) {
            b.append("<div class=\"cards\"><div class=\"card\"><b class=\"score\">").append(r.score().value())
                    .append("</b><span>得分 Score / 100</span></div>");
            for (Category c : Category.values()) {
                int d = r.score().byCategory().getOrDefault(c, 0);
                b.append("<div class=\"card\"><b>").append(d == 0 ? "0" : "−" + d).append("</b><span>")
                        .append(c.getChinese()).append(' ').append(c.name().toLowerCase(Locale.ROOT)).append("</span></div>");
            }
            b.append("</div>");
        }
        b.append(facts(rep, r));
        b.append("<div class=\"layout\"><div>");
        b.append("<h2>问题 Findings (").append(r.findings().size()).append(")</h2>");
        if (r.findings().isEmpty()) b.append("<p>未发现问题 No findings.</p>");
        Map<Category, List<Finding>> byCategory = new EnumMap<>(Category.class);
        for (Finding f : r.findings()) byCategory.computeIfAbsent(f.getCategory(), k -> new java.util.ArrayList<>()).add(f);
        for (var e : byCategory.entrySet()) {
            b.append("<h3>").append(e.getKey().getChinese()).append(' ').append(e.getKey().name().toLowerCase(Locale.ROOT)).append("</h3>");
            for (Finding f : e.getValue()) b.append(finding(f));
        }
        b.append("</div><div><h2>正文 Report text</h2>").append(text(r)).append("</div></div>");
        b.append("<p class=\"sub\">").append(Html.esc(runLine)).append("</p>");
        return Html.page((rep.getAgency() == null ? r.file() : rep.getAgency()) + " · ogi-audit", b.toString(), SCRIPT);
    }

    private static String facts(Report rep, AuditResult r) {
        StringBuilder b = new StringBuilder("<h2>事实 Facts</h2><table class=\"facts\">");
        row(b, "标题 Title", rep.getTitle());
        row(b, "机关 Organ", rep.getAgency() == null ? null : rep.getAgency() + "  (" + rep.getAgencySource() + ")");
        row(b, "机关类型 Organ kind", rep.getOrganKind() + "  (" + rep.getOrganKindSource() + ")");
        row(b, "地区 Region", rep.getRegion() == null ? null : rep.getRegion() + "  (" + rep.getRegionSource() + ")");
        row(b, "报告年度 Report year", rep.getReportYear() == null ? null : rep.getReportYear() + "  (" + rep.getYearSource() + ")");
        row(b, "适用规定 Regime", rep.getRegime());
        row(b, "发布日期 Published", rep.getPublishedOn() == null ? "未找到 not found" : rep.getPublishedOn() + "  (" + rep.getPublishedOnSource() + ")");
        StatisticsPeriod p = r.facts().getStatisticsPeriod();
        row(b, "统计期限 Period", p == null ? "未找到 not found" : (p.isBlank() ? "空白 blank" : p.getFrom() + " … " + p.getTo()) + "  (line " + p.getLine() + ")");
        if (rep.getUrl() != null) {
            b.append("<tr><td>网址 URL</td><td><a href=\"").append(Html.esc(rep.getUrl())).append("\">").append(Html.esc(rep.getUrl())).append("</a></td></tr>");
        }
        for (String n : r.facts().getNotes()) row(b, "说明 Note", n);
        return b.append("</table>").toString();
    }

    private static void row(StringBuilder b, String k, Object v) {
        b.append("<tr><td>").append(Html.esc(k)).append("</td><td>").append(v == null ? "—" : Html.esc(v)).append("</td></tr>");
    }

    private static String finding(Finding f) {
        Set<Integer> lines = new TreeSet<>();
        for (Evidence e : f.getEvidence()) if (e.getLine() > 0) lines.add(e.getLine());
        String sev = f.getSeverity().name().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder("<div class=\"finding sev-").append(sev).append(' ').append(f.getStatus())
                .append(f.isAccepted() ? " accepted" : "").append("\" data-rule=\"").append(Html.esc(f.getRule()))
                .append("\" data-lines=\"").append(String.join(",", lines.stream().map(String::valueOf).toList())).append("\">");
        b.append("<span class=\"badge b-").append(f.isAccepted() ? "accepted" : f.getStatus() == org.ogiaudit.model.Status.FAIL ? sev : "UNCERTAIN")
                .append("\">").append(f.isAccepted() ? "accepted" : f.getStatus() == org.ogiaudit.model.Status.FAIL ? sev : "uncertain")
                .append("</span> <b>").append(Html.esc(f.getRule())).append("</b> ")
                .append(f.getDeducted() > 0 ? "<span class=\"n-error\">−" + f.getDeducted() + "</span> " : "")
                .append("<span>").append(Html.esc(f.getTitle())).append("</span>");
        b.append("<div class=\"msg\">").append(Html.esc(f.getMessage())).append("</div>");
        if (f.getBasis() != null) b.append("<div class=\"basis\">依据 Basis: ").append(Html.esc(f.getBasis())).append("</div>");
        if (f.isAccepted()) {
            b.append("<div class=\"basis\">已接受 Accepted by ").append(Html.esc(f.getAcceptance().by())).append(" on ")
                    .append(Html.esc(f.getAcceptance().on())).append(": ").append(Html.esc(f.getAcceptance().reason())).append("</div>");
        }
        if (!f.getEvidence().isEmpty()) {
            b.append("<ul>");
            for (Evidence e : f.getEvidence()) {
                b.append("<li>").append(e.getLine() > 0 ? "<a href=\"#L" + e.getLine() + "\">line " + e.getLine() + "</a>: " : "page metadata: ")
                        .append(e.getCell() == null ? "" : "<b>" + Html.esc(e.getCell()) + "</b> ")
                        .append(Html.esc(e.getQuote().length() > 120 ? e.getQuote().substring(0, 120) + "…" : e.getQuote())).append("</li>");
            }
            b.append("</ul>");
        }
        return b.append("</div>").toString();
    }

    private static String text(AuditResult r) {
        TreeSet<Integer> hits = new TreeSet<>();
        for (Finding f : r.findings()) for (Evidence e : f.getEvidence()) if (e.getLine() > 0) hits.add(e.getLine());
        Report rep = r.facts().getReport();
        int from = rep.getFirstLine();
        if (!hits.isEmpty()) from = Math.min(from, hits.first());
        int to = Math.min(r.text().size(), Math.max(rep.getLastLine(), hits.isEmpty() ? 0 : hits.last()));
        StringBuilder b = new StringBuilder("<div class=\"text\">");
        for (int i = Math.max(1, from); i <= to; i++) {
            b.append("<div class=\"line").append(hits.contains(i) ? " hit" : "").append("\" id=\"L").append(i).append("\"><span class=\"ln\">")
                    .append(i).append("</span><span class=\"tx\">").append(Html.esc(r.text().get(i - 1))).append("</span></div>");
        }
        return b.append("</div>").toString();
    }

}
