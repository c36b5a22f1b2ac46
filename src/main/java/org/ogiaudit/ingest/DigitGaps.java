package org.ogiaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the spaces between figures that Tesseract's Chinese model drops: it reads a table row "72 64 178 37" as
 * "7264178 37" and a row of cells "103 | 0 | 0 | 103" as "10300103", which no reader can cut apart again. Its hOCR
 * output still has each character's box, and figures in different cells stand apart where the digits of one figure
 * touch: a space goes where two digits stand apart by at least {@value #GAP_SHARE} of the line's usual digit width.
 * Only gaps between two digits are looked at; a line whose characters differ from its hOCR line is left as Tesseract
 * wrote it. The boxes are the recogniser's estimates, and the first digit after a Chinese character is sometimes
 * drawn over its neighbour: such a gap is missed, and the row stays glued (read as unreadable, never as other
 * figures: a row whose cells do not count out is not read).
 */
final class DigitGaps {
    /**
     * Measured on the real reports printed and scanned, read at 250 dpi: digits 18-20 px wide, those of one figure 6 px
     * apart or less, figures 14 px apart or more.
     */
    static final double GAP_SHARE = 0.5;

    private static final Pattern TOKEN = Pattern.compile(
            "class='ocr_(?:line|caption|header|textfloat)'[^>]*?title=\"([^\"]*)\""
                    + "|class='ocrx_cinfo' title='x_bboxes (-?\\d+) -?\\d+ (-?\\d+) -?\\d+[^']*'>([^<]*)</span>");

    private DigitGaps() { }

    /** One character of a line and where it stands across the page. */
    private record Glyph(String text, int x0, int x1) { }

    private record Line(List<Glyph> glyphs) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Glyph g : glyphs) sb.append(g.text());
            return sb.toString();
        }
    }

    /** {@code lines} (Tesseract's text output, in order) with the spaces between figures that {@code hocr} shows. */
    static List<String> apply(List<String> lines, String hocr) {
        List<Line> boxes = parse(hocr);
        List<String> out = new ArrayList<>(lines.size());
        int next = 0;
        for (String line : lines) {
            String bare = line.replace(" ", "");
            int found = -1;
            for (int k = next; k < boxes.size() && found < 0; k++) {
                if (boxes.get(k).text().replace(" ", "").equals(bare)) found = k;
            }
            if (found < 0 || bare.isEmpty()) {
                out.add(line);
                continue;
            }
            next = found + 1;
            out.add(spaced(line, boxes.get(found)));
        }
        return out;
    }

    private static String spaced(String line, Line box) {
        List<Glyph> g = box.glyphs();
        int[] widths = g.stream().filter(x -> isDigit(x.text())).mapToInt(x -> x.x1() - x.x0()).sorted().toArray();
        if (widths.length < 2) return line;
        double minGap = Math.max(2, GAP_SHARE * widths[widths.length / 2]);
        StringBuilder sb = new StringBuilder(line.length() + 8);
        int at = 0; // in line
        for (int i = 0; i < g.size(); i++) {
            String t = g.get(i).text();
            if (t.isEmpty()) continue;
            boolean spaceBefore = at < line.length() && line.charAt(at) == ' ';
            while (at < line.length() && line.charAt(at) == ' ') sb.append(line.charAt(at++));
            if (i > 0 && !spaceBefore && isDigit(g.get(i - 1).text()) && isDigit(t) && g.get(i).x0() - g.get(i - 1).x1() >= minGap) {
                sb.append(' ');
            }
            if (!line.startsWith(t, at)) return line; // not the same characters after all: leave it
            sb.append(t);
            at += t.length();
        }
        sb.append(line, at, line.length());
        return sb.toString();
    }

    private static boolean isDigit(String t) {
        return t.length() == 1 && t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }

    private static List<Line> parse(String hocr) {
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = null;
        Matcher m = TOKEN.matcher(hocr);
        while (m.find()) {
            if (m.group(1) != null) {
                current = new ArrayList<>();
                lines.add(new Line(current));
            } else if (current != null) {
                current.add(new Glyph(unescape(m.group(4)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        }
        return lines;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
