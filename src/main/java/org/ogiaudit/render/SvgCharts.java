package org.ogiaudit.render;

import java.util.List;
import java.util.Map;

/** The overview's charts as inline SVG, drawn here: nothing to load from a network. */
final class SvgCharts {
    private SvgCharts() { }

    /** Reports per score band (0–9 … 90–99, 100). */
    static String scoreDistribution(List<Integer> scores) {
        int[] bins = new int[11];
        for (int s : scores) bins[Math.min(10, s / 10)]++;
        int max = 1;
        for (int b : bins) max = Math.max(max, b);
        int w = 520;
        int h = 200;
        int barW = 40;
        StringBuilder sb = new StringBuilder("<svg role=\"img\" aria-label=\"score distribution\" viewBox=\"0 0 " + w + " " + (h + 40)
                + "\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int i = 0; i < 11; i++) {
            int bh = (int) Math.round((double) bins[i] / max * h);
            int x = 10 + i * (barW + 6);
            String color = i >= 9 ? Html.ACCEPTED : i >= 6 ? Html.WARNING : Html.ERROR;
            sb.append("<rect x=\"").append(x).append("\" y=\"").append(h - bh + 10).append("\" width=\"").append(barW)
                    .append("\" height=\"").append(bh).append("\" fill=\"").append(color).append("\" rx=\"3\"><title>")
                    .append(i == 10 ? "100" : (i * 10) + "–" + (i * 10 + 9)).append(": ").append(bins[i]).append("</title></rect>");
            if (bins[i] > 0) {
                sb.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(h - bh + 6)
                        .append("\" font-size=\"11\" text-anchor=\"middle\">").append(bins[i]).append("</text>");
            }
            sb.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(h + 28).append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#475467\">")
                    .append(i == 10 ? "100" : i * 10 + "+").append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    /** How many reports fail each rule, most often first. */
    static String ruleFailures(Map<String, Integer> counts, int reports) {
        List<Map.Entry<String, Integer>> rows = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        if (rows.isEmpty()) return "<p class=\"sub\">No rule failed.</p>";
        int rowH = 22;
        int w = 560;
        int labelW = 190;
        int barMax = w - labelW - 60;
        int max = rows.get(0).getValue();
        StringBuilder sb = new StringBuilder("<svg role=\"img\" aria-label=\"rule failures\" viewBox=\"0 0 " + w + " " + (rows.size() * rowH + 6)
                + "\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int i = 0; i < rows.size(); i++) {
            int y = i * rowH + 3;
            int bw = (int) Math.max(2, Math.round((double) rows.get(i).getValue() / max * barMax));
            sb.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(Html.esc(rows.get(i).getKey())).append("</text>");
            sb.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"").append(bw)
                    .append("\" height=\"15\" fill=\"").append(Html.INFO).append("\" rx=\"3\"/>");
            sb.append("<text x=\"").append(labelW + bw + 6).append("\" y=\"").append(y + 15).append("\" font-size=\"12\" fill=\"#475467\">")
                    .append(rows.get(i).getValue()).append(" / ").append(reports).append("</text>");
        }
        return sb.append("</svg>").toString();
    }
}
