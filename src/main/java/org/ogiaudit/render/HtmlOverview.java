package org.ogiaudit.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.Severity;
import org.ogiaudit.score.Ranking;

/** The overview page: the ranking table (sortable, filterable), two charts, the rulebook used, and the errors. */
final class HtmlOverview {
    private static final String SCRIPT = """
            (function () {
              var table = document.getElementById('ranking'), body = table.tBodies[0];
              table.querySelectorAll('th.sortable').forEach(function (th, col) {
                th.addEventListener('click', function () {
                  var numeric = th.dataset.type === 'num';
                  var dir = th.getAttribute('aria-sort') === (numeric ? 'descending' : 'ascending')
                      ? (numeric ? 'ascending' : 'descending') : (numeric ? 'descending' : 'ascending');
                  table.querySelectorAll('th.sortable').forEach(function (h) { h.removeAttribute('aria-sort'); });
                  th.setAttribute('aria-sort', dir);
                  var idx = Array.prototype.indexOf.call(th.parentNode.children, th);
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[idx].dataset.sort, y = b.cells[idx].dataset.sort, c;
                    if (numeric) {
                      var nx = x === '' ? null : Number(x), ny = y === '' ? null : Number(y);
                      if (nx === null || ny === null) return nx === ny ? 0 : nx === null ? 1 : -1;
                      c = nx - ny;
                    } else { c = x.localeCompare(y, 'zh-CN'); }
                    return dir === 'ascending' ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
              function filter() {
                var year = document.getElementById('f-year').value, kind = document.getElementById('f-kind').value,
                    region = document.getElementById('f-region').value, shown = 0;
                Array.prototype.forEach.call(body.rows, function (r) {
                  var ok = (!year || r.dataset.year === year) && (!kind || r.dataset.kind === kind) && (!region || r.dataset.region === region);
                  r.style.display = ok ? '' : 'none'; if (ok) shown++;
                });
                document.getElementById('shown').textContent = shown;
              }
              ['f-year', 'f-kind', 'f-region'].forEach(function (id) { document.getElementById(id).addEventListener('change', filter); });
            })();
            """;

    private HtmlOverview() { }

