package org.ogiaudit.ingest;

import java.util.List;

/**
 * A file read into normalised text lines.
 *
 * @param file      the path as the user gave it
 * @param format    how it was read
 * @param charset   the character set used to decode it (null for PDF)
 * @param lines     the extracted, normalised text; line {@code i} of the report is {@code lines.get(i - 1)}
 * @param metadata  what the page said about itself, in document order
 * @param bodyStart index of the first line of the report body (0 unless a crawler's header precedes it)
 * @param notes     remarks for the person reading the facts (conversions made, guesses avoided)
 */
public record SourceDocument(String file, DocumentFormat format, String charset, List<String> lines,
                             List<PageMetadata> metadata, int bodyStart, List<String> notes) {

    /** The line an image inside an article is read as: tables are sometimes published as pictures. */
    public static final String IMAGE_LINE = "[图片]";

    /** This document with {@code more} metadata added after its own (a crawler's manifest row, for one). */
    public SourceDocument withMetadata(List<PageMetadata> more) {
        if (more.isEmpty()) return this;
        List<PageMetadata> all = new java.util.ArrayList<>(metadata);
        all.addAll(more);
        return new SourceDocument(file, format, charset, lines, List.copyOf(all), bodyStart, notes);
    }

    /** The first value of the named metadata field, or null. */
    public PageMetadata meta(String name) {
        for (PageMetadata m : metadata) {
            if (m.name().equalsIgnoreCase(name)) return m;
        }
        return null;
    }
}
