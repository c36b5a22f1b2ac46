package org.ogiaudit.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.ogiaudit.model.Text;

/** The input formats ogi-audit reads, told by file name; and the report-like ones it does not read. */
public enum DocumentFormat {
    TEXT, HTML, PDF,
    /** Markdown (.md, .markdown, or a .txt whose content is Markdown). */
    MARKDOWN,
    /** Word 2007+ (.docx, OOXML). */
    DOCX,
    /** Word 97–2003 binary (.doc, an OLE file). */
    DOC,
    /** A Kingsoft WPS document saved as an OLE Word file (.wps). */
    WPS,
    /** Excel 2007+ (.xlsx). */
    XLSX,
    /** Excel 97–2003 binary (.xls, also WPS spreadsheets .et saved as OLE). */
    XLS,
    /** OFD, the national fixed-layout format (GB/T 33190). */
    OFD;

    /**
     * Formats organs publish reports in that are not read: each with what it is and what to do. A folder scan lists
     * these as files that could not be checked, so that no report is skipped without a word.
     */
    private static final Map<String, Text> NOT_READ = Map.ofEntries(
            Map.entry("rtf", Text.of("RTF文档：不读取；请另存为 .docx 或 PDF 后审查",
                    "RTF document: not read; save it as .docx or PDF and check that")),
            Map.entry("odt", Text.of("OpenDocument 文本（.odt）：不读取；请另存为 .docx 或 PDF 后审查",
                    "OpenDocument text (.odt): not read; save it as .docx or PDF and check that")),
            Map.entry("xls", spreadsheet(".xls", "spreadsheet (.xls)")),
            Map.entry("xlsx", spreadsheet(".xlsx", "spreadsheet (.xlsx)")),
            Map.entry("et", spreadsheet("WPS .et", "WPS spreadsheet (.et)")),
            Map.entry("ods", Text.of("OpenDocument 电子表格（.ods）：不读取；请把其中的表格放入报告网页或 PDF",
                    "OpenDocument spreadsheet (.ods): not read; put its tables into the report page or PDF")),
            Map.entry("zip", archive("ZIP")),
            Map.entry("rar", archive("RAR")),
            Map.entry("7z", archive("7z")),
            Map.entry("gz", archive("gzip")),
            Map.entry("tar", archive("tar")),
            Map.entry("mht", Text.of("网页归档（.mht）：不读取；请把网页另存为 .html 后审查",
                    "web archive (.mht): not read; save the page as .html and check that")),
            Map.entry("mhtml", Text.of("网页归档（.mhtml）：不读取；请把网页另存为 .html 后审查",
                    "web archive (.mhtml): not read; save the page as .html and check that")));

    private static Text spreadsheet(String zh, String en) {
        return Text.of("电子表格（" + zh + "）：是统计表而不是报告，文件夹审查不单独审查它（在命令行中写明该文件即可读取）",
                en + ": a statistics table, not a report; a folder scan does not check it alone (name it on the command line to read it)");
    }

    private static Text archive(String kind) {
        return Text.of(kind + "压缩包：不解压；请解压后审查其文件夹", kind + " archive: not expanded; unpack it and check the folder");
    }

    /**
     * The format of a file a folder scan checks as a report, or null: every format {@link #fromName} reads except the
     * spreadsheets, which hold a report's tables rather than a report (see {@link #notReadReason}).
     */
    public static DocumentFormat of(Path file) {
        DocumentFormat f = fromName(file);
        return f == null || f.isSpreadsheet() ? null : f;
    }

    /**
     * For a file a report may be published as but a folder scan does not check (spreadsheets, archives …): what it
     * is and what to do, in plain words. Null for files that are checked, and for files that are no reports at all
     * (images, style sheets, scripts), which a folder scan merely counts.
     */
    public static Text notReadReason(Path file) {
        return NOT_READ.get(extension(file));
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) return "";
        String n = name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    /** The format for any file name {@link DocumentReader} reads, or null. */
    public static DocumentFormat fromName(Path file) {
        Path name = file.getFileName();
        if (name == null) return null;
        String n = name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) return null;
        return switch (n.substring(dot + 1)) {
            case "txt" -> TEXT;
            case "html", "htm", "shtml" -> HTML;
            case "pdf" -> PDF;
            case "md", "markdown" -> MARKDOWN;
            case "docx" -> DOCX;
            case "doc" -> DOC;
            case "wps" -> WPS;
            case "xlsx" -> XLSX;
            case "xls", "et" -> XLS;
            case "ofd" -> OFD;
            default -> null;
        };
    }

    /** Spreadsheets hold statistics tables, not a whole report. */
    public boolean isSpreadsheet() {
        return this == XLSX || this == XLS;
    }

    /** Word processor files: their document properties (created, modified) are not publication dates. */
    public boolean isWordProcessor() {
        return this == DOCX || this == DOC || this == WPS;
    }

    /** The extensions {@link #fromName} knows, for messages. */
    public static final String KNOWN_EXTENSIONS = ".txt, .html/.htm/.shtml, .pdf, .md, .docx, .doc, .wps, .xlsx, .xls, .ofd";
}
