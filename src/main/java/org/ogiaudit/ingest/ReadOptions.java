package org.ogiaudit.ingest;

import java.time.Duration;

/**
 * How {@link DocumentReader} reads files.
 *
 * @param maxBytes        the largest file read; larger files are refused before they are read into memory
 * @param ocr             when pictures are read with OCR
 * @param ocrPageTimeout  the longest one page (or one picture) may take in Tesseract; it is then stopped and the page
 *                        reported unread
 * @param tesseract       the Tesseract command (a name looked up on the PATH, or a path)
 */
public record ReadOptions(long maxBytes, OcrMode ocr, Duration ocrPageTimeout, String tesseract) {
    /** Real report pages are under 2 MB, report PDFs under 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** An A4 page takes about 1.5 s with chi_sim on one core here (3–4 s on a dense table); a minute means trouble. */
    public static final Duration DEFAULT_OCR_PAGE_TIMEOUT = Duration.ofSeconds(60);
    public static final ReadOptions DEFAULTS = new ReadOptions(DEFAULT_MAX_BYTES, OcrMode.AUTO, DEFAULT_OCR_PAGE_TIMEOUT);

    public ReadOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        if (ocr == null) throw new IllegalArgumentException("ocr mode is required");
        if (ocrPageTimeout == null || ocrPageTimeout.isNegative() || ocrPageTimeout.isZero()) {
            throw new IllegalArgumentException("the OCR page timeout must be positive");
        }
        if (tesseract == null || tesseract.isBlank()) tesseract = "tesseract";
    }

    public ReadOptions(long maxBytes, OcrMode ocr, Duration ocrPageTimeout) {
        this(maxBytes, ocr, ocrPageTimeout, "tesseract");
    }

    public ReadOptions withMaxBytes(long bytes) {
        return new ReadOptions(bytes, ocr, ocrPageTimeout, tesseract);
    }

    public ReadOptions withOcr(OcrMode mode) {
        return new ReadOptions(maxBytes, mode, ocrPageTimeout, tesseract);
    }

    public ReadOptions withOcrPageTimeout(Duration timeout) {
        return new ReadOptions(maxBytes, ocr, timeout, tesseract);
    }

    public ReadOptions withTesseract(String command) {
        return new ReadOptions(maxBytes, ocr, ocrPageTimeout, command);
    }
}
