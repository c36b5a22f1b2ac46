package org.ogiaudit.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned copies of real reports, as a scanner's PDF is: every page a picture, no text layer. A PDF's pages are
 * rendered; a report that is text (a web page, a text file) is first set on A4 pages in a Chinese font. For the
 * benchmark's scan corpus, and for the tests that read scans.
 */
public final class ScanCorpus {
    private ScanCorpus() { }

    /**
     * Every page of {@code pdf} as a picture at {@code dpi} filling a page of the same size: grey JPEG as an office
     * scanner makes it, or black and white (lossless) as its text mode does.
     */
    public static Path scan(Path pdf, int dpi, boolean blackAndWhite, Path out) throws IOException {
        try (PDDocument src = Loader.loadPDF(pdf.toFile()); PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                PDRectangle box = src.getPage(i).getMediaBox();
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, blackAndWhite ? ImageType.BINARY : ImageType.GRAY);
                addPicturePage(dst, img, box);
            }
            dst.save(out.toFile());
        }
        return out;
    }

    /** A font installed here that sets Chinese text, or null: without one, text reports cannot be set on a page. */
    public static Font chineseFont(float points) {
        String sample = "政府信息公开工作年度报告";
        for (String family : List.of("Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "AR PL UMing CN")) {
            Font f = new Font(family, Font.PLAIN, 12);
            if (f.getFamily().equals(family) && f.canDisplayUpTo(sample) < 0) return f.deriveFont(points);
        }
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            Font f = new Font(family, Font.PLAIN, 12);
            if (f.canDisplayUpTo(sample) < 0) return f.deriveFont(points);
        }
        return null;
    }

    /**
     * {@code lines} set on A4 pages (2 cm margins, 12 pt, lines wrapped to the width; a table row's cells spaced apart)
     * and stored as grey pictures at {@code dpi}.
     */
    public static Path typeset(List<String> lines, Font font, int dpi, Path out) throws IOException {
        int width = Math.round(PDRectangle.A4.getWidth() / 72f * dpi);
        int height = Math.round(PDRectangle.A4.getHeight() / 72f * dpi);
        int margin = Math.round(2 / 2.54f * dpi);
        Font sized = font.deriveFont(12f / 72f * dpi);
        List<BufferedImage> pages = new ArrayList<>();
        BufferedImage page = null;
        Graphics2D g = null;
        int y = 0;
        int lineHeight = 0;
        for (String raw : lines) {
            String line = raw.strip().replaceAll("\\s*\\|\\s*", "　　");
            if (line.isEmpty()) continue;
            List<String> wrapped = null;
            do {
                if (g == null || y + lineHeight > height - margin) {
                    if (g != null) g.dispose();
                    page = blankPage(width, height);
                    pages.add(page);
                    g = page.createGraphics();
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    g.setColor(Color.BLACK);
                    g.setFont(sized);
                    lineHeight = Math.round(g.getFontMetrics().getHeight() * 1.4f);
                    y = margin;
                }
                if (wrapped == null) wrapped = wrap(line, g.getFontMetrics(), width - 2 * margin);
                g.drawString(wrapped.remove(0), margin, y + g.getFontMetrics().getAscent());
                y += lineHeight;
            } while (!wrapped.isEmpty());
        }
        if (g != null) g.dispose();
        try (PDDocument dst = new PDDocument()) {
            for (BufferedImage p : pages) addPicturePage(dst, p, PDRectangle.A4);
            dst.save(out.toFile());
        }
        return out;
    }

    private static BufferedImage blankPage(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    /** {@code line} cut into pieces no wider than {@code width} (Chinese text breaks between any two characters). */
    private static List<String> wrap(String line, FontMetrics metrics, int width) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < line.length(); i++) {
            int w = metrics.charWidth(line.charAt(i));
            if (used + w > width && i > start) {
                out.add(line.substring(start, i));
                start = i;
                used = 0;
            }
            used += w;
        }
        out.add(line.substring(start));
        return out;
    }

    private static void addPicturePage(PDDocument dst, BufferedImage img, PDRectangle box) throws IOException {
        PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        dst.addPage(page);
        PDImageXObject x = img.getType() == BufferedImage.TYPE_BYTE_BINARY ? LosslessFactory.createFromImage(dst, img)
                : JPEGFactory.createFromImage(dst, img, 0.85f);
        try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
            cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
        }
    }
}
