package org.ogiaudit.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

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
    private static final Map<String, String> NOT_READ = Map.ofEntries(
            Map.entry("rtf", "RTF document: not read; save it as .docx or PDF and check that"),
            Map.entry("odt", "OpenDocument text (.odt): not read; save it as .docx or PDF and check that"),
            Map.entry("xls", "spreadsheet (.xls): a statistics table, not a report; a folder scan does not check it alone"
                    + " (name it on the command line to read it)"),
            Map.entry("xlsx", "spreadsheet (.xlsx): a statistics table, not a report; a folder scan does not check it alone"
                    + " (name it on the command line to read it)"),
            Map.entry("et", "WPS spreadsheet (.et): a statistics table, not a report; a folder scan does not check it alone"
                    + " (name it on the command line to read it)"),
            Map.entry("ods", "OpenDocument spreadsheet (.ods): not read; put its tables into the report page or PDF"),
            Map.entry("zip", "ZIP archive: not expanded; unpack it and check the folder"),
            Map.entry("rar", "RAR archive: not expanded; unpack it and check the folder"),
            Map.entry("7z", "7z archive: not expanded; unpack it and check the folder"),
            Map.entry("gz", "gzip archive: not expanded; unpack it and check the folder"),
            Map.entry("tar", "tar archive: not expanded; unpack it and check the folder"),
            Map.entry("mht", "web archive (.mht): not read; save the page as .html and check that"),
            Map.entry("mhtml", "web archive (.mhtml): not read; save the page as .html and check that"));

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
    public static String notReadReason(Path file) {
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
