package org.ogiaudit.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ogiaudit.model.Text;

/**
 * A file read into normalised text lines.
 *
 * @param file      the path as the user gave it
 * @param format    how it was read
 * @param charset   the character set used to decode it (null for PDF, Word, spreadsheets and OFD)
 * @param lines     the extracted, normalised text; line {@code i} of the report is {@code lines.get(i - 1)}
 * @param metadata  what the page said about itself, in document order
 * @param bodyStart index of the first line of the report body (0 unless a crawler's header precedes it)
 * @param notes     remarks for the person reading the facts (conversions made, guesses avoided), in both languages
 * @param ocrLines  the 1-based numbers of the lines that were read from pictures by OCR: their digits deserve less
 *                  trust than typed text
 * @param ocrPages  how many pages or pictures were read by OCR (0 when none)
 * @param attached  spreadsheets tied to this report whose lines follow the document's own ({@link #withAttachment}):
 *                  where the report's text lacks a statistics table, it is read from them
 */
public record SourceDocument(String file, DocumentFormat format, String charset, List<String> lines,
                             List<PageMetadata> metadata, int bodyStart, List<Text> notes,
                             SortedSet<Integer> ocrLines, int ocrPages, List<Attachment> attached) {

    /**
     * A file attached to the document, its lines {@code [from, to)} (0-based) of {@link #lines()}, after a line naming it.
     *
     * @param file as the user gave it
     */
    public record Attachment(String file, int from, int to) { }

    /** The line an image inside an article is read as: tables are sometimes published as pictures. */
    public static final String IMAGE_LINE = "[图片]";

    public SourceDocument {
        ocrLines = Collections.unmodifiableSortedSet(new TreeSet<>(ocrLines == null ? Set.of() : ocrLines));
        attached = attached == null ? List.of() : List.copyOf(attached);
    }

    /** A document with nothing attached. */
    public SourceDocument(String file, DocumentFormat format, String charset, List<String> lines,
                          List<PageMetadata> metadata, int bodyStart, List<Text> notes,
                          SortedSet<Integer> ocrLines, int ocrPages) {
        this(file, format, charset, lines, metadata, bodyStart, notes, ocrLines, ocrPages, null);
    }

    /** A document none of whose lines was read by OCR. */
    public SourceDocument(String file, DocumentFormat format, String charset, List<String> lines,
                          List<PageMetadata> metadata, int bodyStart, List<Text> notes) {
        this(file, format, charset, lines, metadata, bodyStart, notes, null, 0);
    }

    /** Where the document's own lines end (0-based, exclusive): attached files follow. */
    public int textEnd() {
        return attached.isEmpty() ? lines.size() : attached.get(0).from() - 1;
    }

    /**
     * This document with {@code other}'s lines after its own, behind a line naming it: a spreadsheet holding the
     * report's tables. Its lines keep their text; evidence quotes them at their new numbers.
     */
    public SourceDocument withAttachment(SourceDocument other) {
        List<String> all = new java.util.ArrayList<>(lines);
        all.add("〔表格文件：" + other.file() + "〕");
        int from = all.size();
        all.addAll(other.lines());
        List<Attachment> attachments = new java.util.ArrayList<>(attached);
        attachments.add(new Attachment(other.file(), from, all.size()));
        return new SourceDocument(file, format, charset, List.copyOf(all), metadata, bodyStart, notes, ocrLines, ocrPages, attachments);
    }

    /** This document with {@code more} metadata added after its own (a crawler's manifest row, for one). */
    public SourceDocument withMetadata(List<PageMetadata> more) {
        if (more.isEmpty()) return this;
        List<PageMetadata> all = new java.util.ArrayList<>(metadata);
        all.addAll(more);
        return new SourceDocument(file, format, charset, lines, List.copyOf(all), bodyStart, notes, ocrLines, ocrPages, attached);
    }

    /** The first value of the named metadata field, or null. */
    public PageMetadata meta(String name) {
        for (PageMetadata m : metadata) {
            if (m.name().equalsIgnoreCase(name)) return m;
        }
        return null;
    }

    /** True when line {@code line} (1-based) was read from a picture by OCR. */
    public boolean readByOcr(int line) {
        return ocrLines.contains(line);
    }
}
