package org.ogiaudit.ingest;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogiaudit.model.Text;

/**
 * The pictures of one web page, Markdown file or Word document, read by OCR when OCR is on: a page's picture when it is
 * a data: URI or a file inside the page's folder (never a remote, absolute or escaping path), a Word document's when it
 * is embedded. Counts what was read and says what was not.
 */
final class Pictures {
    /** At most this many pictures of one page are read by OCR. */
    private static final int MAX_PICTURES = 40;

    private final Ocr ocr;
    private final Path baseDir;
    private int read;
    private int seen;
    private int unavailable;
    private String problem;
    private final List<Text> failures = new ArrayList<>();

    Pictures(Ocr ocr, Path baseDir) {
        this.ocr = ocr;
        this.baseDir = baseDir;
    }

    /**
     * The lines read from the picture at {@code src} (each starting with {@link Ocr#MARK}); an empty list when it was
     * found but not read; null when {@code src} is not a local picture (another source may be tried).
     */
    List<String> lines(String src) {
        if (ocr.mode() == OcrMode.NEVER || seen >= MAX_PICTURES) return List.of();
        byte[] bytes = Ocr.localPicture(src, baseDir, ocr.maxBytes());
        if (bytes == null) return null;
        return embedded(bytes);
    }

    /** The lines read from a picture's bytes (each starting with {@link Ocr#MARK}); empty when it was not read. */
    List<String> embedded(byte[] bytes) {
        if (ocr.mode() == OcrMode.NEVER || seen >= MAX_PICTURES || bytes == null || bytes.length > ocr.maxBytes()) return List.of();
        BufferedImage picture = Ocr.decodePicture(bytes);
        if (picture == null) return List.of(); // not a picture Java reads, or an icon
        seen++;
        if (problem == null) problem = ocr.unavailable();
        if (problem != null) {
            unavailable++;
            return List.of();
        }
        try {
            List<String> out = ocr.read(picture, Ocr.DPI, "picture " + seen, Ocr.Layout.COLUMN);
            read++;
            return out;
        } catch (Ocr.Failure f) {
            failures.add(Text.of("未读取：" + f.getMessage(), "not read: " + f.getMessage()));
            return List.of();
        }
    }

    int read() {
        return read;
    }

    List<Text> notes() {
        List<Text> notes = new ArrayList<>();
        if (read > 0) notes.add(Text.of(read + "张图片经 OCR 识别（Tesseract chi_sim）", read + " picture(s) read by OCR (Tesseract chi_sim)"));
        if (unavailable > 0) notes.add(Text.of(unavailable + "张图片未读取：" + problem, unavailable + " picture(s) were not read: " + problem));
        notes.addAll(failures);
        return notes;
    }
}
