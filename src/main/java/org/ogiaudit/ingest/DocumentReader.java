package org.ogiaudit.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads one file into a {@link SourceDocument}, or refuses it with a reason a person understands.
 *
 * <p>The format is told by the file's first bytes where they are unambiguous (a PDF named .html is read as a PDF; a
 * Word 2007 document named .doc is read as one; a ZIP archive that is not a Word, Excel or OFD package is refused,
 * whatever its name, so that a zip bomb renamed .html is never expanded), otherwise by its extension. Files over the
 * size limit are refused before they are read into memory.
 */
public final class DocumentReader {
    /** Default largest file read: real report pages are under 2 MB, report PDFs under 10 MB. */
    public static final long DEFAULT_MAX_BYTES = ReadOptions.DEFAULT_MAX_BYTES;

    private final ReadOptions options;
    private final ChineseScript script = new ChineseScript();

    public DocumentReader() {
        this(ReadOptions.DEFAULTS);
    }

    public DocumentReader(long maxBytes) {
        this(ReadOptions.DEFAULTS.withMaxBytes(maxBytes));
    }

    public DocumentReader(ReadOptions options) {
        this.options = options;
    }

    public ReadOptions options() {
        return options;
    }

    /**
     * Null when scans and pictures can be read by OCR with these options, else why not (OCR is off, or what to install).
     */
    public String ocrUnavailable() {
        return options.ocr() == OcrMode.NEVER ? "OCR is off" : new Ocr(options).unavailable();
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
        long maxBytes = options.maxBytes();
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
        Sniffed s = sniff(file, bytes, DocumentFormat.fromName(file));
        if (s.format() == null) {
            throw new IngestException("not a file ogi-audit reads (" + DocumentFormat.KNOWN_EXTENSIONS + ")");
        }
        Ocr ocr = new Ocr(options);
        RawDocument raw = switch (s.format()) {
            case PDF -> new PdfReader(ocr).read(bytes);
            case HTML -> new HtmlReader(ocr, file.toAbsolutePath().getParent()).read(bytes);
            case TEXT -> new TextReader().read(bytes, null, new Pictures(ocr, file.toAbsolutePath().getParent()));
            case MARKDOWN -> new TextReader().read(bytes, Boolean.TRUE, new Pictures(ocr, file.toAbsolutePath().getParent()));
            case DOCX -> {
                ZipPackages.checkExpandedSize(file, expansionLimit());
                yield new DocxReader().read(bytes, options.maxBytes(), new Pictures(ocr, null));
            }
            case DOC, WPS -> new WordBinaryReader(s.format()).read(bytes);
            case XLSX, XLS -> {
                if (s.format() == DocumentFormat.XLSX) ZipPackages.checkExpandedSize(file, expansionLimit());
                yield new SpreadsheetReader(s.format()).read(bytes, options.maxBytes());
            }
            case OFD -> new OfdReader().read(file, options.maxBytes());
        };
        DocumentFormat format = s.format();
        if (format == DocumentFormat.TEXT && raw.markdown()) format = DocumentFormat.MARKDOWN;
        List<String> notes = new ArrayList<>(raw.notes());
        if (s.note() != null) notes.add(0, s.note());
        return finish(shownAs, format, raw, notes);
    }

    private long expansionLimit() {
        return Math.max(options.maxBytes() * ZipPackages.MAX_EXPANSION, 100L << 20);
    }

