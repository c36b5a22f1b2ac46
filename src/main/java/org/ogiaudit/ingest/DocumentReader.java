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
import org.ogiaudit.model.Text;

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
            throw new IngestException("无法读取文件：" + e.getMessage(), "cannot read the file: " + e.getMessage(), e);
        }
        if (size == 0) throw new IngestException("文件是空的（0字节）", "the file is empty (0 bytes)");
        long maxBytes = options.maxBytes();
        if (size > maxBytes) {
            throw new IngestException(String.format("文件有%.1f MB，超过单份报告%.0f MB的上限（如确是一份报告，可用 --max-file-mb 调高）",
                    size / 1048576.0, maxBytes / 1048576.0), String.format("the file is %.1f MB, over the %.0f MB limit for one report "
                    + "(raise it with --max-file-mb if this really is one report)", size / 1048576.0, maxBytes / 1048576.0));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException("无法读取文件：" + e.getMessage(), "cannot read the file: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new IngestException("文件太大，可用内存不足以读取", "the file is too large to read in the memory available");
        }
        Sniffed s = sniff(file, bytes, DocumentFormat.fromName(file));
        if (s.format() == null) {
            throw new IngestException("不是 ogi-audit 读取的文件（" + DocumentFormat.KNOWN_EXTENSIONS + "）",
                    "not a file ogi-audit reads (" + DocumentFormat.KNOWN_EXTENSIONS + ")");
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
        List<Text> notes = new ArrayList<>(raw.notes());
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
    record RawDocument(String charset, List<String> lines, List<PageMetadata> metadata, int bodyStart, List<Text> notes,
                       BitSet ocr, int ocrPages, boolean markdown) {
        RawDocument(String charset, List<String> lines, List<PageMetadata> metadata, int bodyStart, List<Text> notes) {
            this(charset, lines, metadata, bodyStart, notes, new BitSet(), 0, false);
        }
    }

    private SourceDocument finish(String shownAs, DocumentFormat format, RawDocument raw, List<Text> notes) throws IngestException {
        List<String> header = TextNormalizer.normalize(raw.lines().subList(0, raw.bodyStart()));
        // readings first: they stand between characters that normalisation would otherwise join
        List<String> rawBody = raw.lines().subList(raw.bodyStart(), raw.lines().size());
        List<String> plain = MirrorNoise.withoutReadings(rawBody);
        if (plain != rawBody) {
            notes.add(Text.of("已删除字后所注的拼音（镜像网站的干扰）", "pinyin readings printed after characters (a mirror site's noise) were removed"));
        }
        // simplified before reflow: the reflow knows the canonical headings' simplified wording ("收到和处理…")
        List<String> normalized = TextNormalizer.normalize(plain);
        if ((format == DocumentFormat.TEXT || format == DocumentFormat.MARKDOWN) && raw.ocr().isEmpty()) {
            List<String> joined = HardWraps.unwrap(normalized);
            if (joined != normalized) {
                notes.add(Text.of("文本像 PDF 一样按行硬换行（窄栏、页脚）：已合并为段落",
                        "the text is hard-wrapped like a PDF's (a narrow column, page footers): its paragraphs were joined"));
                normalized = joined;
            }
        }
        // one count of the characters serves both the script test and the readability test: conversion to
        // simplified keeps every character's place and kind
        ChineseScript.Census census = script.census(normalized);
        List<String> simplifiedLines = script.toSimplified(normalized, census);
        if (simplifiedLines != normalized) notes.add(Text.of("繁体字已转换为简体字", "traditional characters were converted to simplified"));
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
    private record Sniffed(DocumentFormat format, Text note) { }

    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static Sniffed sniff(Path file, byte[] b, DocumentFormat byName) throws IngestException {
        if (startsWith(b, "%PDF-")) return named(DocumentFormat.PDF, byName);
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return named(ZipPackages.kind(file, byName), byName);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            throw new IngestException("文件是 gzip 压缩文件，不是报告网页；未解压", "the file is gzip-compressed, not a report page; it was not expanded");
        }
        if (b.length >= OLE_MAGIC.length && java.util.Arrays.equals(b, 0, OLE_MAGIC.length, OLE_MAGIC, 0, OLE_MAGIC.length)) {
            return named(WordBinaryReader.oleKind(b, byName), byName);
        }
        if (byName == DocumentFormat.PDF) throw new IngestException("文件名为 .pdf，但不是 PDF（没有 %PDF 文件头）", "named .pdf but is not a PDF (no %PDF header)");
        if (byName == DocumentFormat.DOC || byName == DocumentFormat.WPS || byName == DocumentFormat.XLS
                || byName == DocumentFormat.DOCX || byName == DocumentFormat.XLSX || byName == DocumentFormat.OFD) {
            return officeImpostor(b, byName);
        }
        if (byName != null && looksBinary(b)) {
            throw new IngestException("文件是二进制数据，不是文本（前8 KB中有 NUL 字节）", "the file holds binary data, not text (NUL bytes in its first 8 KB)");
        }
        return new Sniffed(byName, null);
    }

    private static Sniffed named(DocumentFormat actual, DocumentFormat byName) {
        if (byName == null || byName == actual || (actual == DocumentFormat.DOC && byName == DocumentFormat.WPS)) {
            return new Sniffed(actual, null);
        }
        String ext = byName.name().toLowerCase(Locale.ROOT);
        return new Sniffed(actual, Text.of("文件名为 ." + ext + "，实为" + describe(actual).zh() + "，已按其实际格式读取",
                "the file is named ." + ext + " but is " + describe(actual).en() + "; it was read as such"));
    }

    private static Text describe(DocumentFormat f) {
        return switch (f) {
            case PDF -> Text.of("PDF", "a PDF");
            case DOCX -> Text.of("Word 2007+ 文档（.docx）", "a Word 2007+ document (.docx)");
            case DOC -> Text.of("Word 97-2003 文档（.doc）", "a Word 97-2003 document (.doc)");
            case WPS -> Text.of("WPS 文档", "a WPS document");
            case XLSX -> Text.of("Excel 2007+ 工作簿（.xlsx）", "an Excel 2007+ workbook (.xlsx)");
            case XLS -> Text.of("Excel 97-2003 工作簿（.xls）", "an Excel 97-2003 workbook (.xls)");
            case OFD -> Text.of("OFD 文档", "an OFD document");
            case HTML -> Text.of("网页（HTML）", "a web page (HTML)");
            case TEXT -> Text.of("纯文本", "plain text");
            case MARKDOWN -> Text.of("Markdown 文本", "Markdown");
        };
    }

    /** An Office name on a file that is neither OLE nor ZIP: often a web page or RTF saved under a Word name. */
    private static Sniffed officeImpostor(byte[] b, DocumentFormat byName) throws IngestException {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1);
        String lower = head.toLowerCase(Locale.ROOT);
        String ext = "." + byName.name().toLowerCase(Locale.ROOT);
        if (lower.stripLeading().startsWith("{\\rtf")) {
            throw new IngestException("文件名为 " + ext + "，但实为 RTF 文档，ogi-audit 不读取：请另存为 .docx 或 PDF",
                    "named " + ext + " but is an RTF document, which ogi-audit does not read: save it as .docx or PDF");
        }
        if (lower.contains("mime-version:") && lower.contains("multipart/related")) {
            throw new IngestException("文件名为 " + ext + "，但实为网页归档（MHTML），ogi-audit 不读取：请另存为 .docx、PDF 或网页（.html）",
                    "named " + ext + " but is a web archive (MHTML), which ogi-audit does not read: save it as .docx, PDF or a web page (.html)");
        }
        if (!looksBinary(b) && (lower.contains("<html") || lower.contains("<table") || lower.contains("<!doctype html")
                || lower.contains("<body") || lower.contains("<meta"))) {
            return new Sniffed(DocumentFormat.HTML, Text.of("文件名为 " + ext + "，实为网页（HTML），已按网页读取",
                    "the file is named " + ext + " but is a web page (HTML); it was read as one"));
        }
        throw switch (byName) {
            case WPS -> new IngestException("WPS 自有格式的文档，不是 Word 文档（没有 OLE 文件头）：请另存为 .docx 或 PDF",
                    "a WPS document in its own format, not Word (no OLE header): save it as .docx or PDF");
            case DOC -> new IngestException("文件名为 .doc，但不是 Word 文档（既不是 OLE 文件也不是 .docx 文件）：请另存为 .docx 或 PDF",
                    "named .doc but is not a Word document (neither an OLE nor a .docx file): save it as .docx or PDF");
            case XLS -> new IngestException("文件名为 " + ext + "，但不是 Excel 工作簿（没有 OLE 文件头）：请另存为 .xlsx",
                    "named " + ext + " but is not an Excel workbook (no OLE header): save it as .xlsx");
            case OFD -> new IngestException("文件名为 .ofd，但不是 OFD 文件包（不是 ZIP 文件）", "named .ofd but is not an OFD package (not a ZIP file)");
            default -> new IngestException("文件名为 " + ext + "，但不是 Office Open XML 文件包（不是 ZIP 文件）",
                    "named " + ext + " but is not an Office Open XML package (not a ZIP file)");
        };
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
            throw format == DocumentFormat.HTML
                    ? new IngestException("网页正文中没有中文（空白页、跳转页或只有脚本的页面）",
                            "the page has no Chinese text in its body (an empty page, a redirect or a script-only page)")
                    : new IngestException("文件中没有中文", "the file has no Chinese text");
        }
        if (replacement > 20 && replacement * 20 > total) {
            throw new IngestException("文本无法解码：" + total + "个字符中有" + replacement + "个无法解码（编码错误或混用）",
                    "the text cannot be decoded: " + replacement + " of " + total + " characters are undecodable (wrong or mixed encoding)");
        }
        if (han < 20) {
            throw new IngestException("文件只有" + han + "个汉字" + (ocr ? "（OCR 识别）" : "") + "：太少，不可能是年度报告",
                    "the file holds only " + han + " Chinese characters" + (ocr ? " (read by OCR)" : "") + ": too little to be an annual report");
        }
    }
}
