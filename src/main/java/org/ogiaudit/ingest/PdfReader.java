package org.ogiaudit.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ogiaudit.model.Text;

/**
 * Reads the text layer of a PDF with PDFBox, page by page. A page without text that shows a picture (a scan) is
 * rendered at 300 dpi and read by {@link Ocr} when OCR is on ({@link OcrMode#AUTO}); with {@link OcrMode#ALWAYS}
 * every page is read by OCR, the text layer ignored; with {@link OcrMode#NEVER} a scan is refused, and a picture page
 * inside a text PDF leaves the {@link SourceDocument#IMAGE_LINE} marker. Encrypted and truncated files are refused.
 */
final class PdfReader {
    /** Fewer Chinese characters than this on a page means the page is a picture (or empty). */
    private static final int MIN_HAN_PER_PAGE = 20;
    /** The largest page image handed to Tesseract (an A4 page at 300 dpi is 8.7 million pixels). */
    private static final long MAX_PAGE_PIXELS = 40_000_000L;
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*[-—–]?\\s*\\d{1,3}\\s*[-—–]?\\s*$|^\\s*第\\s*\\d+\\s*页.{0,8}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？：:!?]\\s*$");
    private static final Pattern NUMBER_ROW = Pattern.compile("\\d+(\\s+[\\d.]+){2,}\\s*$");
    private static final Pattern LIST_START = Pattern.compile("\\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．](?!\\d)|第[一二三四五六七八九十]{1,3}[部条])");

    private final Ocr ocr;

    PdfReader(Ocr ocr) {
        this.ocr = ocr;
    }

    PdfReader() {
        this(new Ocr(ReadOptions.DEFAULTS.withOcr(OcrMode.NEVER)));
    }

    DocumentReader.RawDocument read(byte[] bytes) throws IngestException {
        if (!hasEofMarker(bytes)) {
            throw new IngestException("PDF 不完整（末尾没有 %%EOF 标记），可能是下载时被截断",
                    "the PDF is truncated (no %%EOF marker at its end); it was probably cut off while downloading");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) throw new IngestException("PDF 没有页面", "the PDF has no pages");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String[] texts = new String[pages];
            long han = 0;
            BitSet pictures = new BitSet(); // pages to read by OCR
            for (int p = 0; p < pages; p++) {
                stripper.setStartPage(p + 1);
                stripper.setEndPage(p + 1);
                texts[p] = stripper.getText(doc);
                long pageHan = texts[p].codePoints().filter(Han::is).count();
                han += pageHan;
                if (ocr.mode() == OcrMode.ALWAYS) {
                    pictures.set(p);
                } else if (pageHan < MIN_HAN_PER_PAGE && hasPicture(doc.getPage(p).getResources(), 0)) {
                    pictures.set(p);
                }
            }
            boolean scan = han < (long) MIN_HAN_PER_PAGE * pages;
            if (scan && ocr.mode() == OcrMode.AUTO) {
                // no text layer at all: pages of text drawn as outlines are read by OCR too (a blank page costs little)
                for (int p = 0; p < pages; p++) {
                    if (texts[p].codePoints().filter(Han::is).count() < MIN_HAN_PER_PAGE) pictures.set(p);
                }
            }
            String layer = "(" + pages + " page(s), " + han + " characters of text)";
            String layerZh = "（" + pages + "页，文字层只有" + han + "个汉字）";
            List<Text> notes = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            int ocrPages = 0;
            if (ocr.mode() == OcrMode.NEVER || pictures.isEmpty()) {
                if (scan) {
                    throw new IngestException("PDF 没有文字层" + layerZh + "：可能是扫描件，需要先经 OCR 识别"
                            + (ocr.mode() == OcrMode.NEVER ? "（OCR 已关闭）" : ""), "the PDF has no text layer " + layer
                            + ": it is probably a scan and needs OCR first" + (ocr.mode() == OcrMode.NEVER ? " (OCR is off)" : ""));
                }
                for (int p = 0; p < pages; p++) {
                    addText(texts[p], p, lines);
                    if (pictures.get(p) && hasPicture(doc.getPage(p).getResources(), 0)) {
                        lines.add(SourceDocument.IMAGE_LINE);
                        notes.add(Text.of("第" + (p + 1) + "页是图片，未读取（OCR 已关闭）", "page " + (p + 1) + " is a picture and was not read (OCR is off)"));
                    }
                }
            } else {
                String problem = ocr.unavailable();
                if (problem != null) {
                    if (scan) {
                        throw new IngestException("PDF 没有文字层" + layerZh + "：是扫描件，需要 OCR，但 " + problem,
                                "the PDF has no text layer " + layer + ": it is a scan and needs OCR, but " + problem);
                    }
                    throw new IngestException("PDF 第" + list(pictures) + "页是没有文字的图片，需要 OCR，但 " + problem
                            + "（或用 --ocr never 只读文字页）", "page(s) " + list(pictures) + " of the PDF are pictures without text "
                            + "and need OCR, but " + problem + " (or read the text pages only with OCR off)");
                }
                PDFRenderer renderer = new PDFRenderer(doc);
                List<String> failures = new ArrayList<>();
                BitSet read = new BitSet();
                long ocrHan = 0;
                for (int p = 0; p < pages; p++) {
                    // a batch that abandons a slow file interrupts its thread: stop rather than start more processes
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IngestException("读取在第" + (p + 1) + "页被中断", "reading was interrupted at page " + (p + 1));
                    }
                    if (!pictures.get(p)) {
                        addText(texts[p], p, lines);
                        continue;
                    }
                    try {
                        List<String> pageLines = ocr.readPage(render(renderer, doc.getPage(p), p), Ocr.DPI, "page " + (p + 1));
                        ocrPages++;
                        read.set(p);
                        addLines(pageLines, p, lines);
                        for (String l : pageLines) ocrHan += l.codePoints().filter(Han::is).count();
                    } catch (Ocr.Failure e) {
                        failures.add(e.getMessage());
                        addText(texts[p], p, lines);
                        lines.add(SourceDocument.IMAGE_LINE);
                    }
                }
                if (scan && ocrHan + han < (long) MIN_HAN_PER_PAGE) {
                    throw new IngestException("PDF 没有文字层" + layerZh + (failures.isEmpty() ? "，OCR 也未在其页面中识别出中文"
                            : "，OCR 失败：" + failures.get(0)), "the PDF has no text layer " + layer + (failures.isEmpty()
                            ? " and OCR found no Chinese text in its pages" : " and OCR failed: " + failures.get(0)));
                }
                if (ocrPages > 0) {
                    notes.add(Text.of("第" + list(read) + "页经 OCR 识别（Tesseract chi_sim，" + Ocr.DPI + " dpi）"
                            + (ocr.mode() == OcrMode.ALWAYS ? "，未使用文字层" : ""), "page(s) " + list(read) + " read by OCR (Tesseract chi_sim, "
                            + Ocr.DPI + " dpi)" + (ocr.mode() == OcrMode.ALWAYS ? ", the text layer ignored" : "")));
                }
                for (String f : failures) notes.add(Text.of("未读取：" + f, "not read: " + f));
            }
            List<PageMetadata> meta = new ArrayList<>();
            PDDocumentInformation info = doc.getDocumentInformation();
            addMeta(meta, "pdf:Title", info.getTitle());
            addMeta(meta, "pdf:Author", info.getAuthor());
            addMeta(meta, "pdf:Subject", info.getSubject());
            addDate(meta, "pdf:CreationDate", info.getCreationDate());
            addDate(meta, "pdf:ModDate", info.getModificationDate());
            BitSet ocrIn = Ocr.takeMarks(lines);
            BitSet ocrOut = new BitSet();
            lines = unwrap(lines, ocrIn, ocrOut);
            notes.add(0, ocrPages == pages
                    ? Text.of("经 OCR 识别（" + pages + "页" + (scan ? "，没有文字层）" : "）"), "read by OCR (" + pages + " pages" + (scan ? ", no text layer)" : ")"))
                    : Text.of("从 PDF 文字层读取（" + pages + "页）", "read from the PDF text layer (" + pages + " pages)"));
            return new DocumentReader.RawDocument(null, lines, meta, 0, notes, ocrOut, ocrPages, false);
        } catch (InvalidPasswordException e) {
            throw new IngestException("PDF 有密码保护，无法读取", "the PDF is encrypted with a password and cannot be read");
        } catch (IOException e) {
            throw new IngestException("无法读取的 PDF：" + e.getMessage(), "not a readable PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new IngestException("PDF 已损坏：" + why, "the PDF is damaged: " + why, e);
        }
    }

    /**
     * Adds the text lines of page {@code index} (0-based). A lone number is taken for a page number only among the
     * first and last two lines of the page and when it is within two of the page's place ("3" or "- 3 -" on the third
     * page, allowing for unnumbered covers): elsewhere it is a table cell on a line of its own ("91" under
     * "从事信息公开工作人员数", or a row cut by the page break).
     */
    private static void addText(String text, int index, List<String> lines) {
        addLines(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n")), index, lines);
    }

    /** As {@link #addText}, for lines (OCR lines start with {@link Ocr#MARK}). */
    private static void addLines(List<String> pageLines, int index, List<String> lines) {
        List<String> page = new ArrayList<>();
        for (String l : pageLines) {
            if (!l.isBlank() && !(l.length() == 1 && l.charAt(0) == Ocr.MARK)) page.add(l);
        }
        for (int i = 0; i < page.size(); i++) {
            String l = page.get(i);
            String bare = !l.isEmpty() && l.charAt(0) == Ocr.MARK ? l.substring(1) : l;
            boolean edge = i < 2 || i >= page.size() - 2;
            if (!(edge && isPageNumber(bare, index))) lines.add(l);
        }
    }

    static boolean isPageNumber(String line, int index) {
        if (!PAGE_NUMBER.matcher(line).matches()) return false;
        String digits = line.replaceAll("\\D", "");
        if (digits.isEmpty() || digits.length() > 4) return true;
        return Math.abs(Integer.parseInt(digits) - (index + 1)) <= 2;
    }

    private static BufferedImage render(PDFRenderer renderer, PDPage page, int index) throws IOException {
        float w = page.getMediaBox().getWidth() / 72f * Ocr.DPI;
        float h = page.getMediaBox().getHeight() / 72f * Ocr.DPI;
        float scale = Ocr.DPI / 72f;
        if ((double) w * h > MAX_PAGE_PIXELS) scale *= (float) Math.sqrt(MAX_PAGE_PIXELS / ((double) w * h));
        return renderer.renderImage(index, scale, ImageType.GRAY);
    }

    /** True when the page's resources (or a form inside them) hold an image. */
    private static boolean hasPicture(PDResources resources, int depth) {
        if (resources == null || depth > 3) return false;
        try {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject) return true;
                if (x instanceof PDFormXObject form && hasPicture(form.getResources(), depth + 1)) return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static String list(BitSet pages) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int p = pages.nextSetBit(0); p >= 0; p = pages.nextSetBit(p + 1)) {
            if (shown++ == 12) {
                sb.append(", …");
                break;
            }
            if (sb.length() > 0) sb.append(", ");
            sb.append(p + 1);
        }
        return sb.toString();
    }

    /**
     * Joins the hard-wrapped lines of a paragraph: a line as wide as the text column that does not end a sentence
     * continues on the next line, unless the next line starts a list item. Table rows (short, or ending in a run of
     * numbers) are left alone.
     */
    static List<String> unwrap(List<String> lines) {
        return unwrap(lines, new BitSet(), new BitSet());
    }

    /** As {@link #unwrap(List)}; a joined line is marked in {@code marksOut} when any of its parts is in {@code marksIn}. */
    static List<String> unwrap(List<String> lines, BitSet marksIn, BitSet marksOut) {
        if (lines.size() < 5) {
            marksOut.or(marksIn);
            return lines;
        }
        int[] widths = lines.stream().mapToInt(PdfReader::displayWidth).sorted().toArray();
        int column = widths[(int) Math.floor(widths.length * 0.9)];
        int full = (int) Math.round(column * 0.8);
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        boolean marked = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (paragraph != null && !LIST_START.matcher(l).lookingAt()) {
                paragraph.append(l);
            } else {
                if (paragraph != null) {
                    if (marked) marksOut.set(out.size());
                    out.add(paragraph.toString());
                }
                paragraph = new StringBuilder(l);
                marked = false;
            }
            marked |= marksIn.get(i);
            boolean continues = displayWidth(l) >= full && !SENTENCE_END.matcher(l).find() && !NUMBER_ROW.matcher(l).find();
            if (!continues) {
                if (marked) marksOut.set(out.size());
                out.add(paragraph.toString());
                paragraph = null;
                marked = false;
            }
        }
        if (paragraph != null) {
            if (marked) marksOut.set(out.size());
            out.add(paragraph.toString());
        }
        return out;
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        return w;
    }

    private static boolean hasEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static void addMeta(List<PageMetadata> meta, String name, String value) {
        if (value != null && !value.isBlank()) {
            meta.add(new PageMetadata(name, value.strip(), name + ": " + value.strip(), 0));
        }
    }

    private static void addDate(List<PageMetadata> meta, String name, Calendar value) {
        if (value != null) {
            String iso = String.format("%04d-%02d-%02d", value.get(Calendar.YEAR), value.get(Calendar.MONTH) + 1,
                    value.get(Calendar.DAY_OF_MONTH));
            meta.add(new PageMetadata(name, iso, name + ": " + iso, 0));
        }
    }
}
