package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans, picture pages inside text PDFs and pictures in web pages, read by Tesseract; and when it cannot be. */
class OcrTest {
    static final List<String> PAGE = List.of(
            "一、总体情况",
            "2023年,县发展和改革局认真贯彻执行省、市、县有关文件精神,",
            "全年共审核发布各类公开政府信息249条。",
            "二、主动公开政府信息情况");
    static final String[][] TABLE = {{"信息内容", "本年处理决定数量"}, {"行政许可", "26"}, {"行政处罚", "1282"}};
    static final Path REAL_PDF = Path.of("reports-in/2024_淮安市人民政府.pdf");

    @TempDir
    static Path dir;
    static Font font;

    @BeforeAll
    static void font() {
        font = new Font("Noto Sans CJK SC", Font.PLAIN, 40);
        Assumptions.assumeTrue(font.getFamily().startsWith("Noto Sans CJK") && font.canDisplayUpTo(String.join("", PAGE)) < 0,
                "no Chinese font to draw test pictures with (apt-get install fonts-noto-cjk)");
    }

    private static void assumeTesseract() {
        Assumptions.assumeTrue(new Ocr(ReadOptions.DEFAULTS).unavailable() == null,
                "tesseract with chi_sim is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
    }

    /** An A4 page at 200 dpi with the lines drawn on it, as a scanner makes it. */
    static BufferedImage pagePicture(List<String> lines) {
        BufferedImage img = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        int y = 250;
        for (String l : lines) {
            g.drawString(l, 160, y);
            y += 80;
        }
        g.dispose();
        return img;
    }

    /** A bordered table as web pages publish it, at screen resolution. */
    static BufferedImage tablePicture() {
        BufferedImage img = new BufferedImage(520, 140, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.setFont(font.deriveFont(18f));
        for (int r = 0; r < TABLE.length; r++) {
            for (int c = 0; c < 2; c++) {
                int x = 10 + c * 250;
                int y = 10 + r * 40;
                g.drawRect(x, y, 250, 40);
                g.drawString(TABLE[r][c], x + 10, y + 27);
            }
        }
        g.dispose();
        return img;
    }

    static void addPicturePage(PDDocument doc, BufferedImage img) throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
    }

    static Path scan() throws Exception {
        Path f = dir.resolve("scan.pdf");
        if (Files.exists(f)) return f;
        try (PDDocument doc = new PDDocument()) {
            addPicturePage(doc, pagePicture(PAGE));
            doc.save(f.toFile());
        }
        return f;
    }

    /** The real 2024 report (a text PDF) with a scanned page added at its end. */
    static Path mixed() throws Exception {
        Path f = dir.resolve("mixed.pdf");
        if (Files.exists(f)) return f;
        try (PDDocument doc = Loader.loadPDF(REAL_PDF.toFile())) {
            addPicturePage(doc, pagePicture(PAGE));
            doc.save(f.toFile());
        }
        return f;
    }

    /** The scanned page's number in {@link #mixed()}: the last. */
    static int mixedPages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(mixed().toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static DocumentReader reader(OcrMode mode) {
        return new DocumentReader(ReadOptions.DEFAULTS.withOcr(mode));
    }

    private static void assertRead(List<String> expected, List<String> lines) {
        double[] agreement = Renderings.lineAgreement(expected, lines);
        for (int i = 0; i < agreement.length; i++) {
            assertTrue(agreement[i] >= 0.9, "\"" + expected.get(i) + "\" read only " + agreement[i] + " in " + lines);
        }
    }

    @Test
    void aScanIsReadByOcrAndItsLinesAreMarked() throws Exception {
        assumeTesseract();
        SourceDocument doc = reader(OcrMode.AUTO).read(scan(), "scan.pdf");
        assertEquals(1, doc.ocrPages());
        assertRead(PAGE, doc.lines());
        assertEquals(doc.lines().size(), doc.ocrLines().size(), "every line read by OCR");
        assertTrue(doc.readByOcr(1));
        assertTrue(doc.notes().stream().anyMatch(n -> n.contains("read by OCR")), doc.notes().toString());
    }

    @Test
    void onlyThePicturePageOfATextPdfIsReadByOcr() throws Exception {
        assumeTesseract();
        SourceDocument text = reader(OcrMode.NEVER).read(REAL_PDF, "real.pdf");
        SourceDocument doc = reader(OcrMode.AUTO).read(mixed(), "mixed.pdf");
        assertEquals(1, doc.ocrPages());
        int first = doc.ocrLines().first();
        // the text pages read as before, the picture page after them
        assertEquals(text.lines().subList(0, first - 1), doc.lines().subList(0, first - 1));
        assertRead(PAGE, doc.lines().subList(first - 1, doc.lines().size()));
        assertEquals(doc.lines().size() - first + 1, doc.ocrLines().size());
    }

    @Test
    void ocrOffRefusesAScanAndMarksAPicturePage() throws Exception {
        IngestException e = assertThrows(IngestException.class, () -> reader(OcrMode.NEVER).read(scan(), "scan.pdf"));
        assertTrue(e.getMessage().contains("no text layer") && e.getMessage().contains("needs OCR first (OCR is off)"), e.getMessage());
        SourceDocument doc = reader(OcrMode.NEVER).read(mixed(), "mixed.pdf");
        assertEquals(SourceDocument.IMAGE_LINE, doc.lines().get(doc.lines().size() - 1));
        assertTrue(doc.ocrLines().isEmpty());
        assertTrue(doc.notes().stream().anyMatch(n -> n.contains("is a picture and was not read (OCR is off)")), doc.notes().toString());
    }

    @Test
    void ocrAlwaysReadsTextPagesToo() throws Exception {
        assumeTesseract();
        Path onePage = dir.resolve("one-page.pdf");
        try (PDDocument doc = Loader.loadPDF(REAL_PDF.toFile())) {
            while (doc.getNumberOfPages() > 1) doc.removePage(1);
            doc.save(onePage.toFile());
        }
        SourceDocument text = reader(OcrMode.NEVER).read(onePage, "p.pdf");
        SourceDocument doc = reader(OcrMode.ALWAYS).read(onePage, "p.pdf");
        assertEquals(1, doc.ocrPages());
        assertEquals(doc.lines().size(), doc.ocrLines().size());
        double[] agreement = Renderings.lineAgreement(text.lines(), doc.lines());
        assertTrue(Renderings.linesAtLeast(agreement, 0.9) >= 0.9, "the text page read again by OCR: " + java.util.Arrays.toString(agreement));
    }

    @Test
    void picturesInAWebPageBesideItOrInlineAreRead() throws Exception {
        assumeTesseract();
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("page_files"));
        ImageIO.write(tablePicture(), "png", site.resolve("page_files/表三.png").toFile());
        ImageIO.write(tablePicture(), "png", dir.resolve("outside.png").toFile());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(tablePicture(), "png", png);
        String body = String.join("\n", PAGE.stream().map(l -> "<p>" + l + "</p>").toList());
        Files.writeString(site.resolve("page.html"), "<html><head><meta charset=\"utf-8\"></head><body><div class=\"TRS_Editor\">"
                + body + "<p><img src=\"page_files/%E8%A1%A8%E4%B8%89.png\"></p>"
                + "<p><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"></p>"
                + "<p><img src=\"../outside.png\"></p><p><img src=\"http://www.example.invalid/t.png\"></p>"
                + "<p><img src=\"/etc/t.png\"></p></div></body></html>", StandardCharsets.UTF_8);
        SourceDocument doc = reader(OcrMode.AUTO).read(site.resolve("page.html"), "page.html");
        assertEquals(2, doc.ocrPages(), "the picture beside the page and the inline one; never one outside or remote");
        long markers = doc.lines().stream().filter(SourceDocument.IMAGE_LINE::equals).count();
        assertEquals(5, markers, "every picture still leaves its marker");
        List<String> read = doc.ocrLines().stream().map(n -> doc.lines().get(n - 1)).toList();
        String all = String.join("\n", read);
        for (String[] row : TABLE) {
            for (String cell : row) assertTrue(all.contains(cell), cell + " not read from the pictures: " + read);
        }
        SourceDocument off = reader(OcrMode.NEVER).read(site.resolve("page.html"), "page.html");
        assertEquals(0, off.ocrPages());
        assertTrue(off.ocrLines().isEmpty());
    }

    @Test
    void picturesBesideAMarkdownFileAreRead() throws Exception {
        assumeTesseract();
        Path folder = dir.resolve("md");
        Files.createDirectories(folder.resolve("images"));
        ImageIO.write(tablePicture(), "png", folder.resolve("images/table.png").toFile());
        Files.writeString(folder.resolve("report.md"), "## " + String.join("\n\n", PAGE) + "\n\n![表](images/table.png)\n",
                StandardCharsets.UTF_8);
        SourceDocument doc = reader(OcrMode.AUTO).read(folder.resolve("report.md"), "report.md");
        assertEquals(1, doc.ocrPages());
        assertEquals(PAGE, doc.lines().subList(0, PAGE.size()));
        assertEquals(SourceDocument.IMAGE_LINE, doc.lines().get(PAGE.size()));
        String read = String.join("\n", doc.lines().subList(PAGE.size() + 1, doc.lines().size()));
        assertTrue(read.contains("行政许可") && read.contains("1282"), read);
        assertEquals(doc.lines().size() - PAGE.size() - 1, doc.ocrLines().size());
    }

    // ---- when Tesseract is missing, broken, slow or crashes ----

    private static Path fakeTesseract(String name, String body) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "#!/bin/sh\nif [ \"$1\" = \"--list-langs\" ]; then echo 'List of available languages (2):'; "
                + (name.contains("nochi") ? "echo eng" : "echo chi_sim; echo eng") + "; exit 0; fi\n" + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        return f;
    }

