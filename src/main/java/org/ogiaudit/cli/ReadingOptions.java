package org.ogiaudit.cli;

import java.time.Duration;
import org.ogiaudit.ingest.OcrMode;
import org.ogiaudit.ingest.ReadOptions;
import picocli.CommandLine.Option;

/** How files are read, shared by the commands that read reports: size limit and OCR. */
final class ReadingOptions {
    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}); real report pages are under 2 MB, PDFs under 10 MB.")
    int maxFileMb;

    @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto",
            description = {"Read pictures with Tesseract OCR (chi_sim): auto (the default) for PDF pages without text and for",
                "pictures in a page; always, also over a text layer (for PDFs whose text is garbled); never (a scanned",
                "PDF is then an error). A report's notes say how many pages or pictures were read by OCR."})
    OcrMode ocr;

    @Option(names = "--ocr-page-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop OCR of one page or picture after this long (default: ${DEFAULT-VALUE}); the page is reported unread.")
    int ocrPageTimeout;

    ReadOptions toReadOptions() {
        // picocli has checked the mode; sizes and times below 1 are taken as 1
        return new ReadOptions(Math.max(1, maxFileMb) * 1024L * 1024L, ocr, Duration.ofSeconds(Math.max(1, ocrPageTimeout)));
    }
}
