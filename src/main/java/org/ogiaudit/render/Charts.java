package org.ogiaudit.render;

import java.util.List;
import java.util.Map;

/**
 * The overview's charts, drawn in HTML and CSS rather than as a picture: a picture scaled to a phone's width shrinks
 * its text to a few pixels, while HTML text keeps its size and wraps; rule bars carry the rule's title, not only its id.
 * Nothing is loaded from a network.
 */
final class Charts {
    private Charts() { }

    /** Reports per score band (0–9 … 90–99, 100). */
    static String scoreDistribution(List<Integer> scores) {
        int[] bins = new int[11];
        for (int s : scores) bins[Math.min(10, s / 10)]++;
        int max = 1;
        for (int b : bins) max = Math.max(max, b);
        StringBuilder sb = new StringBuilder("<div class=\"histogram\" role=\"img\" aria-label=\"score distribution\">");
        for (int i = 0; i < 11; i++) {
            String color = i >= 9 ? Html.ACCEPTED : i >= 6 ? Html.WARNING : Html.ERROR;
            String band = i == 10 ? "100" : (i * 10) + "–" + (i * 10 + 9);
            sb.append("<div class=\"col\" title=\"").append(band).append(": ").append(bins[i]).append("\"><span class=\"v\">")
                    .append(bins[i] == 0 ? "" : bins[i]).append("</span><span class=\"b\" style=\"height:")
                    .append(Math.round(100.0 * bins[i] / max)).append("%;background:").append(color).append("\"></span><span class=\"k\">")
                    .append(i == 10 ? "100" : i * 10 + "+").append("</span></div>");
        }
        return sb.append("</div>").toString();
    }

    /** How many reports fail each rule, most often first, each bar labelled with the rule's title and id. */
    static String ruleFailures(Map<String, Integer> counts, Map<String, String> titles, int reports, Words words) {
        List<Map.Entry<String, Integer>> rows = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        if (rows.isEmpty()) return "<p class=\"sub\">" + Html.esc(words.get("html.chart.none")) + "</p>";
        int max = rows.get(0).getValue();
        StringBuilder sb = new StringBuilder("<div class=\"bars\" role=\"img\" aria-label=\"rule failures\">");
        for (var e : rows) {
            String title = titles.getOrDefault(e.getKey(), e.getKey());
            sb.append("<div class=\"bar-row\" data-rule=\"").append(Html.esc(e.getKey())).append("\"><span class=\"label\">")
                    .append(Html.esc(title)).append("<small>").append(Html.esc(e.getKey())).append("</small></span>")
                    .append("<span class=\"bar-track\"><span class=\"bar\" style=\"display:block;width:")
                    .append(Math.max(1, Math.round(100.0 * e.getValue() / max))).append("%\"></span></span><span class=\"num\">")
                    .append(e.getValue()).append(" / ").append(reports).append("</span></div>");
        }
        return sb.append("</div>").toString();
    }
}
