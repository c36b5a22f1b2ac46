package org.ogiaudit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file into a {@link SourceDocument}, or refuses it with a reason a person understands.
 *
 * <p>The format is told by the file's first bytes where they are unambiguous (a PDF named .html is read as a PDF; a
 * ZIP or gzip archive is refused, whatever its name, so that a zip bomb renamed .html is never expanded), otherwise by
 * its extension. Files over the size limit are refused before they are read into memory.
 */
public final class DocumentReader {
    /** Default largest file read: real report pages are under 2 MB, report PDFs under 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;
    private final ChineseScript script = new ChineseScript();

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads {@code file}; {@code shownAs} is the path as it should appear in results. */
    public SourceDocument read(Path file, String shownAs) throws IngestException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IngestException("cannot read the file: " + e.getMessage(), e);
        }
        if (size == 0) throw new IngestException("the file is empty (0 bytes)");
        if (size > maxBytes) {
            throw new IngestException(String.format("the file is %.1f MB, over the %.0f MB limit for one report "
                    + "(raise it with --max-file-mb if this really is one report)", size / 1048576.0, maxBytes / 1048576.0));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException("cannot read the file: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new IngestException("the file is too large to read in the memory available");
        }
        DocumentFormat format = sniff(bytes, DocumentFormat.of(file), DocumentFormat.notReadReason(file));
        if (format == null) throw new IngestException("not a report file ogi-audit reads (.txt, .html/.htm/.shtml or .pdf)");
        RawDocument raw = switch (format) {
            case PDF -> new PdfReader().read(bytes);
            case HTML -> new HtmlReader().read(bytes);
            case TEXT -> new TextReader().read(bytes);
        };
        return finish(shownAs, format, raw);
    }

    /**
     * The floor of any pipeline: the file only decoded and parsed (text decoding, jsoup's parse, PDFBox's text
     * extraction), nothing else. Returns the characters produced; used by the benchmark.
     */
    public static long parseOnly(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DocumentFormat f = DocumentFormat.of(file);
        if (f == DocumentFormat.PDF) {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).length();
            }
        }
        String text = TextDecoding.decode(bytes, null).text();
        if (f == DocumentFormat.HTML) return org.jsoup.Jsoup.parse(text).body().text().length();
        return text.length();
    }

    /** What a format reader produces, before normalisation. */
    record RawDocument(String charset, List<String> lines, List<PageMetadata> metadata, int bodyStart, List<String> notes) { }

    private SourceDocument finish(String shownAs, DocumentFormat format, RawDocument raw) throws IngestException {
        List<String> notes = new ArrayList<>(raw.notes());
        List<String> header = TextNormalizer.normalize(raw.lines().subList(0, raw.bodyStart()));
        // readings first: they stand between characters that normalisation would otherwise join
        List<String> rawBody = raw.lines().subList(raw.bodyStart(), raw.lines().size());
        List<String> plain = MirrorNoise.withoutReadings(rawBody);
        if (plain != rawBody) notes.add("pinyin readings printed after characters (a mirror site's noise) were removed");
        List<String> body = Reflow.reflow(TextNormalizer.normalize(plain));
        // one count of the characters serves both the script test and the readability test: conversion to
        // simplified keeps every character's place and kind
        ChineseScript.Census census = script.census(body);
        List<String> simplified = script.toSimplified(body, census);
        if (simplified != body) notes.add("traditional characters were converted to simplified");
        List<String> lines = new ArrayList<>(header.size() + simplified.size());
        lines.addAll(header);
        lines.addAll(simplified);
        checkReadable(census.plus(script.census(header)), format);
        return new SourceDocument(shownAs, format, raw.charset(), List.copyOf(lines), raw.metadata(), header.size(), notes);
    }

    private static DocumentFormat sniff(byte[] b, DocumentFormat byName, String notRead) throws IngestException {
        if (startsWith(b, "%PDF-")) return DocumentFormat.PDF;
        if (byName == null && notRead != null) throw new IngestException(notRead); // a .docx is a ZIP too: say what it is
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            throw new IngestException("the file is a ZIP archive, not a report page; it was not expanded");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            throw new IngestException("the file is gzip-compressed, not a report page; it was not expanded");
        }
        if (byName == DocumentFormat.PDF) throw new IngestException("named .pdf but is not a PDF (no %PDF header)");
        if (byName != null && looksBinary(b)) {
            throw new IngestException("the file holds binary data, not text (NUL bytes in its first 8 KB)");
        }
        return byName;
    }

    /** True when {@code prefix} stands within the first 1 KB (PDF readers accept junk before %PDF). */
    private static boolean startsWith(byte[] b, String prefix) {
        int limit = Math.min(b.length - prefix.length(), 1024);
        outer:
        for (int at = 0; at <= limit; at++) {
            for (int i = 0; i < prefix.length(); i++) {
                if (b[at + i] != prefix.charAt(i)) continue outer;
            }
            return true;
        }
        return false;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        boolean utf16 = b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
        if (utf16) return false;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) return true;
        }
        return false;
    }

    private static void checkReadable(ChineseScript.Census census, DocumentFormat format) throws IngestException {
        long han = census.han();
        long replacement = census.replacement();
        long total = census.total();
        if (total == 0 || (han == 0 && format != DocumentFormat.PDF)) {
            throw new IngestException(format == DocumentFormat.HTML
                    ? "the page has no Chinese text in its body (an empty page, a redirect or a script-only page)"
                    : "the file has no Chinese text");
        }
        if (replacement > 20 && replacement * 20 > total) {
            throw new IngestException("the text cannot be decoded: " + replacement + " of " + total
                    + " characters are undecodable (wrong or mixed encoding)");
        }
        if (han < 20) {
            throw new IngestException("the file holds only " + han + " Chinese characters: too little to be an annual report");
        }
    }
}
