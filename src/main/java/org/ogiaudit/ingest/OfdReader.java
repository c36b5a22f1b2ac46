package org.ogiaudit.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.ogiaudit.model.Text;

/**
 * Reads an OFD document (GB/T 33190, the national fixed-layout format) with ofdrw: the text objects of each page are
 * placed by their position, gathered into lines by baseline and read left to right, top to bottom; hard-wrapped
 * paragraph lines are then joined as for PDF. The document information (creation and modification dates) is kept as
 * metadata named ofd:…, not as a publication date.
 */
final class OfdReader {
    /** A glyph run at its place on a page, in millimetres. */
    private record Run(double x, double y, double end, double size, String text) { }

    DocumentReader.RawDocument read(Path file, long maxBytes) throws IngestException {
        long limit = Math.max(maxBytes * ZipPackages.MAX_EXPANSION, 100L << 20);
        ZipPackages.checkExpandedSize(file, limit);
        OFDReader.setZipFileMaxSize(limit / (1024 * 1024) + 1);
        try (OFDReader reader = new OFDReader(file)) {
            int pages = reader.getNumberOfPages();
            if (pages == 0) throw new IngestException("该 OFD 文档没有页面", "the OFD document has no pages");
            ContentExtractor extractor = new ContentExtractor(reader);
            List<String> lines = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                List<Run> runs = new ArrayList<>();
                for (TextObject t : extractor.getPageTextObject(p)) collect(t, runs);
                lines.addAll(pageLines(runs));
            }
            lines.removeIf(String::isBlank);
            lines = PdfReader.unwrap(lines);
            List<PageMetadata> meta = new ArrayList<>();
            try {
                CT_DocInfo info = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
                if (info != null) {
                    if (info.getTile() != null && !info.getTile().isBlank()) {
                        meta.add(new PageMetadata("ofd:title", info.getTile().strip(), "ofd:title: " + info.getTile().strip(), 0));
                    }
                    addDate(meta, "ofd:created", info.getCreationDate());
                    addDate(meta, "ofd:modified", info.getModDate());
                }
            } catch (Exception | LinkageError e) {
                // document information is optional
            }
            return new DocumentReader.RawDocument(null, lines, meta, 0, List.of(Text.of("从 OFD 文档读取（" + pages + "页）", "read from an OFD document (" + pages + " pages)")));
        } catch (IngestException e) {
            throw e;
        } catch (Exception | StackOverflowError | LinkageError e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new IngestException("该 OFD 文档无法读取（" + why + "）；可改为审查同一报告的 PDF 版",
                    "the OFD document could not be read (" + why + "); a PDF of the same report can be read instead", e);
        }
    }

    private static void addDate(List<PageMetadata> meta, String name, LocalDate d) {
        if (d != null) meta.add(new PageMetadata(name, d.toString(), name + ": " + d + " (a file property, not a publication date)", 0));
    }

    private static void collect(TextObject t, List<Run> runs) {
        ST_Box box = t.getBoundary();
        double bx = box == null ? 0 : box.getTopLeftX();
        double by = box == null ? 0 : box.getTopLeftY();
        double size = t.getSize() == null ? 3.5 : t.getSize();
        double[] ctm = null;
        ST_Array c = t.getCTM();
        if (c != null) {
            Double[] v = c.toDouble();
            if (v != null && v.length == 6) ctm = new double[] {v[0], v[1], v[2], v[3], v[4], v[5]};
        }
        double scale = ctm == null ? 1 : Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
        double lastX = 0;
        double lastY = 0;
        for (TextCode code : t.getTextCodes()) {
            String text = code.getContent();
            if (text == null || text.isEmpty()) continue;
            double x = code.getX() == null ? lastX : code.getX();
            double y = code.getY() == null ? lastY : code.getY();
            double[] dx = deltas(code.getDeltaX() == null ? null : code.getDeltaX().getArray());
            double width = 0;
            int glyphs = text.codePointCount(0, text.length());
            for (int i = 0; i < glyphs - 1; i++) width += i < dx.length ? dx[i] : (dx.length > 0 ? dx[dx.length - 1] : size);
            width += size;
            double ax = x;
            double ay = y;
            double aEnd = x + width;
            if (ctm != null) {
                ax = x * ctm[0] + y * ctm[2] + ctm[4];
                ay = x * ctm[1] + y * ctm[3] + ctm[5];
                aEnd = ax + width * scale;
            }
            runs.add(new Run(bx + ax, by + ay, bx + aEnd, size * scale, text));
            lastX = x + width;
            lastY = y;
        }
    }

    /** DeltaX values, with the "g N V" shorthand (N times V) expanded. */
    static double[] deltas(List<String> tokens) {
        if (tokens == null) return new double[0];
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            try {
                if (tok.equals("g") && i + 2 < tokens.size()) {
                    int n = Integer.parseInt(tokens.get(i + 1));
                    double v = Double.parseDouble(tokens.get(i + 2));
                    for (int k = 0; k < Math.min(n, 100_000); k++) out.add(v);
                    i += 2;
                } else {
                    out.add(Double.parseDouble(tok));
                }
            } catch (NumberFormatException e) {
                // ignore a malformed value
            }
        }
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }

    /** Runs gathered into lines: same baseline (within half a glyph) → one line, left to right. */
    private static List<String> pageLines(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
        List<List<Run>> lines = new ArrayList<>();
        List<Run> current = null;
        double baseline = 0;
        for (Run r : sorted) {
            if (current == null || Math.abs(r.y() - baseline) > Math.max(0.5, r.size() * 0.5)) {
                current = new ArrayList<>();
                lines.add(current);
                baseline = r.y();
            }
            current.add(r);
        }
        List<String> out = new ArrayList<>();
        for (List<Run> line : lines) {
            line.sort(Comparator.comparingDouble(Run::x));
            StringBuilder sb = new StringBuilder();
            double end = Double.NEGATIVE_INFINITY;
            for (Run r : line) {
                if (sb.length() > 0 && r.x() - end > r.size() * 0.8) sb.append(' ');
                sb.append(r.text());
                end = Math.max(end, r.end());
            }
            out.add(sb.toString());
        }
        return out;
    }
}