    /** {@code pages} maps "file#part" to the report page's relative path. */
    /** {@code organPages} maps "file#part" to its organ's page (years side by side, cross-report findings). */
    static String render(List<Ranking.Ranked> ranked, Map<String, String> pages, Map<String, String> organPages, RunInfo run,
                         Tally tally) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>政府信息公开工作年度报告审查结果</h1>");
        b.append("<p class=\"sub\">Audit of government information disclosure annual reports · ogi-audit ").append(Html.esc(run.version()))
                .append(" · rulebook ").append(Html.esc(run.rulebookSource())).append(" (").append(run.rules()).append(" rules, sha256 ")
                .append(Html.esc(run.rulebookSha256().substring(0, 16))).append("…) · ").append(Html.esc(run.scoringMethod())).append("</p>");
        b.append("<div class=\"cards\">")
                .append(card(String.valueOf(tally.reports() - tally.errors()), "已审查报告 reports checked"))
                .append(card(String.valueOf(tally.errors()), "无法读取 could not be read"))
                .append(card(String.valueOf(tally.ignored()), "非报告文件 other files ignored"))
                .append(card(tally.meanScore() == null ? "—" : String.format(Locale.ROOT, "%.1f", tally.meanScore()), "平均分 mean score"))
                .append(card(String.valueOf(tally.fails()), "问题 FAIL findings"))
                .append(card(String.valueOf(tally.uncertain()), "待核实 UNCERTAIN"))
                .append("</div>");
        b.append("<p class=\"help\">How to read this: each report starts at 100 and loses the points of every rule it breaks "
                + "(<b>FAIL</b>, with the quoted evidence). <b>UNCERTAIN</b> means the facts needed to decide could not be found; "
                + "it costs nothing. Ranks compare reports of the same year (ties share a rank); the region rank compares "
                + "reports of the same year and region. Click a column header to sort, an organ to see its findings and the "
                + "lines of the report they quote. 得分 = 100 − 各项问题扣分；排名按年度计算，同分同名次。</p>");
        List<Integer> scores = ranked.stream().map(k -> k.row().score()).filter(java.util.Objects::nonNull).toList();
        Map<String, Integer> failures = new TreeMap<>();
        for (Ranking.Ranked k : ranked) for (String id : k.row().failedRules()) failures.merge(id, 1, Integer::sum);
        b.append("<div class=\"charts\"><div class=\"panel\"><h3>得分分布 Score distribution</h3>")
                .append(SvgCharts.scoreDistribution(scores)).append("</div><div class=\"panel\"><h3>各规则不合格报告数 Reports failing each rule</h3>")
                .append(SvgCharts.ruleFailures(failures, scores.size())).append("</div></div>");
        b.append("<h2>排名 Ranking</h2>").append(filters(ranked));
        b.append("<table id=\"ranking\"><thead><tr>")
                .append(th("排名 Rank", true)).append(th("机关 Organ", false)).append(th("类型 Kind", false)).append(th("地区 Region", false))
                .append(th("地区排名 In region", true)).append(th("年度 Year", true)).append(th("得分 Score", true));
        for (Category c : Category.values()) b.append(th(c.getChinese(), true));
        b.append(th("error", true)).append(th("warning", true)).append(th("info", true)).append("</tr></thead><tbody>");
        // newest year first, then by rank; reports that could not be checked last
        List<Ranking.Ranked> ordered = new java.util.ArrayList<>(ranked);
        ordered.sort(java.util.Comparator.<Ranking.Ranked, Integer>comparing(k -> k.row().year() == null ? Integer.MIN_VALUE : k.row().year())
                .reversed().thenComparing(k -> k.rank() == 0 ? Integer.MAX_VALUE : k.rank()));
        for (Ranking.Ranked k : ordered) {
            Ranking.Row r = k.row();
            String page = pages.get(r.file() + "#" + r.part());
            b.append("<tr class=\"").append(r.ok() ? "" : "unchecked").append("\" data-year=\"").append(r.year() == null ? "" : r.year())
                    .append("\" data-kind=\"").append(Html.esc(r.organKind() == null ? "" : r.organKind())).append("\" data-region=\"")
                    .append(Html.esc(r.region() == null ? "" : r.region())).append("\" data-file=\"").append(Html.esc(r.file()))
                    .append("\" data-part=\"").append(r.part()).append("\">");
            b.append(num(k.rank() == 0 ? null : k.rank()));
            String name = r.agency() == null ? "(机关未识别) " + shortName(r.file()) : r.agency();
            b.append("<td data-sort=\"").append(Html.esc(name)).append("\">")
                    .append(page == null ? Html.esc(name) : "<a href=\"" + page + "\">" + Html.esc(name) + "</a>");
            String organPage = organPages.get(r.file() + "#" + r.part());
            if (organPage != null) b.append(" <a class=\"years\" href=\"").append(organPage).append("\">历年 years</a>");
            for (String m : r.marks()) b.append("<span class=\"mark\">⚠ ").append(Html.esc(m)).append("</span>");
            if (!r.ok()) b.append("<span class=\"mark\">").append(Html.esc(r.error())).append("</span>");
            b.append("</td>");
            b.append(text(r.organKind())).append(text(r.region())).append(num(k.regionRank() == 0 ? null : k.regionRank()))
                    .append(num(r.year()));
            b.append("<td class=\"num score\" data-sort=\"").append(r.score() == null ? "" : r.score()).append("\">")
                    .append(r.score() == null ? "—" : r.score()).append("</td>");
            for (Category c : Category.values()) b.append(num(r.deducted().isEmpty() ? null : r.deducted().getOrDefault(c, 0)));
            b.append(count(r, Severity.ERROR, "n-error")).append(count(r, Severity.WARNING, "n-warning")).append(count(r, Severity.INFO, "n-info"));
            b.append("</tr>");
        }
        b.append("</tbody></table>");
        long errors = ranked.stream().filter(k -> !k.row().ok()).count();
        if (errors > 0) {
            b.append("<h2>无法审查的文件 Files that could not be checked (").append(errors).append(")</h2><table><thead><tr><th>文件 File</th><th>原因 Reason</th></tr></thead><tbody>");
            for (Ranking.Ranked k : ranked) {
                if (!k.row().ok()) b.append("<tr><td>").append(Html.esc(k.row().file())).append("</td><td>").append(Html.esc(k.row().error())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return Html.page("年度报告审查结果 · ogi-audit", b.toString(), SCRIPT);
    }

    private static String filters(List<Ranking.Ranked> ranked) {
        TreeSet<String> years = new TreeSet<>();
        TreeSet<String> kinds = new TreeSet<>();
        TreeSet<String> regions = new TreeSet<>();
        for (Ranking.Ranked k : ranked) {
            if (k.row().year() != null) years.add(String.valueOf(k.row().year()));
            if (k.row().organKind() != null) kinds.add(k.row().organKind());
            if (k.row().region() != null) regions.add(k.row().region());
        }
        return "<div class=\"filters\">" + select("f-year", "年度 Year", years) + select("f-kind", "类型 Kind", kinds)
                + select("f-region", "地区 Region", regions) + "<span class=\"sub\">显示 shown: <b id=\"shown\">" + ranked.size() + "</b></span></div>";
    }

    private static String select(String id, String label, TreeSet<String> values) {
        StringBuilder b = new StringBuilder("<label>").append(Html.esc(label)).append(" <select id=\"").append(id).append("\"><option value=\"\">全部 all</option>");
        for (String v : values) b.append("<option>").append(Html.esc(v)).append("</option>");
        return b.append("</select></label>").toString();
    }

    private static String card(String value, String label) {
        return "<div class=\"card\"><b>" + Html.esc(value) + "</b><span>" + Html.esc(label) + "</span></div>";
    }

    private static String th(String label, boolean numeric) {
        return "<th class=\"sortable" + (numeric ? " num" : "") + "\" data-type=\"" + (numeric ? "num" : "text") + "\">" + Html.esc(label) + "</th>";
    }

    private static String num(Integer v) {
        return "<td class=\"num\" data-sort=\"" + (v == null ? "" : v) + "\">" + (v == null ? "—" : v) + "</td>";
    }

    private static String text(String v) {
        return "<td data-sort=\"" + Html.esc(v == null ? "" : v) + "\">" + (v == null ? "—" : Html.esc(v)) + "</td>";
    }

    private static String count(Ranking.Row r, Severity s, String cls) {
        Integer n = r.ok() ? r.fails().get(s) : null;
        return "<td class=\"num " + (n != null && n > 0 ? cls : "") + "\" data-sort=\"" + (n == null ? "" : n) + "\">" + (n == null ? "—" : n) + "</td>";
    }

    private static String shortName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
