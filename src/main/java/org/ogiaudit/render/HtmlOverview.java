package org.ogiaudit.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.score.Ranking;

/**
 * The overview page: the ranking table (sortable, filterable; its optional columns give way on a narrow screen, and on
 * a phone each report becomes a card), two charts, the rulebook and scoring profile used, and the files that could not
 * be checked.
 */
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

    /**
     * {@code pages} maps "file#part" to the report page's relative path, {@code organPages} to its organ's page (years side
     * by side, cross-report findings); {@code titles} each rule id to its title.
     */
    static String render(List<Ranking.Ranked> ranked, Map<String, String> pages, Map<String, String> organPages,
                         Map<String, String> titles, RunInfo run, Tally tally, Words w) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(w.get("html.overview.h1"))).append("</h1>");
        b.append("<p class=\"sub\">").append(Html.esc(w.runLine(run))).append("</p>");
        b.append("<div class=\"cards\">")
                .append(card(String.valueOf(tally.reports() - tally.errors()), w.get("card.checked")))
                .append(card(String.valueOf(tally.errors()), w.get("card.errors")))
                .append(card(String.valueOf(tally.ignored()), w.get("card.ignored")))
                .append(card(tally.meanScore() == null ? "—" : String.format(Locale.ROOT, "%.1f", tally.meanScore()), w.get("card.mean")))
                .append(card(String.valueOf(tally.fails()), w.get("card.fails")))
                .append(card(String.valueOf(tally.uncertain()), w.get("card.uncertain")))
                .append(card(String.valueOf(tally.advisory()), w.get("card.advisory")))
                .append("</div>");
        b.append("<p class=\"help\">").append(Html.esc(w.get("html.help"))).append(" ")
                .append(Html.esc(w.get("scoring.explained", w.profile(run.profile())))).append("</p>");
        List<Integer> scores = ranked.stream().map(k -> k.row().score()).filter(Objects::nonNull).toList();
        Map<String, Integer> failures = new TreeMap<>();
        for (Ranking.Ranked k : ranked) for (String id : k.row().failedRules()) failures.merge(id, 1, Integer::sum);
        b.append("<div class=\"charts\"><div class=\"panel\"><h3>").append(Html.esc(w.get("html.chart.scores"))).append("</h3>")
                .append(Charts.scoreDistribution(scores)).append("</div><div class=\"panel\"><h3>")
                .append(Html.esc(w.get("html.chart.rules"))).append("</h3>")
                .append(Charts.ruleFailures(failures, titles, scores.size(), w)).append("</div></div>");
        b.append("<h2>").append(Html.esc(w.get("html.ranking"))).append("</h2>").append(filters(ranked, w));
        b.append("<table id=\"ranking\"><thead><tr>")
                .append(th(w.get("th.rank"), true, "")).append(th(w.get("th.organ"), false, "")).append(th(w.get("th.year"), true, ""))
                .append(th(w.get("th.score"), true, "")).append(th(w.get("th.regionRank"), true, ""));
        for (Category c : Category.values()) b.append(th(w.get("th.deducted", w.label(c)), true, "opt"));
        b.append(th(w.get("th.fails"), true, "")).append(th(w.get("th.uncertain"), true, "")).append(th(w.get("th.checks"), true, "opt"))
                .append("</tr></thead><tbody>");
        // newest year first, then by rank; reports that could not be checked last
        List<Ranking.Ranked> ordered = new ArrayList<>(ranked);
        ordered.sort(Comparator.<Ranking.Ranked, Integer>comparing(k -> k.row().year() == null ? Integer.MIN_VALUE : k.row().year())
                .reversed().thenComparing(k -> k.rank() == 0 ? Integer.MAX_VALUE : k.rank()));
        for (Ranking.Ranked k : ordered) b.append(row(k, pages, organPages, w));
        b.append("</tbody></table>");
        long errors = ranked.stream().filter(k -> !k.row().ok()).count();
        if (errors > 0) {
            b.append("<h2>").append(Html.esc(w.get("html.errors", errors))).append("</h2><table><thead><tr><th>")
                    .append(Html.esc(w.get("th.file"))).append("</th><th>").append(Html.esc(w.get("th.reason"))).append("</th></tr></thead><tbody>");
            for (Ranking.Ranked k : ranked) {
                if (!k.row().ok()) b.append("<tr><td>").append(Html.esc(k.row().file())).append("</td><td>").append(Html.esc(w.text(k.row().error()))).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return Html.page(w.lang(), w.get("html.overview.title"), b.toString(), SCRIPT);
    }

    private static String row(Ranking.Ranked k, Map<String, String> pages, Map<String, String> organPages, Words w) {
        Ranking.Row r = k.row();
        String page = pages.get(r.file() + "#" + r.part());
        StringBuilder b = new StringBuilder();
        b.append("<tr class=\"").append(r.ok() ? "" : "unchecked").append("\" data-year=\"").append(r.year() == null ? "" : r.year())
                .append("\" data-kind=\"").append(r.organKind() == null ? "" : r.organKind().name()).append("\" data-region=\"")
                .append(Html.esc(r.region() == null ? "" : r.region())).append("\" data-file=\"").append(Html.esc(r.file()))
                .append("\" data-part=\"").append(r.part()).append("\">");
        b.append(num(k.rank() == 0 ? null : k.rank(), w.get("th.rank"), ""));
        String name = r.agency() == null ? w.get("html.organUnknownFile", shortName(r.file())) : r.agency();
        b.append("<td class=\"organ\" data-sort=\"").append(Html.esc(name)).append("\">")
                .append(page == null ? Html.esc(name) : "<a href=\"" + page + "\">" + Html.esc(name) + "</a>");
        String organPage = organPages.get(r.file() + "#" + r.part());
        if (organPage != null) {
            b.append(" <a class=\"years noprint\" href=\"").append(organPage).append("\">").append(Html.esc(w.get("html.years"))).append("</a>");
        }
        List<String> about = new ArrayList<>();
        if (r.organKind() != null && r.organKind() != OrganKind.UNKNOWN) about.add(w.label(r.organKind()));
        if (r.region() != null) about.add(r.region());
        if (r.regime() != null) about.add(w.label(r.regime()));
        if (!about.isEmpty()) b.append("<small>").append(Html.esc(String.join(" · ", about))).append("</small>");
        for (Ranking.Mark m : r.marks()) {
            b.append("<span class=\"mark\">⚠ ").append(Html.esc(w.mark(m, r))).append("</span>");
        }
        if (!r.ok()) b.append("<span class=\"mark\">").append(Html.esc(w.text(r.error()))).append("</span>");
        b.append("</td>");
        b.append(num(r.year(), w.get("th.year"), ""));
        b.append("<td class=\"num score\" data-label=\"").append(Html.esc(w.get("th.score"))).append("\" data-sort=\"")
                .append(r.score() == null ? "" : r.score()).append("\">").append(r.score() == null ? "—" : r.score()).append("</td>");
        b.append(num(k.regionRank() == 0 ? null : k.regionRank(), w.get("th.regionRank"), ""));
        for (Category c : Category.values()) {
            b.append(num(r.deducted().isEmpty() ? null : r.deducted().getOrDefault(c, 0), w.get("th.deducted", w.label(c)), "opt"));
        }
        Integer fails = r.ok() ? r.fails().values().stream().mapToInt(Integer::intValue).sum() : null;
        b.append("<td class=\"num").append(fails != null && fails > 0 ? " n-error" : "").append("\" data-label=\"")
                .append(Html.esc(w.get("th.fails"))).append("\" data-sort=\"").append(fails == null ? "" : fails).append("\">")
                .append(fails == null ? "—" : fails).append("</td>");
        b.append(num(r.ok() ? r.uncertain() : null, w.get("th.uncertain"), ""));
        b.append(num(r.ok() ? r.applicable() : null, w.get("th.checks"), "opt"));
        return b.append("</tr>").toString();
    }

    private static String filters(List<Ranking.Ranked> ranked, Words w) {
        TreeMap<String, String> years = new TreeMap<>();
        TreeMap<String, String> kinds = new TreeMap<>();
        TreeMap<String, String> regions = new TreeMap<>();
        for (Ranking.Ranked k : ranked) {
            if (k.row().year() != null) years.put(String.valueOf(k.row().year()), String.valueOf(k.row().year()));
            if (k.row().organKind() != null) kinds.put(k.row().organKind().name(), w.label(k.row().organKind()));
            if (k.row().region() != null) regions.put(k.row().region(), k.row().region());
        }
        return "<div class=\"filters\">" + select("f-year", w.get("filter.year"), years, w) + select("f-kind", w.get("filter.kind"), kinds, w)
                + select("f-region", w.get("filter.region"), regions, w) + "<span class=\"sub\">" + Html.esc(w.get("filter.shown"))
                + " <b id=\"shown\">" + ranked.size() + "</b></span></div>";
    }

    private static String select(String id, String label, Map<String, String> values, Words w) {
        StringBuilder b = new StringBuilder("<label>").append(Html.esc(label)).append(" <select id=\"").append(id)
                .append("\"><option value=\"\">").append(Html.esc(w.get("filter.all"))).append("</option>");
        for (var v : values.entrySet()) {
            b.append("<option value=\"").append(Html.esc(v.getKey())).append("\">").append(Html.esc(v.getValue())).append("</option>");
        }
        return b.append("</select></label>").toString();
    }

    private static String card(String value, String label) {
        return "<div class=\"card\"><b>" + Html.esc(value) + "</b><span>" + Html.esc(label) + "</span></div>";
    }

    private static String th(String label, boolean numeric, String cls) {
        return "<th class=\"sortable" + (numeric ? " num" : "") + (cls.isEmpty() ? "" : " " + cls) + "\" data-type=\""
                + (numeric ? "num" : "text") + "\">" + Html.esc(label) + "</th>";
    }

    private static String num(Integer v, String label, String cls) {
        return "<td class=\"num" + (cls.isEmpty() ? "" : " " + cls) + "\" data-label=\"" + Html.esc(label) + "\" data-sort=\""
                + (v == null ? "" : v) + "\">" + (v == null ? "—" : v) + "</td>";
    }

    private static String shortName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
