package org.ogiaudit.cli;

import java.time.Duration;
import org.ogiaudit.ingest.OcrMode;
import org.ogiaudit.ingest.ReadOptions;
import picocli.CommandLine.Option;

/** How files are read, shared by the commands that read reports: size limit and OCR. */
final class ReadingOptions {
    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20", descriptionKey = "max-file-mb")
    int maxFileMb;

    @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto", descriptionKey = "ocr")
    OcrMode ocr;

    @Option(names = "--ocr-page-timeout", paramLabel = "SECONDS", defaultValue = "60", descriptionKey = "ocr-page-timeout")
    int ocrPageTimeout;

    ReadOptions toReadOptions() {
        // picocli has checked the mode; sizes and times below 1 are taken as 1
        return new ReadOptions(Math.max(1, maxFileMb) * 1024L * 1024L, ocr, Duration.ofSeconds(Math.max(1, ocrPageTimeout)));
    }
}
