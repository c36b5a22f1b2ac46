package org.ogiaudit.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ogiaudit.model.Text;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.CheckResult;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Outcome;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.StatisticsPeriod;
import org.ogiaudit.model.Status;

/**
 * One report's page: its facts, every check that ran grouped by category — findings with their basis and its kind,
 * quoted evidence and 整改建议, then the checks passed and those that did not apply, with why — and its text with every
 * quoted line highlighted. Clicking a finding marks its lines and scrolls the text to the first. Printed, the page holds
 * all of it, the whole text included: an office attaches it to a notice.
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
    static String render(AuditResult r, RunInfo run, Words w, String organPage) {
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"noprint\"><a href=\"../index.html\">").append(Html.esc(w.get("html.back"))).append("</a>")
                .append(organPage == null ? "" : " · <a class=\"organ-page\" href=\"../" + organPage + "\">"
                        + Html.esc(w.get("html.organPage")) + "</a>")
                .append("</p>");
        Report rep = r.facts().getReport();
        String organ = rep.getAgency() == null ? w.get("organ.unknown") : rep.getAgency();
        String year = rep.getReportYear() == null ? w.get("year.unknown") : w.get("year", rep.getReportYear());
        b.append("<h1>").append(Html.esc(organ)).append(" · ").append(Html.esc(year)).append("</h1>");
        b.append("<p class=\"sub\">").append(Html.esc(r.file()))
                .append(rep.getPartCount() > 1 ? " · " + Html.esc(w.get("html.part", r.part(), rep.getPartCount())) : "").append("</p>");
        if (!r.isOk()) b.append("<p class=\"n-error\">").append(Html.esc(w.text(r.error()))).append("</p>");
        if (r.score() != null) {
            b.append("<div class=\"cards\"><div class=\"card\"><b class=\"score\">").append(r.score().value())
                    .append("</b><span>").append(Html.esc(w.get("card.score"))).append(" · ").append(Html.esc(w.profileShort(run.profile())))
                    .append("</span></div>");
            for (Category c : Category.values()) {
                int d = r.score().byCategory().getOrDefault(c, 0);
                b.append("<div class=\"card\"><b>").append(d == 0 ? "0" : "−" + d).append("</b><span>")
                        .append(Html.esc(w.get("th.deducted", w.label(c)))).append("</span></div>");
            }
            b.append("</div>");
        }
        b.append(facts(rep, r, w));
        b.append("<div class=\"layout\"><div>");
        b.append("<h2>").append(Html.esc(w.get("html.checks"))).append("</h2>");
        b.append("<p class=\"sub\">").append(Html.esc(checksSummary(r, w))).append("<br><span class=\"noprint\">")
                .append(Html.esc(w.get("html.text.hint"))).append("</span></p>");
        if (r.findings().isEmpty()) b.append("<p>").append(Html.esc(w.get("findings.none"))).append("</p>");
        Map<Category, List<Finding>> findings = new EnumMap<>(Category.class);
        for (Finding f : r.findings()) findings.computeIfAbsent(f.getCategory(), k -> new ArrayList<>()).add(f);
        Map<Category, List<CheckResult>> checks = new EnumMap<>(Category.class);
        for (CheckResult c : r.checks()) checks.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
        for (Category c : Category.values()) {
            List<Finding> fs = findings.getOrDefault(c, List.of());
            List<CheckResult> cs = checks.getOrDefault(c, List.of());
            if (fs.isEmpty() && cs.isEmpty()) continue;
            int deducted = r.score() == null ? 0 : r.score().byCategory().getOrDefault(c, 0);
            b.append("<h3 class=\"category\"><span>").append(Html.esc(w.label(c))).append("</span><span class=\"")
                    .append(deducted > 0 ? "n-error" : "sub").append("\">").append(Html.esc(w.get("html.category.deducted", deducted)))
                    .append("</span></h3>");
            for (Finding f : fs) b.append(finding(f, w));
            List<CheckResult> passed = cs.stream().filter(x -> x.outcome() == Outcome.PASS).toList();
            List<CheckResult> na = cs.stream().filter(x -> x.outcome() == Outcome.NOT_APPLICABLE).toList();
            if (!passed.isEmpty()) {
                b.append("<ul class=\"checks passed\">");
                for (CheckResult x : passed) b.append(check(x, w));
                b.append("</ul>");
            }
            if (!na.isEmpty()) {
                b.append("<ul class=\"checks na\">");
                for (CheckResult x : na) b.append(check(x, w));
                b.append("</ul>");
            }
        }
        b.append("</div><div><h2>").append(Html.esc(w.get("html.text"))).append("</h2>").append(text(r, w)).append("</div></div>");
        b.append("<p class=\"sub\">").append(Html.esc(w.runLine(run))).append("<br>")
                .append(Html.esc(w.get("scoring.explained", w.profile(run.profile())))).append("</p>");
        return Html.page(w.lang(), w.get("html.report.title", organ, year), b.toString(), SCRIPT);
    }

    private static String checksSummary(AuditResult r, Words w) {
        int[] n = new int[Outcome.values().length];
        for (CheckResult c : r.checks()) n[c.outcome().ordinal()]++;
        return w.get("checks.summary", r.checks().size(), n[Outcome.PASS.ordinal()], n[Outcome.FAIL.ordinal()],
                n[Outcome.UNCERTAIN.ordinal()], n[Outcome.NOT_APPLICABLE.ordinal()]);
    }

    private static String check(CheckResult c, Words w) {
        StringBuilder b = new StringBuilder("<li data-rule=\"").append(Html.esc(c.rule())).append("\" data-outcome=\"")
                .append(c.outcome().name()).append("\"><span class=\"badge b-").append(c.outcome().name()).append("\">")
                .append(Html.esc(w.label(c.outcome()))).append("</span> ").append(Html.esc(w.text(c.title())))
                .append(" <span class=\"sub\">").append(Html.esc(c.rule())).append(" · ").append(Html.esc(w.get("html.points", c.points())))
                .append(" · </span>").append(kind(c.basisKind(), w));
        if (c.outcome() == Outcome.NOT_APPLICABLE) b.append("<span class=\"why\">").append(Html.esc(w.text(c.why()))).append("</span>");
        return b.append("</li>").toString();
    }

    private static String kind(org.ogiaudit.model.BasisKind k, Words w) {
        return "<span class=\"kind kind-" + k.id() + "\">" + Html.esc(w.label(k)) + "</span>";
    }

    private static String facts(Report rep, AuditResult r, Words w) {
        StringBuilder b = new StringBuilder("<h2>").append(Html.esc(w.get("html.facts"))).append("</h2><table class=\"facts\">");
        row(b, w.get("fact.title"), rep.getTitle());
        row(b, w.get("fact.organ"), rep.getAgency() == null ? null : rep.getAgency() + "  (" + w.get("fact.source", w.source(rep.getAgencySource())) + ")");
        row(b, w.get("fact.kind"), w.label(rep.getOrganKind()) + "  (" + w.get("fact.source", w.source(rep.getOrganKindSource())) + ")");
        row(b, w.get("fact.region"), rep.getRegion() == null ? null : rep.getRegion() + "  (" + w.get("fact.source", w.source(rep.getRegionSource())) + ")");
        row(b, w.get("fact.year"), rep.getReportYear() == null ? null : rep.getReportYear() + "  (" + w.get("fact.source", w.source(rep.getYearSource())) + ")");
        row(b, w.get("fact.regime"), rep.getRegime() == null ? null : w.label(rep.getRegime()));
        row(b, w.get("fact.published"), rep.getPublishedOn() == null ? w.get("fact.notFound")
                : w.date(rep.getPublishedOn()) + "  (" + w.get("fact.source", w.source(rep.getPublishedOnSource())) + ")");
        StatisticsPeriod p = r.facts().getStatisticsPeriod();
        row(b, w.get("fact.period"), p == null ? w.get("fact.notFound") : p.isBlank() ? w.get("fact.blank")
                : w.get("fact.periodLine", p.getFrom() == null ? "—" : w.date(p.getFrom()), p.getTo() == null ? "—" : w.date(p.getTo()), p.getLine()));
        if (rep.getUrl() != null) {
            b.append("<tr><td>").append(Html.esc(w.get("fact.url"))).append("</td><td><a href=\"").append(Html.esc(rep.getUrl())).append("\">")
                    .append(Html.esc(rep.getUrl())).append("</a></td></tr>");
        }
        for (Text n : r.facts().getNotes()) row(b, w.get("fact.note"), w.text(n));
        return b.append("</table>").toString();
    }

    private static void row(StringBuilder b, String k, Object v) {
        b.append("<tr><td>").append(Html.esc(k)).append("</td><td>").append(v == null ? "—" : Html.esc(v)).append("</td></tr>");
    }

    private static String finding(Finding f, Words w) {
        Set<Integer> lines = new TreeSet<>();
        for (Evidence e : f.getEvidence()) if (e.getLine() > 0) lines.add(e.getLine());
        String sev = f.getSeverity().name().toLowerCase(java.util.Locale.ROOT);
        boolean fail = f.getStatus() == Status.FAIL;
        String badge = f.isAccepted() ? "accepted" : f.isAdvisory() ? "advisory" : fail ? sev : "UNCERTAIN";
        StringBuilder b = new StringBuilder("<div class=\"finding sev-").append(sev).append(' ').append(f.getStatus())
                .append(f.isAccepted() ? " accepted" : "").append(f.isAdvisory() ? " advisory" : "").append("\" data-rule=\"")
                .append(Html.esc(f.getRule())).append("\" data-lines=\"")
                .append(String.join(",", lines.stream().map(String::valueOf).toList())).append("\">");
        b.append("<span class=\"badge b-").append(badge).append("\">").append(Html.esc(w.status(f))).append("</span> ")
                .append(f.getStatus() == Status.FAIL && !f.isAccepted() ? "<span class=\"badge b-" + sev + "\">" + Html.esc(w.label(f.getSeverity())) + "</span> " : "")
                .append("<b>").append(Html.esc(w.text(f.getTitle()))).append("</b> ")
                .append(f.getDeducted() > 0 ? "<span class=\"n-error\">−" + f.getDeducted() + "</span> " : "")
                .append("<span class=\"sub\">").append(Html.esc(f.getRule())).append("</span>");
        b.append("<div class=\"msg\">").append(Html.esc(w.text(f.getMessage()))).append("</div>");
        b.append("<div class=\"basis\">").append(kind(f.getBasisKind(), w)).append(" ").append(Html.esc(w.text(f.getBasis()))).append("</div>");
        if (f.isAccepted()) {
            b.append("<div class=\"basis\">").append(Html.esc(w.get("accepted.by", f.getAcceptance().by(), f.getAcceptance().on(),
                    w.label(f.getStatus()), f.getAcceptance().reason()))).append("</div>");
        }
        if (!f.getEvidence().isEmpty()) {
            b.append("<ul>");
            for (Evidence e : f.getEvidence()) {
                String where = Html.esc(w.where(e));
                b.append("<li>").append(e.getLine() > 0 ? "<a href=\"#L" + e.getLine() + "\">" + where + "</a>" : where)
                        .append(e.isReadByOcr() ? " " + w.ocrHtml() : "").append(w.lang() == org.ogiaudit.model.Lang.ZH ? "：" : ": ")
                        .append(e.getCell() == null ? "" : "<b>" + Html.esc(e.getCell()) + "</b> ")
                        .append(Html.esc(e.getQuote().length() > 120 ? e.getQuote().substring(0, 120) + "…" : e.getQuote())).append("</li>");
            }
            b.append("</ul>");
        }
        if (fail && !f.isAccepted() && !f.getAdvice().isEmpty()) {
            b.append("<div class=\"advice\">").append(Html.esc(w.get("advice", w.text(f.getAdvice())))).append("</div>");
        }
        return b.append("</div>").toString();
    }

    private static String text(AuditResult r, Words w) {
        TreeSet<Integer> hits = new TreeSet<>();
        Set<Integer> ocr = new TreeSet<>();
        for (Finding f : r.findings()) {
            for (Evidence e : f.getEvidence()) {
                if (e.getLine() > 0) hits.add(e.getLine());
                if (e.getLine() > 0 && e.isReadByOcr()) ocr.add(e.getLine());
            }
        }
        Report rep = r.facts().getReport();
        int from = rep.getFirstLine();
        if (!hits.isEmpty()) from = Math.min(from, hits.first());
        int to = Math.min(r.text().size(), Math.max(rep.getLastLine(), hits.isEmpty() ? 0 : hits.last()));
        StringBuilder b = new StringBuilder("<div class=\"text\">");
        for (int i = Math.max(1, from); i <= to; i++) {
            b.append("<div class=\"line").append(hits.contains(i) ? " hit" : "").append("\" id=\"L").append(i).append("\"><span class=\"ln\">")
                    .append(i).append("</span><span class=\"tx\">").append(Html.esc(r.text().get(i - 1))).append("</span>")
                    .append(ocr.contains(i) ? " " + w.ocrHtml() : "").append("</div>");
        }
        return b.append("</div>").toString();
    }

}
