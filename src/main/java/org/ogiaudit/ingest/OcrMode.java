package org.ogiaudit.ingest;

/** When text is read from pictures with Tesseract. */
public enum OcrMode {
    /** Only where there is no text: PDF pages that are images, and pictures in a page (the default). */
    AUTO,
    /** Every PDF page and every picture, ignoring a text layer (for PDFs whose text layer is garbled). */
    ALWAYS,
    /** Never: a scanned PDF is refused, pictures stay {@link SourceDocument#IMAGE_LINE} markers. */
    NEVER
}