    @Test
    void picturesInAWordDocumentAreRead() throws Exception {
        assumeTesseract();
        Path docx = dir.resolve("report.docx");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(tablePicture(), "png", png);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.OutputStream out = Files.newOutputStream(docx)) {
            for (String line : PAGE) doc.createParagraph().createRun().setText(line);
            doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png.toByteArray()),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "表三.png",
                    org.apache.poi.util.Units.toEMU(520), org.apache.poi.util.Units.toEMU(140));
            doc.write(out);
        }
        SourceDocument read = reader(OcrMode.AUTO).read(docx, "report.docx");
        assertEquals(1, read.ocrPages());
        assertEquals(PAGE, read.lines().subList(0, PAGE.size()));
        assertEquals(SourceDocument.IMAGE_LINE, read.lines().get(PAGE.size()), "the picture leaves its marker");
        String text = String.join("\n", read.lines().subList(PAGE.size() + 1, read.lines().size()));
        assertTrue(text.contains("行政许可") && text.contains("1282"), text);
        assertEquals(read.lines().size() - PAGE.size() - 1, read.ocrLines().size(), "the lines read from it are marked");
        SourceDocument off = reader(OcrMode.NEVER).read(docx, "report.docx");
        assertEquals(List.of(SourceDocument.IMAGE_LINE), off.lines().subList(PAGE.size(), off.lines().size()),
                "with OCR off the marker stays: a table may be the picture");
        assertTrue(off.ocrLines().isEmpty());
    }

    @Test
    void withoutTesseractAScanGetsAReasonSayingWhatToInstall() throws Exception {
        DocumentReader r = new DocumentReader(ReadOptions.DEFAULTS.withTesseract(dir.resolve("no-such-tesseract").toString()));
        IngestException e = assertThrows(IngestException.class, () -> r.read(scan(), "scan.pdf"));
        assertTrue(e.getMessage().contains("no text layer") && e.getMessage().contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim"),
                e.getMessage());
        e = assertThrows(IngestException.class, () -> r.read(mixed(), "mixed.pdf"));
        assertTrue(e.getMessage().contains("page(s) " + mixedPages() + " of the PDF are pictures") && e.getMessage().contains("tesseract is not installed"),
                e.getMessage());
    }

    @Test
    void withoutTheChineseModelTheReasonNamesIt() throws Exception {
        Path fake = fakeTesseract("tesseract-nochi", "exit 1");
        DocumentReader r = new DocumentReader(ReadOptions.DEFAULTS.withTesseract(fake.toString()));
        IngestException e = assertThrows(IngestException.class, () -> r.read(scan(), "scan.pdf"));
        assertTrue(e.getMessage().contains("chi_sim") && e.getMessage().contains("tesseract-ocr-chi-sim"), e.getMessage());
    }

    @Test
    void aCrashingTesseractFailsThatFileOnly() throws Exception {
        Path fake = fakeTesseract("tesseract-crash", "kill -SEGV $$");
        DocumentReader r = new DocumentReader(ReadOptions.DEFAULTS.withTesseract(fake.toString()));
        IngestException e = assertThrows(IngestException.class, () -> r.read(scan(), "scan.pdf"));
        assertTrue(e.getMessage().contains("crashed (signal 11)"), e.getMessage());
        // a text PDF with one crashing picture page keeps its text, marks the page and says why
        SourceDocument doc = r.read(mixed(), "mixed.pdf");
        assertEquals(SourceDocument.IMAGE_LINE, doc.lines().get(doc.lines().size() - 1));
        int last = mixedPages();
        assertTrue(doc.notes().stream().anyMatch(n -> n.contains("page " + last + ": tesseract crashed")), doc.notes().toString());
        assertTrue(doc.notes().stream().noneMatch(n -> n.contains("read by OCR")), doc.notes().toString());
    }

    @Test
    void aPageOverTheTimeLimitIsStopped() throws Exception {
        Path fake = fakeTesseract("tesseract-slow", "exec sleep 60");
        DocumentReader r = new DocumentReader(ReadOptions.DEFAULTS.withTesseract(fake.toString())
                .withOcrPageTimeout(Duration.ofMillis(700)));
        long t0 = System.nanoTime();
        IngestException e = assertThrows(IngestException.class, () -> r.read(scan(), "scan.pdf"));
        assertTrue(e.getMessage().contains("took longer than 700 ms"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "stopped at the limit, not after the minute");
    }

    @Test
    void misreadingsCertainInContextArePutBack() {
        assertEquals("统计期限自2018年1月1日起至2018年12月31日止", Ocr.tidy("统计期限自2018年]月1日起至2018年12月3l日止"));
        assertEquals("12|月", Ocr.tidy("12|月"), "a bar after two digits is a cell border, not a 1");
        assertEquals("行政许可 | 0", Ocr.tidy("行政许可 | 0"));
        // a heading's opening bracket read as 人, a stray 人 before a heading (both seen on the scanned real reports)
        assertEquals("(三)主动公开政府信息的主要形式", Ocr.tidy("人三)主动公开政府信息的主要形式"));
        assertEquals("六、政府信息公开工作存在的主要问题及改进情况", Ocr.tidy("人六、政府信息公开工作存在的主要问题及改进情况"));
        assertEquals("人大代表建议办理情况", Ocr.tidy("人大代表建议办理情况"), "a line that starts with 人 is left");
        assertEquals("人三个方面", Ocr.tidy("人三个方面"));
    }

    @Test
    void pictureSourcesOutsideThePageFolderAreNeverRead() throws Exception {
        Path base = dir.resolve("folder");
        Files.createDirectories(base);
        Files.writeString(dir.resolve("secret.png"), "x");
        assertEquals(null, Ocr.localPicture("../secret.png", base, 1000));
        assertEquals(null, Ocr.localPicture("/etc/passwd", base, 1000));
        assertEquals(null, Ocr.localPicture("file:///etc/passwd", base, 1000));
        assertEquals(null, Ocr.localPicture("https://example.invalid/a.png", base, 1000));
        assertFalse(Ocr.localPicture("data:image/png;base64,aGVsbG8=", base, 1000) == null);
    }
}
