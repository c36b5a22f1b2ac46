package org.ogiaudit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ogiaudit.model.Text;

/**
 * Reads a Word 97–2003 document (.doc), and a WPS document saved in Word's binary format (.wps), with Apache POI's
 * HWPF: paragraphs in order with the labels of automatic numbering put back, field codes dropped (their results
 * kept), tables as " | " rows like web page tables (a horizontally merged cell is one cell, a vertically merged
 * continuation is blank). The summary properties (created, last saved) are kept as page metadata named doc:… or
 * wps:…, never as publication dates.
 */
final class WordBinaryReader {
    private final DocumentFormat format;

    WordBinaryReader(DocumentFormat format) {
        this.format = format;
    }

    /** What an OLE compound file holds: a Word or Excel document, or a clear refusal. */
    static DocumentFormat oleKind(byte[] bytes, DocumentFormat byName) throws IngestException {
        TreeSet<String> names = new TreeSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            for (Entry e : root) names.add(e.getName());
        } catch (IOException | RuntimeException e) {
            throw new IngestException("文件是已损坏的 OLE（Office 97-2003）文件：" + e.getMessage(),
                    "the file is a damaged OLE (Office 97-2003) file: " + e.getMessage(), e);
        }
        if (names.contains("WordDocument")) return byName == DocumentFormat.WPS ? DocumentFormat.WPS : DocumentFormat.DOC;
        if (names.contains("Workbook") || names.contains("Book") || names.contains("WORKBOOK")) return DocumentFormat.XLS;
        if (names.contains("EncryptedPackage")) {
            throw new IngestException("该 Office 文档有密码保护，无法读取", "the Office document is encrypted with a password and cannot be read");
        }
        if (names.contains("PowerPoint Document")) {
            throw new IngestException("文件是 PowerPoint 97-2003 演示文稿，ogi-audit 不读取：请另存为 PDF",
                    "the file is a PowerPoint 97-2003 presentation, which ogi-audit does not read: save it as PDF");
        }
        if (names.contains("MatOST") || names.contains("CONTENTS")) {
            throw new IngestException("文件是 Microsoft Works 文档，不是 Word 文档：请另存为 .docx 或 PDF",
                    "the file is a Microsoft Works document, not Word: save it as .docx or PDF");
        }
        String parts = String.join(", ", names.stream().limit(6).toList());
        String what = byName == DocumentFormat.WPS ? "a WPS document in its own format, not Word" : "an OLE file without a Word or Excel document";
        String whatZh = byName == DocumentFormat.WPS ? "WPS 自有格式的文档，不是 Word 文档" : "不含 Word 或 Excel 文档的 OLE 文件";
        throw new IngestException(whatZh + "（其组成部分：" + parts + "）：请另存为 .docx 或 PDF", what + " (its parts: " + parts
                + "): save it as .docx or PDF");
    }

    DocumentReader.RawDocument read(byte[] bytes) throws IngestException {
        String name = format == DocumentFormat.WPS ? "WPS document (.wps)" : "Word 97-2003 document (.doc)";
        String nameZh = format == DocumentFormat.WPS ? "WPS 文档（.wps）" : "Word 97-2003 文档（.doc）";
        String prefix = format.name().toLowerCase(Locale.ROOT);
        try (HWPFDocument doc = new HWPFDocument(new POIFSFileSystem(new ByteArrayInputStream(bytes)))) {
            Range range = doc.getRange();
            List<String> lines = new ArrayList<>();
            ListNumbers numbers = new ListNumbers();
            int n = range.numParagraphs();
            for (int i = 0; i < n; ) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = null;
                    try {
                        t = range.getTable(p);
                    } catch (RuntimeException e) {
                        // not the first paragraph of a table: read it as a paragraph
                    }
                    if (t != null && t.numParagraphs() > 0) {
                        renderTable(t, lines);
                        i += t.numParagraphs();
                        continue;
                    }
                }
                String text = ListNumbers.join(label(p, numbers), clean(p.text()));
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) lines.add(line);
                }
                i++;
            }
            List<PageMetadata> meta = new ArrayList<>();
            SummaryInformation info = doc.getSummaryInformation();
            if (info != null) {
                if (info.getTitle() != null && !info.getTitle().isBlank()) {
                    meta.add(new PageMetadata(prefix + ":title", info.getTitle().strip(), prefix + ":title: " + info.getTitle().strip(), 0));
                }
                if (info.getAuthor() != null && !info.getAuthor().isBlank()) {
                    meta.add(new PageMetadata(prefix + ":author", info.getAuthor().strip(), prefix + ":author: " + info.getAuthor().strip(), 0));
                }
                DocxReader.addDate(meta, prefix + ":created", info.getCreateDateTime());
                DocxReader.addDate(meta, prefix + ":modified", info.getLastSaveDateTime());
            }
            return new DocumentReader.RawDocument(null, lines, meta, 0, List.of(Text.of("从" + nameZh + "读取", "read from a " + name)));
        } catch (IOException e) {
            throw new IngestException("无法读取的" + nameZh + "：" + e.getMessage(), "not a readable " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? "" : ": " + e.getMessage();
            if (e.getClass().getSimpleName().contains("OldWordFile")) {
                throw new IngestException("文件是 Word 6/95 文档，ogi-audit 不读取：请另存为 .docx 或 PDF",
                        "the file is a Word 6/95 document, which ogi-audit does not read: save it as .docx or PDF");
            }
            if (e.getClass().getSimpleName().contains("Encrypted")) {
                throw new IngestException("该" + nameZh + "有密码保护，无法读取", "the " + name + " is encrypted with a password and cannot be read");
            }
            throw new IngestException("该" + nameZh + "已损坏：" + e.getClass().getSimpleName() + m,
                    "the " + name + " is damaged: " + e.getClass().getSimpleName() + m, e);
        }
    }

    private static void renderTable(Table t, List<String> out) {
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) continue; // horizontal continuation
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    cells.add("");
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < cell.numParagraphs(); k++) {
                    String text = clean(cell.getParagraph(k).text()).replace('\n', ' ').strip();
                    if (text.isEmpty()) continue;
                    if (sb.length() > 0) sb.append(' ');
                    sb.append(text);
                }
                cells.add(sb.toString());
            }
            if (cells.stream().anyMatch(x -> !x.isBlank())) out.add(String.join(" | ", cells));
        }
    }

    private static String label(Paragraph p, ListNumbers numbers) {
        try {
            if (!p.isInList()) return "";
            HWPFList list = p.getList();
            if (list == null) return "";
            int ilvl = p.getIlvl();
            ListNumbers.Level[] levels = new ListNumbers.Level[9];
            for (char k = 0; k < 9; k++) {
                try {
                    String text = list.getNumberText(k);
                    if (text == null) continue;
                    // placeholders are the characters U+0000..U+0008 standing for levels 1..9
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < text.length(); i++) {
                        char ch = text.charAt(i);
                        if (ch <= 8) sb.append('%').append((char) ('1' + ch));
                        else sb.append(ch);
                    }
                    levels[k] = new ListNumbers.Level(ListNumbers.nfcName(list.getNumberFormat(k)), sb.toString(), list.getStartAt(k));
                } catch (RuntimeException e) {
                    break; // fewer levels defined
                }
            }
            return numbers.next(list.getLsid(), ilvl, levels, null);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Drops field codes (keeping their results) and Word's control characters. */
    static String clean(String text) {
        String s = text.indexOf('\u0013') >= 0 ? Range.stripFields(text) : text;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r', '\u000B', '\u000C' -> sb.append('\n');
                case '\u0007', '\u0001', '\u0002', '\u0005', '\u0008', '\u001F', '\u0013', '\u0014', '\u0015' -> { }
                case '\u001E' -> sb.append('-');
                case '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
