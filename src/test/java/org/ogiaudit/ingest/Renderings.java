package org.ogiaudit.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Renders a report's lines into the shapes organs publish it in: a Word document, Markdown, a web page (UTF-8 or
 * GBK), a text PDF printed by headless Chromium, and a scan (that PDF's pages as pictures in an image-only PDF). Lines
 * with " | " are table rows: consecutive rows make one table. Lines such as "一、概述" are headings. Shared by the
 * format tests; meant to be reused for a comparison of extracted facts.
 */
public final class Renderings {
    private static final Pattern TOP_HEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}、.{1,60}$");
    private static final Pattern CELL_SPLIT = Pattern.compile("\\s*\\|\\s*");
    /** One cell and a bar ("11035 |"), or bars alone: a table a page saver flattened one cell per line. */
    private static final Pattern FLATTENED_CELL = Pattern.compile("^[^|]*\\|\\s*$|^[|\\s]+$");

    private Renderings() { }

    /**
     * True for a table row line: cells with " | " between them. A line of one cell and a bar ("11035 |") is a table a
     * page saver flattened one cell per line: the text file shows it as text, and so do its renderings.
     */
    public static boolean isRow(String line) {
        return line.indexOf('|') >= 0 && !FLATTENED_CELL.matcher(line).matches();
    }

    /** The cells of a table row line, as the readers write them (" | " between cells). */
    public static List<String> cells(String row) {
        return List.of(CELL_SPLIT.split(row.strip(), -1));
    }

    /** Groups lines into paragraphs (single lines) and tables (runs of row lines). */
    public static List<List<String>> blocks(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        List<String> table = null;
        for (String l : lines) {
            if (l.isBlank()) continue;
            if (isRow(l)) {
                if (table == null) {
                    table = new ArrayList<>();
                    out.add(table);
                }
                table.add(l);
            } else {
                table = null;
                out.add(List.of(l));
            }
        }
        return out;
    }

    private static boolean isTable(List<String> block) {
        return isRow(block.get(0));
    }

    /** A Word document: headings in the Heading1 style, paragraphs, and tables with one cell per " | " cell. */
    public static Path docx(List<String> lines, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            doc.getProperties().getCoreProperties().setTitle(lines.isEmpty() ? "" : lines.get(0));
            for (List<String> block : blocks(lines)) {
                if (isTable(block)) {
                    XWPFTable t = doc.createTable();
                    boolean first = true;
                    for (String row : block) {
                        XWPFTableRow r = first ? t.getRow(0) : t.createRow();
                        // createTable() and createRow() make cells to match the first row: start each row bare
                        while (r.getTableCells().size() > 0) r.removeCell(0);
                        for (String c : cells(row)) r.addNewTableCell().setText(c);
                        first = false;
                    }
                } else {
                    var p = doc.createParagraph();
                    if (TOP_HEADING.matcher(block.get(0)).matches()) p.setStyle("Heading1");
                    p.createRun().setText(block.get(0));
                }
            }
            doc.write(os);
        }
        return out;
    }

    /**
     * An OFD document written by ofdrw's layout engine: one paragraph per line (table rows as their " | " text, as
     * an OFD exported from a word processor places the cells of a row on one baseline).
     */
    public static Path ofd(List<String> lines, Path out) throws IOException {
        try (org.ofdrw.layout.OFDDoc doc = new org.ofdrw.layout.OFDDoc(out)) {
            for (String l : lines) {
                if (l.isBlank()) continue;
                org.ofdrw.layout.element.Paragraph p = new org.ofdrw.layout.element.Paragraph(l, 3.5);
                doc.add(p);
            }
        }
        return out;
    }

    /** Markdown: "## " headings, pipe tables with a separator row, text with Markdown's characters escaped. */
    public static Path markdown(List<String> lines, Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (List<String> block : blocks(lines)) {
            if (isTable(block)) {
                boolean first = true;
                for (String row : block) {
                    List<String> cells = cells(row);
                    sb.append('|');
                    for (String c : cells) sb.append(' ').append(escapeMarkdown(c, true)).append(" |");
                    sb.append('\n');
                    if (first) {
                        sb.append('|');
                        for (int i = 0; i < cells.size(); i++) sb.append(" --- |");
                        sb.append('\n');
                        first = false;
                    }
                }
                sb.append('\n');
            } else {
                String l = block.get(0);
                if (TOP_HEADING.matcher(l).matches()) sb.append("## ").append(escapeMarkdown(l, false)).append("\n\n");
                else sb.append(escapeMarkdown(l, false)).append("\n\n");
            }
        }
        Files.writeString(out, sb, StandardCharsets.UTF_8);
        return out;
    }

    private static String escapeMarkdown(String s, boolean cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>~".indexOf(c) >= 0 || (cell && c == '|')) sb.append('\\');
            sb.append(c);
        }
        String e = sb.toString();
        // a line that Markdown would read as a list item, heading, quote or rule keeps its first character
        if (!cell && (e.matches("^[-+#>=].*") || e.matches("^\\d+[.)]\\s.*"))) e = "\\" + e;
        return e;
    }

    /** A web page in {@code charset} ("UTF-8" or "GBK"), the article in a TRS_Editor container as many sites have it. */
    public static Path html(List<String> lines, String title, String charset, Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        String label = charset.equalsIgnoreCase("GBK") ? "gbk" : "utf-8";
        sb.append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(label).append("\"><title>").append(escapeHtml(title)).append("</title>\n")
                .append("<style>body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:12pt;margin:2cm}")
                .append("table{border-collapse:collapse}td{border:1px solid #000;padding:2px 4px}</style></head>\n")
                .append("<body><div class=\"TRS_Editor\">\n");
        for (List<String> block : blocks(lines)) {
            if (isTable(block)) {
                sb.append("<table>\n");
                for (String row : block) {
                    sb.append("<tr>");
                    for (String c : cells(row)) sb.append("<td>").append(escapeHtml(c)).append("</td>");
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            } else if (TOP_HEADING.matcher(block.get(0)).matches()) {
                sb.append("<h2>").append(escapeHtml(block.get(0))).append("</h2>\n");
            } else {
                sb.append("<p>").append(escapeHtml(block.get(0))).append("</p>\n");
            }
        }
        sb.append("</div></body></html>\n");
        // GBK pages are written as GB18030 (the same bytes for every GBK character) and labelled gbk, as sites do
        Charset cs = label.equals("gbk") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        Files.write(out, sb.toString().getBytes(cs));
        return out;
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The chromium command, or null when none is installed. */
    public static String chromium() {
        for (String c : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, c))) return Path.of(dir, c).toString();
            }
        }
        return null;
    }

    /** Prints a web page to PDF with headless Chromium (no header or footer lines). */
    public static Path pdf(Path html, Path out) throws IOException, InterruptedException {
        String chromium = chromium();
        if (chromium == null) throw new IOException("chromium is not installed");
        Path profile = Files.createTempDirectory("ogi-chromium");
        try {
            Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf-no-header",
                    "--print-to-pdf=" + out.toAbsolutePath(), html.toAbsolutePath().toUri().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not print " + html + " within 120 s");
            }
            if (!Files.isRegularFile(out) || Files.size(out) == 0) throw new IOException("chromium wrote no PDF for " + html);
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return out;
    }

    /**
     * A scan: every page of {@code pdf} rendered at {@code dpi} in grey, stored as a JPEG picture filling a page of
     * the same size, with no text layer, as a scanner's PDF is.
     */
    public static Path scan(Path pdf, int dpi, Path out) throws IOException {
        return org.ogiaudit.cli.ScanCorpus.scan(pdf, dpi, false, out);
    }

    // ---- comparing texts ----

    /** A line as compared: white space and table bars removed (layout, not text). */
    public static String bare(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '|' && c != '\u00A0' && c != '\u3000') sb.append(c);
        }
        return sb.toString();
    }

    /** The lines with some text, each {@link #bare}. */
    public static List<String> bareLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String b = bare(l);
            if (!b.isEmpty()) out.add(b);
        }
        return out;
    }

    /** All the text as one string without white space, bars or line breaks: identical text modulo layout. */
    public static String stream(List<String> lines) {
        return String.join("", bareLines(lines));
    }

    /**
     * For each line of {@code original}, the share of its characters found, in order, in {@code read}: the longest
     * common subsequence of the line and a window of the read text (white space and bars removed) that starts where the
     * previous line's match ended. 1.0 means the line was read exactly; a line not found does not move the window.
     */
    public static double[] lineAgreement(List<String> original, List<String> read) {
        List<String> lines = bareLines(original);
        String text = stream(read);
        double[] out = new double[lines.size()];
        int j = 0; // where the previous match ended in the read text
        for (int li = 0; li < lines.size(); li++) {
            String line = lines.get(li);
            int from = Math.max(0, j - 10);
            int to = Math.min(text.length(), from + line.length() + line.length() / 3 + 40);
            String window = text.substring(from, to);
            int n = line.length();
            int w = window.length();
            int[][] dp = new int[n + 1][w + 1];
            for (int x = 1; x <= n; x++) {
                char c = line.charAt(x - 1);
                for (int y = 1; y <= w; y++) {
                    dp[x][y] = c == window.charAt(y - 1) ? dp[x - 1][y - 1] + 1 : Math.max(dp[x - 1][y], dp[x][y - 1]);
                }
            }
            int best = dp[n][w];
            out[li] = n == 0 ? 1 : (double) best / n;
            if (out[li] >= 0.5) {
                int end = w;
                while (end > 0 && dp[n][end - 1] == best) end--;
                j = from + end;
            }
        }
        return out;
    }

    /** The share of lines whose agreement is at least {@code threshold}. */
    public static double linesAtLeast(double[] agreement, double threshold) {
        if (agreement.length == 0) return 1;
        int n = 0;
        for (double a : agreement) if (a >= threshold) n++;
        return (double) n / agreement.length;
    }
}