    /**
     * The floor of any pipeline: the file only decoded and parsed (text decoding, jsoup's parse, PDFBox's text
     * extraction), nothing else. Returns the characters produced; used by the benchmark.
     */
    public static long parseOnly(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DocumentFormat f = DocumentFormat.fromName(file);
        if (f == DocumentFormat.PDF) {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).length();
            }
        }
        if (f == DocumentFormat.TEXT || f == DocumentFormat.HTML || f == DocumentFormat.MARKDOWN || f == null) {
            String text = TextDecoding.decode(bytes, null).text();
            if (f == DocumentFormat.HTML) return org.jsoup.Jsoup.parse(text).body().text().length();
            return text.length();
        }
        try {
            long chars = 0;
            for (String line : new DocumentReader(ReadOptions.DEFAULTS.withOcr(OcrMode.NEVER)).read(file, file.toString()).lines()) {
                chars += line.length();
            }
            return chars;
        } catch (IngestException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * What a format reader produces, before normalisation.
     *
     * @param ocr      indexes of {@code lines} read by OCR
     * @param ocrPages pages or pictures read by OCR
     * @param markdown the text was read as Markdown
     */
    record RawDocument(String charset, List<String> lines, List<PageMetadata> metadata, int bodyStart, List<String> notes,
                       BitSet ocr, int ocrPages, boolean markdown) {
        RawDocument(String charset, List<String> lines, List<PageMetadata> metadata, int bodyStart, List<String> notes) {
            this(charset, lines, metadata, bodyStart, notes, new BitSet(), 0, false);
        }
    }

    private SourceDocument finish(String shownAs, DocumentFormat format, RawDocument raw, List<String> notes) throws IngestException {
        List<String> header = TextNormalizer.normalize(raw.lines().subList(0, raw.bodyStart()));
        // readings first: they stand between characters that normalisation would otherwise join
        List<String> rawBody = raw.lines().subList(raw.bodyStart(), raw.lines().size());
        List<String> plain = MirrorNoise.withoutReadings(rawBody);
        if (plain != rawBody) notes.add("pinyin readings printed after characters (a mirror site's noise) were removed");
        // simplified before reflow: the reflow knows the canonical headings' simplified wording ("收到和处理…")
        List<String> normalized = TextNormalizer.normalize(plain);
        if ((format == DocumentFormat.TEXT || format == DocumentFormat.MARKDOWN) && raw.ocr().isEmpty()) {
            List<String> joined = HardWraps.unwrap(normalized);
            if (joined != normalized) {
                notes.add("the text is hard-wrapped like a PDF's (a narrow column, page footers): its paragraphs were joined");
                normalized = joined;
            }
        }
        // one count of the characters serves both the script test and the readability test: conversion to
        // simplified keeps every character's place and kind
        ChineseScript.Census census = script.census(normalized);
        List<String> simplifiedLines = script.toSimplified(normalized, census);
        if (simplifiedLines != normalized) notes.add("traditional characters were converted to simplified");
        List<String> simplified;
        BitSet ocrBody = new BitSet();
        if (raw.ocr().isEmpty()) {
            simplified = Reflow.reflow(simplifiedLines);
        } else {
            // reflow works line by line, so each OCR line's pieces can be followed
            simplified = new ArrayList<>(simplifiedLines.size());
            for (int i = 0; i < simplifiedLines.size(); i++) {
                List<String> pieces = Reflow.reflow(List.of(simplifiedLines.get(i)));
                if (raw.ocr().get(raw.bodyStart() + i)) ocrBody.set(simplified.size(), simplified.size() + pieces.size());
                simplified.addAll(pieces);
            }
        }
        List<String> lines = new ArrayList<>(header.size() + simplified.size());
        lines.addAll(header);
        lines.addAll(simplified);
        checkReadable(census.plus(script.census(header)), format, raw.ocrPages() > 0);
        SortedSet<Integer> ocrLines = new TreeSet<>();
        for (int i = ocrBody.nextSetBit(0); i >= 0; i = ocrBody.nextSetBit(i + 1)) ocrLines.add(header.size() + i + 1);
        return new SourceDocument(shownAs, format, raw.charset(), List.copyOf(lines), raw.metadata(), header.size(), notes,
                ocrLines, raw.ocrPages());
    }

    /** The format told from the content, and a remark when it differs from the name. */
    private record Sniffed(DocumentFormat format, String note) { }

    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static Sniffed sniff(Path file, byte[] b, DocumentFormat byName) throws IngestException {
        if (startsWith(b, "%PDF-")) return named(DocumentFormat.PDF, byName);
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return named(ZipPackages.kind(file, byName), byName);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            throw new IngestException("the file is gzip-compressed, not a report page; it was not expanded");
        }
        if (b.length >= OLE_MAGIC.length && java.util.Arrays.equals(b, 0, OLE_MAGIC.length, OLE_MAGIC, 0, OLE_MAGIC.length)) {
            return named(WordBinaryReader.oleKind(b, byName), byName);
        }
        if (byName == DocumentFormat.PDF) throw new IngestException("named .pdf but is not a PDF (no %PDF header)");
        if (byName == DocumentFormat.DOC || byName == DocumentFormat.WPS || byName == DocumentFormat.XLS
                || byName == DocumentFormat.DOCX || byName == DocumentFormat.XLSX || byName == DocumentFormat.OFD) {
            return officeImpostor(b, byName);
        }
        if (byName != null && looksBinary(b)) {
            throw new IngestException("the file holds binary data, not text (NUL bytes in its first 8 KB)");
        }
        return new Sniffed(byName, null);
    }

    private static Sniffed named(DocumentFormat actual, DocumentFormat byName) {
        if (byName == null || byName == actual || (actual == DocumentFormat.DOC && byName == DocumentFormat.WPS)) {
            return new Sniffed(actual, null);
        }
        return new Sniffed(actual, "the file is named ." + byName.name().toLowerCase(Locale.ROOT) + " but is "
                + describe(actual) + "; it was read as such");
    }

    private static String describe(DocumentFormat f) {
        return switch (f) {
            case PDF -> "a PDF";
            case DOCX -> "a Word 2007+ document (.docx)";
            case DOC -> "a Word 97-2003 document (.doc)";
            case WPS -> "a WPS document";
            case XLSX -> "an Excel 2007+ workbook (.xlsx)";
            case XLS -> "an Excel 97-2003 workbook (.xls)";
            case OFD -> "an OFD document";
            case HTML -> "a web page (HTML)";
            case TEXT -> "plain text";
            case MARKDOWN -> "Markdown";
        };
    }

    /** An Office name on a file that is neither OLE nor ZIP: often a web page or RTF saved under a Word name. */
    private static Sniffed officeImpostor(byte[] b, DocumentFormat byName) throws IngestException {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1);
        String lower = head.toLowerCase(Locale.ROOT);
        String ext = "." + byName.name().toLowerCase(Locale.ROOT);
        if (lower.stripLeading().startsWith("{\\rtf")) {
            throw new IngestException("named " + ext + " but is an RTF document, which ogi-audit does not read: save it as .docx or PDF");
        }
        if (lower.contains("mime-version:") && lower.contains("multipart/related")) {
            throw new IngestException("named " + ext + " but is a web archive (MHTML), which ogi-audit does not read: "
                    + "save it as .docx, PDF or a web page (.html)");
        }
        if (!looksBinary(b) && (lower.contains("<html") || lower.contains("<table") || lower.contains("<!doctype html")
                || lower.contains("<body") || lower.contains("<meta"))) {
            return new Sniffed(DocumentFormat.HTML, "the file is named " + ext + " but is a web page (HTML); it was read as one");
        }
        throw new IngestException(switch (byName) {
            case WPS -> "a WPS document in its own format, not Word (no OLE header): save it as .docx or PDF";
            case DOC -> "named .doc but is not a Word document (neither an OLE nor a .docx file): save it as .docx or PDF";
            case XLS -> "named " + ext + " but is not an Excel workbook (no OLE header): save it as .xlsx";
            case OFD -> "named .ofd but is not an OFD package (not a ZIP file)";
            default -> "named " + ext + " but is not an Office Open XML package (not a ZIP file)";
        });
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

    private static void checkReadable(ChineseScript.Census census, DocumentFormat format, boolean ocr) throws IngestException {
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
            throw new IngestException("the file holds only " + han + " Chinese characters" + (ocr ? " (read by OCR)" : "")
                    + ": too little to be an annual report");
        }
    }
}
