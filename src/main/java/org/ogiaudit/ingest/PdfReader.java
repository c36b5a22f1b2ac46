package org.ogiaudit.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF with PDFBox. A PDF without one (a scan) is refused with that reason rather than
 * checked as if it were an empty report; so are encrypted and truncated files.
 */
final class PdfReader {
    /** Fewer Chinese characters than this per page means the pages are images. */
    private static final int MIN_HAN_PER_PAGE = 20;
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*[-—–]?\\s*\\d{1,3}\\s*[-—–]?\\s*$|^\\s*第\\s*\\d+\\s*页.{0,8}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：:;!?]\\s*$");
    private static final Pattern NUMBER_ROW = Pattern.compile("\\d+(\\s+[\\d.]+){2,}\\s*$");
    private static final Pattern LIST_START = Pattern.compile("\\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．]|第[一二三四五六七八九十]{1,3}[部条])");

    DocumentReader.RawDocument read(byte[] bytes) throws IngestException {
        if (!hasEofMarker(bytes)) {
            throw new IngestException("the PDF is truncated (no %%EOF marker at its end); it was probably cut off while downloading");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) throw new IngestException("the PDF has no pages");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            long han = text.codePoints().filter(Han::is).count();
            if (han < (long) MIN_HAN_PER_PAGE * pages) {
                throw new IngestException("the PDF has no text layer (" + pages + " page(s), " + han
                        + " characters of text): it is probably a scan and needs OCR first");
            }
            List<PageMetadata> meta = new ArrayList<>();
            PDDocumentInformation info = doc.getDocumentInformation();
            addMeta(meta, "pdf:Title", info.getTitle());
            addMeta(meta, "pdf:Author", info.getAuthor());
            addMeta(meta, "pdf:Subject", info.getSubject());
            addDate(meta, "pdf:CreationDate", info.getCreationDate());
            addDate(meta, "pdf:ModDate", info.getModificationDate());
            List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n")));
            lines.removeIf(l -> l.isBlank() || PAGE_NUMBER.matcher(l).matches());
            lines = unwrap(lines);
            return new DocumentReader.RawDocument(null, lines, meta, 0, List.of("read from the PDF text layer (" + pages + " pages)"));
        } catch (InvalidPasswordException e) {
            throw new IngestException("the PDF is encrypted with a password and cannot be read");
        } catch (IOException e) {
            throw new IngestException("not a readable PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IngestException("the PDF is damaged: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Joins the hard-wrapped lines of a paragraph: a line as wide as the text column that does not end a sentence
     * continues on the next line, unless the next line starts a list item. Table rows (short, or ending in a run of
     * numbers) are left alone.
     */
    static List<String> unwrap(List<String> lines) {
        if (lines.size() < 5) return lines;
        int[] widths = lines.stream().mapToInt(PdfReader::displayWidth).sorted().toArray();
        int column = widths[(int) Math.floor(widths.length * 0.9)];
        int full = (int) Math.round(column * 0.8);
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        for (String line : lines) {
            String l = line.strip();
            if (paragraph != null && !LIST_START.matcher(l).lookingAt()) {
                paragraph.append(l);
            } else {
                if (paragraph != null) out.add(paragraph.toString());
                paragraph = new StringBuilder(l);
            }
            boolean continues = displayWidth(l) >= full && !SENTENCE_END.matcher(l).find() && !NUMBER_ROW.matcher(l).find();
            if (!continues) {
                out.add(paragraph.toString());
                paragraph = null;
            }
        }
        if (paragraph != null) out.add(paragraph.toString());
        return out;
    }

    private static int displayWidth(String s) {
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
